/**
 * The schema of a scenario file (zod declarations only; read by
 * parseScenarioFile in scenario.ts, and schema/scenario.json is generated
 * from it).
 */
import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { MembershipEventSchema } from './events.js';
import { IsoDateSchema } from './iso-date.js';
import { atMost, maxChars, maxEntries, notEmpty } from './limits.js';
import { MeetingSchema } from './meeting.js';
import { KommunenummerSchema } from './municipality.js';
import { IdSchema } from './organ.js';
import { RegionsSchema } from './parse-regions.js';

const Amount = z.union([z.string().check(maxChars(40)), z.number()], {
  error: 'must be an amount in NOK: a string like "400672.63" (or "400 672,63") or a number',
});
const Percent = z.union([z.string().check(maxChars(40)), z.number()], {
  error: 'must be a percentage: a string like "40.07" or a number',
});
const Text = z.string({ error: 'must be text' }).check(notEmpty(), maxChars(300));
const Count = z
  .int({ error: 'must be a whole number ≥ 0' })
  .check(z.minimum(0, { error: 'must be a whole number ≥ 0' }), atMost(1_000_000_000));
/** A value per party by kommunenummer; `null` for a municipality that is not a party then. */
const ByParty = <T extends z.ZodMiniType>(value: T) =>
  z.record(KommunenummerSchema, z.nullable(value));
const Readings = z
  .record(IdSchema, z.string({ error: 'must be the id of a reading' }).check(maxChars(80)))
  .check(
    z.describe('Readings of interpretation notes to apply: note id → reading id (--reading).'),
  );
const Quantities = z
  .record(
    z.string().check(maxChars(80)),
    z.strictObject({
      period: z.exactOptional(z.strictObject({ from: IsoDateSchema, to: IsoDateSchema })),
      values: z.record(z.string().check(maxChars(80)), z.string().check(maxChars(40))),
    }),
  )
  .check(
    z.describe(
      'Measured quantities by measure id: { "<measure>": { "period"?: { from, to }, "values": { "<kommunenummer>": "120" } } }.',
    ),
  );
const Codes = z
  .array(z.string().check(notEmpty(), maxChars(80)))
  .check(
    maxEntries(100),
    z.describe(
      'Reasons that must be among those given (others may be given too): a code ("quorum_met"), or a code, a space and the clause the reason must cite.',
    ),
  );

/** The inputs of each kind of scenario: the options of the library function it runs. */
const INPUTS = {
  split: z.strictObject({
    amount: z.exactOptional(
      Amount.check(z.describe('The amount to split; left out for a rate per inhabitant.')),
    ),
    date: z.exactOptional(IsoDateSchema),
    serviceArea: z.exactOptional(Text),
    pool: z.exactOptional(Text),
    quantities: z.exactOptional(Quantities),
    readings: z.exactOptional(Readings),
  }),
  shares: z.strictObject({
    date: z.exactOptional(IsoDateSchema),
    pool: z.exactOptional(Text),
    quantities: z.exactOptional(Quantities),
    readings: z.exactOptional(Readings),
    liability: z.exactOptional(
      z
        .boolean({ error: 'must be true or false' })
        .check(z.describe('The liability shares (ansvarsandeler) instead of the ownership.')),
    ),
  }),
  decide: z.strictObject({
    organ: IdSchema,
    matter: IdSchema,
    meeting: MeetingSchema,
    regions: z.exactOptional(RegionsSchema),
    readings: z.exactOptional(Readings),
  }),
  withdraw: z.strictObject({
    party: KommunenummerSchema,
    noticeSentOn: z.exactOptional(IsoDateSchema),
    noticeReceivedOn: z.exactOptional(IsoDateSchema),
    extraCosts: z.exactOptional(Amount),
  }),
  settle: z.strictObject({
    year: z.int({ error: 'must be a year, e.g. 2025' }),
    amount: z.exactOptional(Amount),
    events: z.exactOptional(z.array(MembershipEventSchema).check(maxEntries(10_000))),
    pool: z.exactOptional(Text),
    quantities: z.exactOptional(Quantities),
    readings: z.exactOptional(Readings),
  }),
  admit: z.strictObject({
    municipality: z.strictObject({ number: KommunenummerSchema, name: Text }),
    population: Count,
    date: z.exactOptional(IsoDateSchema),
    conditionsMet: z.exactOptional(
      z.record(IdSchema, z.boolean({ error: 'must be true or false' })),
    ),
    statedShares: z.exactOptional(z.record(KommunenummerSchema, z.string().check(maxChars(40)))),
  }),
} as const;

