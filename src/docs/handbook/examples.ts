import { settle } from '../../finance/settle.js';
import { splitCost } from '../../finance/split-cost.js';
import { type Decision, decide } from '../../governance/decide/index.js';
import { addMonths } from '../../internal/calendar.js';
import { ceilDiv } from '../../internal/ceil-div.js';
import { formatDateNb, formatNumberNb } from '../../internal/format-nb.js';
import { admit } from '../../lifecycle/admit.js';
import { withdraw } from '../../lifecycle/withdraw.js';
import type { Agreement } from '../../model/agreement.js';
import type { CostKey } from '../../model/cost-key.js';
import type { Meeting } from '../../model/meeting.js';
import { isMemberOn } from '../../rules/membership.js';
import { describeRule } from '../../words/explain.js';
import type { Block } from '../blocks.js';
import { attempt, describeKeyNb, keySource, pct, reasonsList } from './words.js';

/** A worked example (regnet eksempel): its anchor, title and blocks. */
export interface Example {
  readonly id: string;
  readonly title: string;
  readonly blocks: Block[];
}

/** Examples the code can compute for this agreement: decisions, a withdrawal and its settlement, an admission. */
export function workedExamples(agreement: Agreement): Example[] {
  return [
    ...decisionExamples(agreement),
    ...withdrawalExamples(agreement),
    ...admissionExamples(agreement),
  ];
}

/**
 * Decisions in the first body with one seat per party, a fraction of seats
 * (not of members) as its quorum and matters: a quorate and an inquorate meeting and a tie
 * under a simple majority, one vote against under unanimity or consensus.
 */
function decisionExamples(agreement: Agreement): Example[] {
  const examples: Example[] = [];
  const start = agreement.validFrom;
  const organ = (agreement.organs ?? []).find(
    (o) =>
      o.seats.perParty &&
      o.quorum?.kind === 'fraction-present' &&
      o.quorum.counts !== 'members' &&
      o.matters.length > 0,
  );
  if (organ?.quorum?.kind === 'fraction-present') {
    const seats = agreement.parties
      .filter((p) => isMemberOn(p, start))
      .map((p) => p.municipality.number);
    const required = ceilDiv(
      seats.length * organ.quorum.fraction.numerator,
      organ.quorum.fraction.denominator,
    );
    const chair = seats[0] as string;
    const meeting = (present: readonly string[], against: readonly string[]): Meeting => ({
      date: start,
      presiding: chair,
      attendance: Object.fromEntries(present.map((s) => [s, 'member'])),
      ballots: Object.fromEntries(present.map((s) => [s, against.includes(s) ? 'against' : 'for'])),
    });
    const majority = organ.matters.find(
      (m) => m.rule.kind === 'simple-majority' && m.rule.tie === 'chair-decides',
    );
    const strict = organ.matters.find(
      (m) => m.rule.kind === 'unanimity' || m.rule.kind === 'consensus',
    );
    if (majority !== undefined) {
      const quorate = decide(agreement, {
        organ: organ.id,
        matter: majority.id,
        meeting: meeting(seats.slice(0, required), []),
      });
      examples.push(
        decisionExample(
          'vedtaksfort',
          `Et vedtaksført møte: ${required} av ${seats.length} til stede`,
          quorate,
        ),
      );
      // A meeting needs someone to preside: with a quorum of one there is no inquorate meeting to show.
      if (required > 1) {
        const notQuorate = decide(agreement, {
          organ: organ.id,
          matter: majority.id,
          meeting: meeting(seats.slice(0, required - 1), []),
        });
        examples.push(
          decisionExample(
            'ikke-vedtaksfort',
            `Et møte som ikke er vedtaksført: ${required - 1} av ${seats.length} til stede`,
            notQuorate,
          ),
        );
      }
      const even = seats.slice(0, 2 * Math.ceil(required / 2));
      const tie = decide(agreement, {
        organ: organ.id,
        matter: majority.id,
        meeting: meeting(even, even.slice(even.length / 2)),
      });
      examples.push(
        decisionExample(
          'stemmelikhet',
          `Stemmelikhet avgjort av leders dobbeltstemme (${majority.name})`,
          tie,
        ),
      );
    }
    if (strict !== undefined) {
      const fails = decide(agreement, {
        organ: organ.id,
        matter: strict.id,
        meeting: meeting(seats, [seats.at(-1) as string]),
      });
      examples.push(decisionExample('konsensus', `${strict.name}: én stemme mot`, fails));
    }
  }
  return examples;
}

