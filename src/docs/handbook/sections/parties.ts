import { ownershipShares } from '../../../finance/ownership-shares.js';
import { formatDateNb, formatNumberNb } from '../../../internal/format-nb.js';
import type { Agreement } from '../../../model/agreement.js';
import { AgreementInputError } from '../../../model/errors.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { pct, ROLE_NB, reasonsList, writer } from '../words.js';

/** Parter: the ownership shares on the day they are computed, or the parties as listed. */
export function partiesSection(agreement: Agreement, _ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  h(2, 'Parter', 'parter');
  const populationKey =
    agreement.ownership !== undefined || agreement.costKeys.some((k) => k.kind !== 'stated-shares');
  let shares: ReturnType<typeof ownershipShares> | null = null;
  try {
    shares = populationKey ? ownershipShares(agreement) : null;
  } catch (error) {
    if (!(error instanceof AgreementInputError)) throw error;
  }
  if (shares !== null) {
    p(
      shares.basis === 'stated-ownership'
        ? `Eierandelene per ${formatDateNb(shares.date)}, slik avtalen oppgir dem (${String(agreement.ownership?.clause)}), uavhengig av kostnadsnøkkelen (se kostnadsnøklene nedenfor).${agreement.legalForm === 'interkommunalt-selskap' ? ' Etter IKS-loven § 3 hefter hver deltaker for sin eierandel av forpliktelsene, med mindre avtalen sier noe annet.' : ''}`
        : `Andelene per ${formatDateNb(shares.date)}, etter kostnadsnøkkelen som gjelder da (se kostnadsnøklene nedenfor).`,
    );
    const stated = shares.statedPercentSum !== undefined;
    blocks.push({
      kind: 'table',
      head: [
        'Nr.',
        'Kommune',
        'Innbyggere',
        'Andel (halv opp)',
        'Største rest',
        ...(stated ? ['I avtalen'] : []),
      ],
      rows: [
        ...shares.parties.map((s) => [
          s.number,
          s.name,
          s.population === undefined ? '' : formatNumberNb(s.population),
          pct(s.percent),
          pct(s.percentLargestRemainder),
          ...(stated ? [s.statedPercent === undefined ? '' : pct(s.statedPercent)] : []),
        ]),
        [
          '',
          'Sum',
          formatNumberNb(shares.totalPopulation),
          pct(shares.percentSum),
          pct(shares.percentLargestRemainderSum),
          ...(stated ? [pct(shares.statedPercentSum ?? '')] : []),
        ],
      ],
      right: [2, 3, 4, 5],
    });
    reasonsList(blocks, shares.reasons);
  } else {
    blocks.push({
      kind: 'table',
      head: ['Nr.', 'Kommune', 'Innbyggere', 'Roller'],
      rows: agreement.parties.map((party) => [
        party.municipality.number,
        party.municipality.name,
        party.population === undefined ? 'ikke oppgitt' : formatNumberNb(party.population),
        (party.roles ?? []).map((r) => ROLE_NB[r]).join(', '),
      ]),
      right: [2],
    });
  }
  return blocks;
}
