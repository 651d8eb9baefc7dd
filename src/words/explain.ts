import type { DecisionRule } from '../model/organ.js';
import type { Duty, Reason } from '../rules/reason.js';
import { describeRuleEn, dutyEn, messagesEn } from './en.js';
import { describeRuleNb, dutyNb, messagesNb } from './nb.js';

export type { Messages } from './messages.js';

/**
 * A language the words layer speaks: Norwegian bokmål (`'nb'`, the default
 * where one is needed) or English (`'en'`).
 *
 * @example
 * const lang: Lang = 'en';
 */
export type Lang = 'nb' | 'en';

/** Each language's words: the reason sentences, a decision rule, a dated duty. */
const WORDS = {
  nb: { messages: messagesNb, rule: describeRuleNb, duty: dutyNb },
  en: { messages: messagesEn, rule: describeRuleEn, duty: dutyEn },
} as const;

/**
 * The sentence of a reason (begrunnelse) in the language asked, made from its
 * code and values when asked.
 *
 * @example
 * const cite = citing('helseplattformen');
 * explain(cite('§5', 'tie_rejected', { votes: 3 }), 'nb');
 * //=> 'Stemmelikhet (3–3): forslaget faller.'
 * explain(cite('§5', 'tie_rejected', { votes: 3 }), 'en');
 * //=> 'A tie (3–3): the proposal falls.'
 */
export function explain(reason: Reason, lang: Lang = 'nb'): string {
  const message = WORDS[lang].messages[reason.code] as (values: Reason['values']) => string;
  return message(reason.values);
}

/**
 * The sentences of several reasons, in order, in the language asked.
 *
 * @example
 * explainAll(ownershipShares(helseplattformen).reasons, 'en')[0];
 * //=> '34 municipalities are parties on 1 January 2025.'
 */
export function explainAll(reasons: readonly Reason[], lang: Lang = 'nb'): string[] {
  return reasons.map((r) => explain(r, lang));
}

/**
 * A decision rule (beslutningsregel) in a few words of the language asked.
 *
 * @example
 * describeRule({ kind: 'simple-majority', tie: 'chair-decides', clause: '§5' }, 'nb');
 * //=> 'alminnelig flertall, leders dobbeltstemme ved stemmelikhet'
 * describeRule({ kind: 'consensus', clause: '§6' }, 'en');
 * //=> 'consensus (no votes against)'
 */
export function describeRule(rule: DecisionRule, lang: Lang = 'nb'): string {
  return WORDS[lang].rule(rule);
}

/**
 * A dated duty (plikt) of the deadline calendar in the language asked; a duty
 * the agreement states is given in its own words.
 *
 * @example
 * describeDuty({ kind: 'last-financed-day' }, 'en');
 * //=> 'Last day of the duty to finance'
 */
export function describeDuty(duty: Duty, lang: Lang = 'nb'): string {
  return WORDS[lang].duty(duty);
}