/** The last party's withdrawal two months after the start, and the settlement of its year. */
function withdrawalExamples(agreement: Agreement): Example[] {
  const examples: Example[] = [];
  const start = agreement.validFrom;
  const withdrawal = agreement.lifecycle?.withdrawal;
  const leaver = agreement.parties.filter((p) => isMemberOn(p, start)).at(-1);
  const notice = addMonths(start, 2);
  // The day the rule counts from: the day the notice is received, where the agreement says so.
  const received = withdrawal?.countedFrom === 'received';
  const noticeDate = received ? { noticeReceivedOn: notice } : { noticeSentOn: notice };
  const charged = withdrawal?.extraCostsCharged === true;
  const w =
    withdrawal === undefined || leaver === undefined
      ? null
      : attempt(() => withdraw(agreement, { party: leaver.municipality.number, ...noticeDate }));
  if (w !== null && leaver !== undefined) {
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        parts: [
          `${leaver.municipality.number} ${leaver.municipality.name}${received ? 's skriftlige varsel om uttreden mottas' : ' sender skriftlig varsel om uttreden'} ${formatDateNb(notice)}. Uttreden skjer ${formatDateNb(w.effectiveDate)}; siste dag med plikt til finansiering er ${formatDateNb(w.lastFinancedDate)}. Andelene fra ${formatDateNb(w.effectiveDate)}:`,
        ],
      },
      {
        kind: 'table',
        head: ['Nr.', 'Kommune', 'Andel (halv opp)', 'Største rest'],
        rows: (w.sharesAfter?.parties ?? []).map((s) => [
          s.number,
          s.name,
          pct(s.percent),
          pct(s.percentLargestRemainder),
        ]),
        right: [2, 3],
      },
    ];
    reasonsList(blocks, w.reasons);
    examples.push({ id: 'uttreden', title: `Uttreden: ${leaver.municipality.name}`, blocks });

    const year = Number(w.effectiveDate.slice(0, 4));
    const s = attempt(() =>
      settle(agreement, {
        year,
        amount: '10000000.00',
        events: [
          {
            type: 'withdrawal',
            party: leaver.municipality.number,
            ...noticeDate,
            ...(charged ? { extraCosts: '25000.00' } : {}),
          },
        ],
      }),
    );
    if (s !== null) {
      const settleBlocks: Block[] = [
        {
          kind: 'paragraph',
          parts: [
            `Årets kostnad ${year}: 10 000 000,00 kr${charged ? ', og 25 000,00 kr i dokumenterte ekstra kostnader ved uttreden' : ''}.`,
          ],
        },
        {
          kind: 'table',
          head: ['Nr.', 'Kommune', 'Dager', 'Andel (kr)', 'Ekstra (kr)', 'Faktura (kr)'],
          rows: [
            ...s.parties.map((l) => [
              l.number,
              l.name,
              String(l.days),
              formatNumberNb(l.share),
              formatNumberNb(l.extraCosts),
              formatNumberNb(l.amount),
            ]),
            [
              '',
              'Sum',
              '',
              formatNumberNb(s.amount),
              formatNumberNb(s.extraCosts),
              formatNumberNb(s.sum),
            ],
          ],
          right: [2, 3, 4, 5],
        },
      ];
      reasonsList(settleBlocks, s.reasons);
      examples.push({
        id: 'arsoppgjor',
        title: `Årsoppgjør ${year} med en uttreden`,
        blocks: settleBlocks,
      });
    }
  }
  return examples;
}