/**
 * The outcome a person writes by hand for each kind; every field may be left out.
 *
 * @internal
 */
export const EXPECTS = {
  split: z.strictObject({
    amount: z.exactOptional(Amount),
    date: z.exactOptional(IsoDateSchema),
    sum: z.exactOptional(Amount),
    parties: z.exactOptional(
      ByParty(Amount).check(z.describe('Each party’s amount, by kommunenummer.')),
    ),
    reasons: z.exactOptional(Codes),
  }),
  shares: z.strictObject({
    date: z.exactOptional(IsoDateSchema),
    totalPopulation: z.exactOptional(Count),
    parties: z.exactOptional(
      ByParty(Percent).check(z.describe('Each party’s share in percent, by kommunenummer.')),
    ),
    percentLargestRemainder: z.exactOptional(ByParty(Percent)),
    percentSum: z.exactOptional(Percent),
    percentLargestRemainderSum: z.exactOptional(Percent),
    statedPercentSum: z.exactOptional(
      z.nullable(Percent).check(z.describe('null: the agreement states no table of shares.')),
    ),
    reasons: z.exactOptional(Codes),
  }),
  decide: z.strictObject({
    quorate: z.exactOptional(z.boolean()),
    adopted: z.exactOptional(z.boolean()),
    tieBrokenByChair: z.exactOptional(z.boolean()),
    decidedByChair: z.exactOptional(z.boolean()),
    drawLots: z.exactOptional(z.boolean()),
    councilsMustAdopt: z.exactOptional(
      z.boolean().check(z.describe('Whether every kommunestyre must also adopt the decision.')),
    ),
    presiding: z.exactOptional(Text),
    tally: z.exactOptional(
      z.strictObject({
        seats: z.exactOptional(Count),
        present: z.exactOptional(Count),
        for: z.exactOptional(Count),
        against: z.exactOptional(Count),
        abstain: z.exactOptional(Count),
        absent: z.exactOptional(Count),
      }),
    ),
    readings: z.exactOptional(Readings),
    reasons: z.exactOptional(Codes),
  }),
  withdraw: z.strictObject({
    effectiveDate: z.exactOptional(IsoDateSchema),
    lastFinancedDate: z.exactOptional(IsoDateSchema),
    sharesAfter: z.exactOptional(ByParty(Percent)),
    reasons: z.exactOptional(Codes),
  }),
  settle: z.strictObject({
    amount: z.exactOptional(Amount),
    extraCosts: z.exactOptional(Amount),
    sum: z.exactOptional(Amount),
    parties: z.exactOptional(
      ByParty(Amount).check(z.describe('Each party’s invoice for the year, by kommunenummer.')),
    ),
    shares: z.exactOptional(
      ByParty(Amount).check(
        z.describe('Each party’s share of the year’s amount, before extra costs.'),
      ),
    ),
    days: z.exactOptional(ByParty(Count)),
    reasons: z.exactOptional(Codes),
  }),
  admit: z.strictObject({
    eligible: z.exactOptional(z.boolean()),
    eligibility: z.exactOptional(z.enum(['met', 'not-met', 'unknown'])),
    protectedFromOpposition: z.exactOptional(
      z.nullable(z.enum(['yes', 'no', 'unknown'], { error: 'must be "yes", "no" or "unknown"' })),
    ),
    conditions: z.exactOptional(
      z.record(
        IdSchema,
        z.enum(['met', 'not-met', 'unknown'], { error: 'must be "met", "not-met" or "unknown"' }),
      ),
    ),
    organ: z.exactOptional(Text),
    sharesAfter: z.exactOptional(ByParty(Percent)),
    reasons: z.exactOptional(Codes),
  }),
} as const;

/**
 * The kinds of scenario, each named by the library function's input it
 * holds: `split` (splitCost), `shares` (ownershipShares, liabilityShares),
 * `decide`, `withdraw`, `settle`, `admit`.
 *
 * @example
 * SCENARIO_KINDS; //=> ['split', 'shares', 'decide', 'withdraw', 'settle', 'admit']
 */
export const SCENARIO_KINDS = ['split', 'shares', 'decide', 'withdraw', 'settle', 'admit'] as const;

/**
 * A kind of scenario: which library function it runs.
 *
 * @example
 * const kind: ScenarioKind = 'split';
 */
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/**
 * An expected input error: its code, and the path of the problem.
 *
 * @internal
 */
