import type { Agreement } from '../../../model/agreement.js';
import type { Matter, Organ } from '../../../model/organ.js';
import {
  MEETING_RULES,
  MEMBERS_DUTIES,
  STATUTORY_QUORUM,
  type StatutoryRule,
  statuteClause,
} from '../../../rules/statutory-defaults.js';
import { describeRule } from '../../../words/explain.js';
import type { Block, Inline } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { writer } from '../words.js';

/** Organer: each body's facts and its matters with their rules. */
export function organsSection(agreement: Agreement, ctx: HandbookContext): Block[] {
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  const { noteLink } = ctx;
  h(2, 'Organer', 'organer');
  if ((agreement.organs ?? []).length === 0) p('Avtalen har ingen organer i dataene.');
  for (const organ of agreement.organs ?? []) {
    h(3, `${organ.name} (${organ.clause})`, `organ-${organ.id}`);
    blocks.push({ kind: 'list', items: organFacts(organ, noteLink) });
    if (organ.matters.length > 0) {
      blocks.push({
        kind: 'table',
        head: ['Sak', 'Regel', 'Bestemmelse', 'Avhenger av'],
        rows: organ.matters.map((m: Matter) => [
          m.election === true ? `${m.name} (valg)` : m.name,
          describeRule(m.rule, 'nb'),
          m.rule.clause,
          m.reading === undefined ? '–' : noteLink(m.reading.note),
        ]),
      });
    }
  }
  return blocks;
}

/** A body's facts as list items: seats, deputies, abstention, quorum, chair, term, meetings, duties. */
function organFacts(organ: Organ, noteLink: (id: string) => Inline): Inline[][] {
  const seats = [
    organ.seats.perParty ? 'ett sete per part' : null,
    organ.seats.perRegion ? 'ett sete per region' : null,
    organ.seats.fixed === undefined
      ? null
      : `faste seter: ${organ.seats.fixed.map((s) => s.name).join(', ')}`,
  ].filter((s): s is string => s !== null);
  const members = organ.seats.members;
  const membersText =
    members === undefined
      ? []
      : [
          [
            members.votes === 'each-member'
              ? `Medlemmer: ${members.count} per part, og hvert medlem har én stemme (${members.clause}).`
              : `Medlemmer: ${members.count} per part, med én stemme per part${
                  members.holders === undefined
                    ? ''
                    : `; stemmen har ${members.holders.join(', deretter ')}, i den rekkefølgen de er til stede`
                } (${members.clause}).`,
          ],
        ];
  const weights = organ.weights;
  const weightsText =
    weights === undefined
      ? []
      : [
          [
            `Stemmevekt: ${
              weights.by === 'ownership'
                ? 'hver parts stemme veier dens eierandel'
                : weights.by === 'population'
                  ? 'hver parts stemme veier dens folketall'
                  : `som avtalen oppgir: ${Object.keys(weights.stated ?? {})
                      .map((seat) => `${seat} ${(weights.stated?.[seat] ?? '').replace('.', ',')}`)
                      .join('; ')}`
            } (${weights.clause}).`,
          ],
        ];
  const yesNo = (allowed: boolean) => (allowed ? 'ja' : 'nei');
  const { deputies, abstention, chair, termYears } = organ;
  // Unsaid in the agreement: the statute's rule, marked as such and as not verified.
  const byStatute = (statute: StatutoryRule) =>
    `avtalen sier ingenting, så lovens regel gjelder (${statuteClause(statute)}, ikke verifisert)`;
  const quorum = organ.quorum ?? STATUTORY_QUORUM;
  const byWeight =
    quorum.weight === undefined
      ? ''
      : `${quorum.kind === 'none' ? '' : ', og '}de til stede har ${quorum.weight.threshold === 'more-than' ? 'mer enn' : 'minst'} ${quorum.weight.fraction.numerator}/${quorum.weight.fraction.denominator} av stemmevekten${quorum.weight.clause === quorum.clause ? '' : ` (${quorum.weight.clause})`}`;
  const quorumText = `${
    quorum.kind === 'none'
      ? quorum.weight === undefined
        ? 'ingen krav'
        : ''
      : quorum.kind === 'all-seats'
        ? 'alle seter representert (medlem eller varamedlem)'
        : quorum.counts === 'members'
          ? `minst ${quorum.fraction.numerator}/${quorum.fraction.denominator} av alle medlemmene til stede (medlemmene telles, ikke setene)`
          : `minst ${quorum.fraction.numerator}/${quorum.fraction.denominator} av setene til stede, varamedlemmer medregnet`
  }${byWeight}`;
  return [
    [`Seter: ${seats.join('; ')} (${organ.seats.clause}).`],
    ...membersText,
    ...weightsText,
    [
      deputies === undefined
        ? `Varamedlemmer: ${byStatute(MEMBERS_DUTIES)}: ja.`
        : deputies.clause === undefined
          ? `Varamedlemmer: avtalen sier ingenting; dataene regner med ${yesNo(deputies.allowed)}.`
          : `Varamedlemmer: ${yesNo(deputies.allowed)} (${deputies.clause}).`,
    ],
    abstention === undefined
      ? [`Kan avstå: ${byStatute(MEMBERS_DUTIES)}: nei, medlemmene har stemmeplikt.`]
      : abstention.clause === undefined
        ? [`Kan avstå: avtalen sier ingenting; dataene regner med ${yesNo(abstention.allowed)}.`]
        : abstention.note === undefined
          ? [`Kan avstå: ${yesNo(abstention.allowed)} (${abstention.clause}).`]
          : [
              `Kan avstå: ${yesNo(abstention.allowed)} (${abstention.clause}; avhenger av `,
              noteLink(abstention.note),
              ').',
            ],
    [
      organ.quorum === undefined
        ? `Vedtaksført: ${byStatute(MEETING_RULES)}: minst halvparten av medlemmene til stede.`
        : quorum.clause === undefined
          ? `Vedtaksførhet: avtalen sier ingenting; dataene stiller ${quorumText === 'ingen krav' ? 'ingen krav' : `kravet ${quorumText}`}.`
          : `Vedtaksført: ${quorumText} (${quorum.clause}).`,
    ],
    ...(chair === undefined
      ? []
      : [
          [
            chair.appointedBy === undefined
              ? `Leder: ${chair.title} (${chair.clause})`
              : `Hvem som er eller velger ${chair.title}: ${chair.appointedBy} (${chair.clause})`,
            ...(chair.standIn === undefined
              ? ['.']
              : [
                  '. Om en annen som leder møtet har dobbeltstemmen, avhenger av ',
                  noteLink(chair.standIn.note),
                  '.',
                ]),
          ],
        ]),
    ...(termYears === undefined
      ? []
      : [
          [
            `Funksjonstid for ${termYears.of === 'chair' ? 'leder' : 'medlemmene'}: ${termYears.years} år (${termYears.clause}).`,
          ],
        ]),
    ...(organ.meetings === undefined
      ? []
      : [[`Møter: ${organ.meetings.description} (${organ.meetings.clause}).`]]),
    ...(organ.duties ?? []).map((d) => [`${d.text} (${d.clause}).`]),
  ];
}