/** The admission of a made-up municipality 18 months after the start. */
function admissionExamples(agreement: Agreement): Example[] {
  const examples: Example[] = [];
  const start = agreement.validFrom;
  const admission = agreement.lifecycle?.admission;
  if (admission !== undefined) {
    const date = addMonths(start, 18);
    // A newcomer made up for the example: no municipality named in the data, a number no party has.
    const numbers = new Set(agreement.parties.map((p) => p.municipality.number));
    let n = 9999;
    while (numbers.has(String(n))) n--;
    const newcomer = { number: String(n), name: 'Eksempelkommune' };
    // A body's name mid-sentence is a common noun: "vedtas av representantskapet" (an acronym such as "KS" is kept).
    const organName = (id: string) => {
      const name = (agreement.organs ?? []).find((o) => o.id === id)?.name ?? id;
      return /^\p{Lu}\p{Ll}/u.test(name) ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;
    };
    const a = attempt(() =>
      admit(agreement, {
        municipality: newcomer,
        population: 1400,
        date,
        // The example candidate meets every condition the agreement defines.
        conditionsMet: Object.fromEntries(
          (agreement.lifecycle?.admission?.conditions ?? []).map((c) => [c.id, true]),
        ),
      }),
    );
    if (a !== null) {
      const blocks: Block[] = [
        {
          kind: 'paragraph',
          parts: [
            `Eksempel: en tenkt kommune, ${newcomer.number} ${newcomer.name}, med 1 400 innbyggere (kommunen og tallene er laget for eksempelet), søker opptak fra ${formatDateNb(date)}, og vilkårene i dataene regnes som oppfylt. Oppfyller alle vilkårene: ${a.eligible === true ? 'ja' : a.eligible === false ? 'nei' : 'ukjent'}. Vedtas av ${organName(a.procedure.organ)} ved ${describeRule(a.procedure.rule, 'nb')} (${a.procedure.rule.clause}).`,
          ],
        },
        {
          kind: 'table',
          head: ['Nr.', 'Kommune', 'Andel (halv opp)'],
          rows: a.sharesAfter.parties.map((s) => [s.number, s.name, pct(s.percent)]),
          right: [2],
        },
      ];
      reasonsList(blocks, [...a.reasons, ...a.procedure.reasons]);
      examples.push({ id: 'opptak', title: 'Opptak av en ny kommune', blocks });
    }
  }
  return examples;
}

/**
 * A split of 1 000 000,00 kr by the key (or of the amount a rate per
 * inhabitant sets), on the day it starts, in the key's pool, or null when
 * the data cannot give one.
 */
function splitByKey(agreement: Agreement, key: CostKey) {
  const date = keyExampleDate(agreement, key);
  return attempt(() =>
    splitCost(agreement, key.kind === 'per-inhabitant' ? null : '1000000.00', {
      date,
      ...(key.serviceArea === undefined ? {} : { serviceArea: key.serviceArea }),
      ...(key.pool === undefined ? {} : { pool: key.pool }),
      ...(key.reading === undefined
        ? {}
        : { readings: { [key.reading.note]: key.reading.reading } }),
    }),
  );
}

/** The day a key's example is split on: the key's first day, or its area's, if that is later and known. */
function keyExampleDate(agreement: Agreement, key: CostKey): string {
  const area = (agreement.serviceAreas ?? []).find((a) => a.id === key.serviceArea);
  const start = area?.start?.date ?? undefined;
  return start !== undefined && start > key.validFrom ? start : key.validFrom;
}

/** Whether the data can split a cost by the key. */
export function splitComputes(agreement: Agreement, key: CostKey): boolean {
  return splitByKey(agreement, key) !== null;
}

/** One split of 1 000 000,00 kr by each cost key the data can compute, on the day it starts. */
export function splitExamples(agreement: Agreement): Example[] {
  const examples: Example[] = [];
  agreement.costKeys.forEach((key, i) => {
    const area = (agreement.serviceAreas ?? []).find((a) => a.id === key.serviceArea);
    const split = splitByKey(agreement, key);
    if (split === null) return;
    const source = keySource(key);
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        parts: [
          `${formatNumberNb(split.amount)} kr fordelt ${formatDateNb(split.date)} etter nøkkelen fra ${formatDateNb(key.validFrom)}: ${describeKeyNb(key, agreement.measures)} (${key.clause}${source === undefined ? '' : `; verdiene står ikke i avtaleteksten, kilde: ${source}`}).`,
        ],
      },
      {
        kind: 'table',
        head: ['Nr.', 'Kommune', 'Beløp (kr)'],
        rows: [
          ...split.parties.map((l) => [l.number, l.name, formatNumberNb(l.amount)]),
          ['', 'Sum', formatNumberNb(split.sum)],
        ],
        right: [2],
      },
    ];
    reasonsList(blocks, split.reasons);
    examples.push({
      id: `fordeling-${i + 1}`,
      title: `Fordeling etter nøkkelen fra ${formatDateNb(key.validFrom)}${area === undefined ? '' : ` (${area.name})`}`,
      blocks,
    });
  });
  return examples;
}

function decisionExample(id: string, title: string, d: Decision): Example {
  const t = d.tally;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      parts: [
        `Vedtaksfør: ${d.quorate ? 'ja' : 'nei'}. Vedtatt: ${d.adopted ? 'ja' : 'nei'}. Stemmer: ${t.for} for, ${t.against} mot, ${t.absent} fraværende. Dobbeltstemme brukt: ${d.tieBrokenByChair ? 'ja' : 'nei'}. Regel: ${describeRule(d.rule, 'nb')} (${d.rule.clause}).`,
      ],
    },
  ];
  reasonsList(blocks, d.reasons);
  return { id, title, blocks };
}
