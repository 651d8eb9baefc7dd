import type { DecisionRule } from '../model/organ.js';

/** A decision rule in a few words of bokmål, e.g. "alminnelig flertall, leders dobbeltstemme ved stemmelikhet". */
export function describeRuleNb(rule: DecisionRule): string {
  switch (rule.kind) {
    case 'simple-majority':
      return `${rule.consensusSought ? 'konsensus søkes, ellers ' : ''}alminnelig flertall, ${
        rule.tie === 'chair-decides'
          ? 'leders dobbeltstemme ved stemmelikhet'
          : rule.tie === 'lot'
            ? 'loddtrekning ved stemmelikhet'
            : 'forslaget faller ved stemmelikhet'
      }`;
    case 'unanimity':
      return rule.of === 'all-seats'
        ? 'enstemmighet blant alle medlemmene'
        : 'enstemmighet blant de fremmøtte';
    case 'consensus':
      return 'konsensus (ingen stemmer mot)';
    case 'consensus-else-chair':
      return 'konsensus, ellers beslutter leder';
    case 'qualified-majority':
      return `kvalifisert flertall: ${rule.fraction.numerator}/${rule.fraction.denominator} av ${
        rule.of === 'votes-cast' ? 'avgitte stemmer' : 'alle medlemmene'
      }`;
  }
}
