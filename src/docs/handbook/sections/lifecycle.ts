import { formatDateNb } from '../../../internal/format-nb.js';
import type { Agreement } from '../../../model/agreement.js';
import { withdrawalStatute } from '../../../rules/withdrawal-date.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { writer } from '../words.js';

/** "12 måneder" as "1 år"; months or years in bokmål. */
function periodNb(period: { readonly months: number } | { readonly years: number }): string {
  if ('years' in period) return `${period.years} år`;
  const { months } = period;
  return months % 12 === 0
    ? `${months / 12} år`
    : `${months} ${months === 1 ? 'måned' : 'måneder'}`;
}

/** Uttreden og opptak: the agreement's rules on withdrawal and admission, in words (none without them). */
export function lifecycleSection(agreement: Agreement, _ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const withdrawal = agreement.lifecycle?.withdrawal;
  const admission = agreement.lifecycle?.admission;
  if (withdrawal === undefined && admission === undefined) return blocks;
  h(2, 'Uttreden og opptak', 'livslop');
  if (withdrawal !== undefined) {
    h(3, `Regler for uttreden (${withdrawal.clause})`, 'uttreden-regler');
    const from = withdrawal.countedFrom === 'received' ? 'mottas' : 'sendes';
    const takesEffect = {
      'end-of-period': 'når oppsigelsestiden er ute',
      'next-1-january': 'fra første årsskifte etter at oppsigelsestiden er ute',
      'end-of-calendar-year': 'ved utgangen av kalenderåret da oppsigelsestiden løper ut',
    }[withdrawal.takesEffect ?? 'end-of-period'];
    const items: string[] = [
      `Oppsigelsestid: ${periodNb(withdrawal.notice)}, regnet fra den dagen det skriftlige varselet ${from}.`,
      `Uttreden skjer ${takesEffect}; plikten til finansiering opphører fra og med den datoen.`,
    ];
    const minimum = withdrawal.minimumMembership;
    if (minimum !== undefined) {
      items.push(
        `Ingen uttreden før kommunen har vært deltaker i ${periodNb(minimum)} (${minimum.clause}).`,
      );
    }
    const statute = withdrawalStatute(agreement);
    if (statute !== undefined) {
      items.push(
        `Etter ${statute.law} ${statute.section} kan en deltaker i alle fall si opp med ${periodNb({ months: statute.months })} skriftlig varsel${
          statute.verified ? '' : ' (regelen er ikke verifisert mot lovteksten)'
        }; gir avtalen en senere dato, gjelder lovens.`,
      );
    }
    items.push(
      withdrawal.extraCostsCharged === true
        ? 'Kommunen som trer ut, dekker dokumenterte ekstra kostnader ved uttreden.'
        : 'Avtalen sier ikke at kommunen som trer ut, dekker ekstra kostnader ved uttreden.',
    );
    blocks.push({ kind: 'list', items: items.map((item) => [item]) });
  }
  if (admission !== undefined) {
    h(3, `Regler for opptak (${admission.clause})`, 'opptak-regler');
    // The body by its name; by its id if the data (built in code, not parsed) names no such body.
    const body =
      agreement.organs?.find((o) => o.id === admission.organ)?.name.toLowerCase() ??
      admission.organ;
    p(`Opptak av nye deltakere vedtas av ${body}.`);
    if (admission.conditions.length === 0) p('Avtalen setter ingen vilkår for opptak.');
    else {
      blocks.push({
        kind: 'table',
        head: ['Vilkår: kommunen …', 'Bestemmelse', 'Vern mot motstand'],
        rows: admission.conditions.map((c) => [c.text, c.clause, c.protects ? 'ja' : 'nei']),
      });
    }
    const share = admission.newcomerShare;
    const date = share?.populationDate ?? agreement.populationReferenceDate;
    const at = date === undefined ? '' : ` per ${formatDateNb(date)}`;
    const clause = share?.clause === undefined ? '' : ` (${share.clause})`;
    p(
      share?.by === 'stated-table'
        ? `Den nye deltakerens andel settes i en ny tabell over andeler som ${body} vedtar${clause}.`
        : share?.by === 'population'
          ? `Den nye deltakerens andel følger innbyggertallet${at}${clause}; står andelene i en tabell, skaleres de andres andeler ned til resten.`
          : `Den nye deltakerens andel følger kostnadsnøkkelen${at === '' ? '' : ` (innbyggertall${at})`}; står andelene i en tabell, må det vedtas en ny tabell.`,
    );
  }
  return blocks;
}