export const ExpectedErrorSchema = z.strictObject({
  error: z.strictObject({
    code: z
      .string({ error: 'must be the code of the input error, e.g. "too_many_decimals"' })
      .check(notEmpty(), maxChars(80)),
    path: z.exactOptional(
      z.string({ error: 'must be the path of the problem, e.g. "amount"' }).check(maxChars(300)),
    ),
  }),
});

const common = {
  $comment: z.exactOptional(z.string().check(maxChars(10_000))),
  name: Text.check(z.describe('What the scenario shows, as a sentence a lawyer reads (bokmål).')),
  clause: z
    .string({ error: 'must be the clause the scenario tests, e.g. "§9"' })
    .check(
      notEmpty(),
      maxChars(80),
      z.describe('The clause of the agreement it tests, e.g. "§9".'),
    ),
};

const expectOf = <T extends z.ZodMiniType>(outcome: T) =>
  z
    .union([ExpectedErrorSchema, outcome])
    .check(
      z.describe(
        'The outcome expected: only the fields given are compared. Or { "error": { "code", "path"? } } for an input error.',
      ),
    );

/**
 * One scenario schema per kind, the kind's input under its own name.
 *
 * @internal
 */
export const SCENARIOS = {
  split: z.strictObject({ ...common, split: INPUTS.split, expect: expectOf(EXPECTS.split) }),
  shares: z.strictObject({ ...common, shares: INPUTS.shares, expect: expectOf(EXPECTS.shares) }),
  decide: z.strictObject({ ...common, decide: INPUTS.decide, expect: expectOf(EXPECTS.decide) }),
  withdraw: z.strictObject({
    ...common,
    withdraw: INPUTS.withdraw,
    expect: expectOf(EXPECTS.withdraw),
  }),
  settle: z.strictObject({ ...common, settle: INPUTS.settle, expect: expectOf(EXPECTS.settle) }),
  admit: z.strictObject({ ...common, admit: INPUTS.admit, expect: expectOf(EXPECTS.admit) }),
} as const;

/**
 * A scenario file's own fields, its scenarios not yet checked.
 *
 * @internal
 */
export const FileHead = z.strictObject({
  $schema: z.exactOptional(z.string().check(maxChars(300))),
  $comment: z.exactOptional(z.string().check(maxChars(10_000))),
  agreement: z
    .string({ error: 'must be a built-in agreement id or the path of an agreement file' })
    .check(notEmpty(), maxChars(1000)),
  scenarios: z
    .array(z.unknown())
    .check(z.minLength(1, { error: 'must list at least one scenario' }), maxEntries(10_000)),
});

/**
 * Schema for a scenario file (`schema/scenario.json` is generated from it):
 * the agreement (a built-in id, or an agreement file's path relative to the
 * scenario file) and the scenarios, each a name, the clause it tests, the
 * input of one kind (`split`, `shares`, `decide`, `withdraw`, `settle` or
 * `admit`) and the outcome expected.
 *
 * @example
 * ScenarioFileSchema.safeParse({
 *   agreement: 'helseplattformen',
 *   scenarios: [{ name: 'Trondheim betaler 40 %', clause: '§9', split: { amount: '1000' }, expect: { parties: { '5001': '400.67' } } }],
 * }).success; //=> true
 */
export const ScenarioFileSchema = z.strictObject({
  ...FileHead.shape,
  scenarios: z
    .array(
      z.union([
        SCENARIOS.split,
        SCENARIOS.shares,
        SCENARIOS.decide,
        SCENARIOS.withdraw,
        SCENARIOS.settle,
        SCENARIOS.admit,
      ]),
    )
    .check(z.minLength(1, { error: 'must list at least one scenario' }), maxEntries(10_000)),
});

/**
 * A scenario file (scenariofil) as {@link parseScenarioFile} returns it:
 * the agreement it is about and its scenarios.
 *
 * @example
 * const file: ScenarioFile = {
 *   agreement: 'helseplattformen',
 *   scenarios: [{ name: 'Trondheim betaler 40 %', clause: '§9', split: { amount: '1000' }, expect: { parties: { '5001': '400.67' } } }],
 * };
 */
export type ScenarioFile = DeepReadonly<z.output<typeof ScenarioFileSchema>>;

/**
 * One scenario of a {@link ScenarioFile}: a name, a clause, the input of one
 * kind and the outcome expected.
 *
 * @example
 * const scenario: Scenario = { name: 'Møtet er vedtaksført', clause: '§5', decide: { organ: 'representantskap', matter: 'other', meeting: { date: '2025-03-12', presiding: '5001', attendance: { '5001': 'member' }, ballots: { '5001': 'for' } } }, expect: { quorate: false } };
 */
export type Scenario = ScenarioFile['scenarios'][number];
