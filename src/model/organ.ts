import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { ClauseRefSchema } from './clause.js';
import { atLeast, atMost, maxChars, maxEntries } from './limits.js';
import { KommunenummerSchema } from './municipality.js';

/** An id of a body or a matter: lowercase letters, digits and hyphens. */
export const IdSchema = z
  .string({ error: 'must be an id of lowercase letters, digits and hyphens' })
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be an id of lowercase letters, digits and hyphens',
    }),
    maxChars(80),
  );

const NameSchema = z
  .string({ error: 'must be text' })
  .check(z.minLength(1, { error: 'must not be empty' }), maxChars(300));

const FractionSchema = z
  .strictObject({
    numerator: z.int({ error: 'must be a whole number ≥ 1' }).check(atLeast(1), atMost(1000)),
    denominator: z.int({ error: 'must be a whole number ≥ 1' }).check(atLeast(1), atMost(1000)),
  })
  .check(
    z.refine((f) => f.numerator <= f.denominator, {
      error: 'must be a fraction from 0 to 1 (numerator ≤ denominator)',
    }),
  );

/** The part of a quorum that counts weight: at least (or more than) a fraction of the weight of all seats present. */
const WeightQuorumSchema = z
  .strictObject({
    fraction: FractionSchema,
    threshold: z.exactOptional(
      z.enum(['at-least', 'more-than'], { error: 'must be "at-least" or "more-than"' }),
    ),
    clause: ClauseRefSchema,
  })
  .check(
    z.describe(
      'Also a share of the weight present ("holding at least two thirds of the ownership"): at least the fraction of the weight of all seats (the default), or more than it; it needs the body\'s weights.',
    ),
  );

/**
 * Schema for a {@link QuorumRule} (vedtaksførhet).
 *
 * @example
 * QuorumRuleSchema.safeParse({ kind: 'fraction-present', fraction: { numerator: 1, denominator: 2 }, clause: '§5' }).success;
 * //=> true
 */
export const QuorumRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('none'),
      clause: z.exactOptional(ClauseRefSchema),
      weight: z.exactOptional(WeightQuorumSchema),
    }),
    z.strictObject({
      kind: z.literal('fraction-present'),
      fraction: FractionSchema,
      counts: z.exactOptional(
        z
          .enum(['seats', 'members'], { error: 'must be "seats" or "members"' })
          .check(
            z.describe(
              'What the fraction is of: the seats (the default: a seat present counts once, whoever attends it), or the members, where each party has several (seats.members: "minst halvparten av medlemmene", each party with e.g. three members and one vote): all members are the members of every seat, those present the members the meeting lists for each seat attended (meeting.members). Where every member votes (votes: "each-member") each seat is a member already, and the two count the same.',
            ),
          ),
      ),
      clause: ClauseRefSchema,
      weight: z.exactOptional(WeightQuorumSchema),
    }),
    z.strictObject({
      kind: z.literal('all-seats'),
      clause: ClauseRefSchema,
      weight: z.exactOptional(WeightQuorumSchema),
    }),
  ],
  { error: 'must be a quorum rule with kind "none", "fraction-present" or "all-seats"' },
);

/**
 * When a body can decide (vedtaksførhet):
 * - `fraction-present`: at least `fraction` of the seats are attended, a
 *   deputy attending in a member's place counting for that seat
 *   (Helseplattformen §5: "minst halvparten av dets medlemmer, inkludert
 *   varamedlemmer"); with `counts: 'members'`, at least `fraction` of all
 *   the members of a body whose parties have several members each
 *   (`seats.members`) are present, as the meeting lists them;
 * - `all-seats`: every seat is attended by its member or its deputy
 *   (Helseplattformen §6: "når alle regioners styremedlemmer eller
 *   varamedlemmer er representert");
 * - `none`: no requirement.
 *
 * Any of them may add `weight`: the seats present must also hold at least
 * (or more than) a fraction of the weight of all seats ("minst halvparten av
 * medlemmene, som representerer minst to tredjedeler av eierandelene").
 *
 * @example
 * const quorum: QuorumRule = { kind: 'fraction-present', fraction: { numerator: 1, denominator: 2 }, clause: '§5' };
 */
export type QuorumRule = DeepReadonly<z.output<typeof QuorumRuleSchema>>;

/** The rules a decision may be made by, each on its own: the parts of an `all-of` rule too. */
const SINGLE_RULES = [
  z.strictObject({
    kind: z.literal('simple-majority'),
    tie: z.exactOptional(
      z
        .enum(['chair-decides', 'rejected', 'lot'], {
          error: 'must be "chair-decides", "rejected" or "lot"',
        })
        .check(
          z.describe(
            "What a tie does; left out where the agreement does not say: the statutory default then applies (the chair's vote decides, in an election lots; kommuneloven 2018 § 11-9, not verified).",
          ),
        ),
    ),
    consensusSought: z.exactOptional(z.boolean()),
    clause: ClauseRefSchema,
  }),
  z.strictObject({
    kind: z.literal('unanimity'),
    of: z.enum(['all-seats', 'present'], { error: 'must be "all-seats" or "present"' }),
    clause: ClauseRefSchema,
  }),
  z.strictObject({ kind: z.literal('consensus'), clause: ClauseRefSchema }),
  z.strictObject({ kind: z.literal('consensus-else-chair'), clause: ClauseRefSchema }),
  z.strictObject({
    kind: z.literal('qualified-majority'),
    fraction: FractionSchema,
    of: z.enum(['votes-cast', 'all-seats'], { error: 'must be "votes-cast" or "all-seats"' }),
    threshold: z.exactOptional(
      z
        .enum(['at-least', 'more-than'], { error: 'must be "at-least" or "more-than"' })
        .check(
          z.describe(
            'At least the fraction ("minst to tredjedeler"; the default), or more than it ("mer enn halvparten av alle medlemmene" = more-than 1/2 of all-seats).',
          ),
        ),
    ),
    clause: ClauseRefSchema,
  }),
  z.strictObject({
    kind: z.literal('weighted-majority'),
    of: z
      .enum(['votes-cast', 'all-weight'], { error: 'must be "votes-cast" or "all-weight"' })
      .check(
        z.describe(
          'The weight of the votes cast (for and against), or the weight of all seats, present or not.',
        ),
      ),
    fraction: z.exactOptional(
      FractionSchema.check(
        z.describe('The share of that weight needed; without it, a majority: more than 1/2.'),
      ),
    ),
    threshold: z.exactOptional(
      z
        .enum(['at-least', 'more-than'], { error: 'must be "at-least" or "more-than"' })
        .check(
          z.describe(
            'At least the fraction, or more than it; the default is "more-than" without a fraction (a majority of weight) and "at-least" with one (a qualified majority of weight).',
          ),
        ),
    ),
    clause: ClauseRefSchema,
  }),
] as const;

const KINDS =
  '"simple-majority", "unanimity", "consensus", "consensus-else-chair", "qualified-majority"';

/**
 * Schema for a {@link DecisionRule} (beslutningsregel).
 *
 * @example
 * DecisionRuleSchema.safeParse({ kind: 'unanimity', of: 'all-seats', clause: '§15' }).success; //=> true
 */
export const DecisionRuleSchema = z.discriminatedUnion(
  'kind',
  [
    ...SINGLE_RULES,
    z.strictObject({
      kind: z.literal('all-of'),
      rules: z
        .array(
          z.discriminatedUnion('kind', [...SINGLE_RULES], {
            error: `must be a decision rule with kind ${KINDS} or "weighted-majority"`,
          }),
        )
        .check(
          z.minLength(2, { error: 'must list at least two rules' }),
          maxEntries(10),
          z.describe(
            'Rules that must all hold at once, each with its own clause (a double majority: of the members and of the ownership).',
          ),
        ),
      clause: ClauseRefSchema,
    }),
  ],
  {
    error: `must be a decision rule with kind ${KINDS}, "weighted-majority" or "all-of"`,
  },
);

/**
 * How a body decides a matter (beslutningsregel), with the clause that says so:
 * - `simple-majority`: more votes for than against (alminnelig flertall); at a
 *   tie the chair's vote decides (`tie: 'chair-decides'`, automatically: the
 *   chair cannot decline, LEGAL.md §1.5) or the proposal falls
 *   (`tie: 'rejected'`), or the tie is settled by drawing lots (`tie: 'lot'`, as
 *   in elections under kommuneloven 1992 § 38: the votes then do not decide,
 *   and the decision says so). `consensusSought` records that the clause asks for
 *   consensus first (Helseplattformen §6).
 * - `unanimity`: every seat (`of: 'all-seats'`) or everyone present
 *   (`of: 'present'`) votes for (enstemmighet).
 * - `consensus`: nobody votes against, and somebody votes for (konsensus).
 * - `consensus-else-chair`: consensus if there is one, otherwise the chair
 *   decides (DigiTrøndelag §4.3).
 * - `qualified-majority`: at least `fraction` of the votes cast or of all seats
 *   vote for (kvalifisert flertall), or more than it with `threshold:
 *   'more-than'` — a majority of all members (flertall av alle medlemmene) is
 *   more than 1/2 of all seats; always also more for than against.
 * - `weighted-majority`: the weight for is more than 1/2 (or at least /
 *   more than `fraction`) of the weight of the votes cast or of all seats
 *   (flertall etter stemmevekt), and more than the weight against; it needs
 *   the body's `weights`.
 * - `all-of`: every rule listed holds at once (dobbelt flertall: of the
 *   members and of the ownership), each with its clause.
 *
 * @example
 * const rule: DecisionRule = { kind: 'simple-majority', tie: 'chair-decides', clause: '§5' };
 */
export type DecisionRule = DeepReadonly<z.output<typeof DecisionRuleSchema>>;

/**
 * Schema for a {@link Matter} category (sakstype).
 *
 * @example
 * MatterSchema.safeParse({ id: 'budget', name: 'Budsjett', rule: { kind: 'consensus', clause: '§5' } }).success;
 * //=> true
 */
export const MatterSchema = z.strictObject({
  id: IdSchema,
  name: NameSchema,
  rule: DecisionRuleSchema,
  election: z.exactOptional(
    z
      .boolean()
      .check(
        z.describe(
          'The matter is an election (valg): a tie is then settled by lot, never by the chair (kommuneloven 1992 § 38).',
        ),
      ),
  ),
  reading: z.exactOptional(
    z.strictObject({
      note: IdSchema.check(z.describe('The interpretation note whose reading selects the rule.')),
      rules: z.record(IdSchema, DecisionRuleSchema),
    }),
  ),
  candidateProtected: z.exactOptional(
    z
      .strictObject({
        clause: ClauseRefSchema,
        note: IdSchema,
        opposition: z
          .record(IdSchema, z.enum(['count-as-for', 'count-as-cast']))
          .check(
            z.describe(
              'Under each reading of the note, what a vote against a protected candidate does: it counts as a vote for, or it counts as cast.',
            ),
          ),
      })
      .check(
        z.describe(
          "Parties may not oppose a candidate that meets every protecting admission condition (lifecycle.admission.conditions with protects); the note's reading says what a vote against one does.",
        ),
      ),
  ),
});

/**
 * A category of matter (sakstype) a body decides, and the rule for it. When
 * the agreement is ambiguous about the rule, `reading` names the
 * interpretation note and gives the rule under each of its readings; `rule`
 * is the one under the reading chosen in the data.
 *
 * @example
 * const matter: Matter = {
 *   id: 'budget',
 *   name: 'Godkjenne årlig budsjett',
 *   rule: { kind: 'simple-majority', tie: 'chair-decides', clause: '§5' },
 * };
 */
export type Matter = DeepReadonly<z.output<typeof MatterSchema>>;

/**
 * Schema for an {@link Organ} (organ: representantskap, styre, programstyre …).
 *
 * @example
 * OrganSchema.safeParse({}).success; //=> false
 */
export const OrganSchema = z
  .strictObject({
    id: IdSchema,
    name: NameSchema,
    clause: ClauseRefSchema,
    seats: z.strictObject({
      perParty: z.exactOptional(
        z
          .boolean()
          .check(z.describe('One seat per party that is a member on the day, id = kommunenummer.')),
      ),
      perRegion: z.exactOptional(
        z
          .boolean()
          .check(z.describe('One seat per region of the region division, id = region id.')),
      ),
      fixed: z.exactOptional(
        z
          .array(
            z.strictObject({
              id: IdSchema,
              name: NameSchema,
              municipality: z.exactOptional(
                KommunenummerSchema.check(
                  z.describe(
                    'The municipality that holds this seat, where it is one (e.g. a fixed seat of the host).',
                  ),
                ),
              ),
            }),
          )
          .check(maxEntries(100), z.describe('Named seats, e.g. KS or the county.')),
      ),
      regionMembers: z.exactOptional(
        z
          .strictObject({
            of: z.enum(['parties', 'any-municipality'], {
              error: 'must be "parties" or "any-municipality"',
            }),
            excludingFixedSeats: z.exactOptional(z.boolean()),
            clause: ClauseRefSchema,
          })
          .check(
            z.describe(
              'Who the regions of a body with a seat per region may name: the parties (default), or any municipality where the agreement does not list its participants; excludingFixedSeats: not a municipality that holds a named seat ("blant de øvrige").',
            ),
          ),
      ),
      members: z.exactOptional(
        z
          .strictObject({
            count: z
              .int({ error: 'must be a whole number from 1 to 50' })
              .check(
                atLeast(1),
                atMost(50),
                z.describe('How many members each party has in the body.'),
              ),
            votes: z
              .enum(['one-per-party', 'each-member'], {
                error: 'must be "one-per-party" or "each-member"',
              })
              .check(
                z.describe(
                  'One vote per party, held by one of its members (one-per-party), or a vote for every member (each-member: the seats are <kommunenummer>-1 … <kommunenummer>-<count>).',
                ),
              ),
            holders: z.exactOptional(
              z
                .array(NameSchema)
                .check(
                  z.minLength(1, { error: 'must name at least one member' }),
                  maxEntries(50),
                  z.describe(
                    'For one-per-party: the members by role (e.g. "ordfører", "varaordfører"), in the order they hold the vote: the first present holds it.',
                  ),
                ),
            ),
            clause: ClauseRefSchema,
          })
          .check(
            z.refine((m) => m.holders === undefined || m.votes === 'one-per-party', {
              error: 'holders apply only where each party has one vote (votes: "one-per-party")',
              path: ['holders'],
            }),
            z.refine((m) => m.holders === undefined || m.holders.length <= m.count, {
              error: 'must name no more members than count',
              path: ['holders'],
            }),
            z.refine(
              (m) => m.holders === undefined || new Set(m.holders).size === m.holders.length,
              {
                error: 'must name each member once',
                path: ['holders'],
              },
            ),
            z.describe(
              "A party's seat with several members (e.g. ordfører and two others): one vote per party held by a named member, or every member votes.",
            ),
          ),
      ),
      clause: ClauseRefSchema,
    }),
    weights: z.exactOptional(
      z
        .strictObject({
          by: z
            .enum(['ownership', 'population', 'stated'], {
              error: 'must be "ownership", "population" or "stated"',
            })
            .check(
              z.describe(
                "Each party's vote weighs its ownership share (eierandel) on the meeting's date, its population, or what the agreement states (stated).",
              ),
            ),
          stated: z.exactOptional(
            z
              .record(
                z.string({ error: 'must be a seat id: a kommunenummer or a named seat' }).check(
                  z.regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, {
                    error: 'must be a seat id: a kommunenummer or a named seat',
                  }),
                  maxChars(80),
                ),
                z.string({ error: 'must be a decimal number, e.g. "12.5"' }).check(
                  z.regex(/^\d{1,6}(?:\.\d{1,3})?$/, {
                    error:
                      'must be a decimal number with at most 6 digits before the point and 3 after, e.g. "12.5"',
                  }),
                ),
              )
              .check(
                z.describe(
                  "The weight of each seat (by kommunenummer, or a named seat's id) as the agreement states it, e.g. its percentage of the shares; only ratios matter.",
                ),
              ),
          ),
          clause: ClauseRefSchema,
        })
        .check(
          z.refine((w) => (w.by === 'stated') === (w.stated !== undefined), {
            error: 'stated weights are given exactly when by is "stated"',
            path: ['stated'],
          }),
          z.describe(
            'Vote weights (stemmevekt): a seat of a party weighs its ownership share, its population or a stated weight; other seats weigh nothing unless stated. The tally then reports weight beside heads.',
          ),
        ),
    ),
    deputies: z.exactOptional(
      z
        .strictObject({ allowed: z.boolean(), clause: z.exactOptional(ClauseRefSchema) })
        .check(
          z.describe(
            "Whether deputies (varamedlemmer) may attend in a member's place; left out where the agreement does not say: the statutory default then applies (they may; kommuneloven 2018 § 8-1, not verified).",
          ),
        ),
    ),
    abstention: z.exactOptional(
      z
        .strictObject({
          allowed: z.boolean(),
          clause: z.exactOptional(ClauseRefSchema),
          note: z.exactOptional(IdSchema),
          allowedByReading: z.exactOptional(z.record(IdSchema, z.boolean())),
        })
        .check(
          z.describe(
            'Whether members may abstain; left out where the agreement does not say: the statutory default then applies (members must vote; kommuneloven 2018 § 8-1, not verified).',
          ),
        ),
    ),
    quorum: z.exactOptional(
      QuorumRuleSchema.check(
        z.describe(
          'When the body can decide; left out where the agreement does not say: the statutory default then applies (at least half the members present; kommuneloven 2018 § 11-9, not verified).',
        ),
      ),
    ),
    preparedBy: z.exactOptional(
      z
        .strictObject({
          organ: IdSchema,
          clause: ClauseRefSchema,
          note: z.exactOptional(IdSchema),
          voidByReading: z.exactOptional(z.record(IdSchema, z.boolean())),
        })
        .check(
          z.describe(
            'Every case must first be treated by another body (e.g. the board treats every case before the representantskap decides). The meeting says whether it was (prepared); the note says whether a decision on a case not prepared stands (voidByReading).',
          ),
        ),
    ),
    chair: z.exactOptional(
      z.strictObject({
        title: NameSchema.check(z.describe('What the agreement calls the chair, e.g. "leder".')),
        appointedBy: z.exactOptional(NameSchema),
        seat: z.exactOptional(
          IdSchema.check(
            z.describe(
              'The seat whose holder leads the body by the agreement (e.g. a fixed seat of the host): someone presiding from another seat is not the leader unless designated.',
            ),
          ),
        ),
        designee: z.exactOptional(
          z
            .strictObject({ clause: ClauseRefSchema })
            .check(
              z.describe(
                'The leader may designate someone to lead in their place ("eller den han utpeker"); the designee has the leader\'s powers.',
              ),
            ),
        ),
        clause: ClauseRefSchema,
        standIn: z.exactOptional(
          z
            .strictObject({ note: IdSchema, castingVote: z.record(IdSchema, z.boolean()) })
            .check(
              z.describe(
                "When someone other than the leader presides: the interpretation note, and under each of its readings whether that person's vote breaks a tie.",
              ),
            ),
        ),
      }),
    ),
    termYears: z.exactOptional(
      z.strictObject({
        years: z.int().check(atLeast(1), atMost(20)),
        of: z.enum(['members', 'chair'], { error: 'must be "members" or "chair"' }),
        clause: ClauseRefSchema,
      }),
    ),
    meetings: z.exactOptional(
      z.strictObject({
        description: NameSchema,
        perYearAtLeast: z.exactOptional(z.int().check(atLeast(0), atMost(365))),
        perYearAtMost: z.exactOptional(z.int().check(atLeast(0), atMost(365))),
        clause: ClauseRefSchema,
      }),
    ),
    duties: z.exactOptional(
      z.array(z.strictObject({ text: NameSchema, clause: ClauseRefSchema })).check(maxEntries(100)),
    ),
    matters: z.array(MatterSchema).check(maxEntries(200)),
  })
  .check(
    z.refine(
      (o) =>
        o.quorum?.kind !== 'fraction-present' ||
        o.quorum.counts !== 'members' ||
        o.seats.members !== undefined,
      {
        error:
          'a quorum counting members needs several members per party (seats.members); a body of one member per seat counts its seats',
        path: ['quorum', 'counts'],
      },
    ),
    z.refine((o) => o.quorum?.weight === undefined || o.weights !== undefined, {
      error: "a quorum by weight needs the body's vote weights (weights)",
      path: ['quorum', 'weight'],
    }),
    z.refine(
      (o) =>
        o.weights !== undefined ||
        !o.matters.some(
          (m) =>
            weighs(m.rule) || Object.values(m.reading?.rules ?? {}).some((rule) => weighs(rule)),
        ),
      {
        error: "a rule by weight (weighted-majority) needs the body's vote weights (weights)",
        path: ['matters'],
      },
    ),
  );

/** Whether a rule counts weight: a weighted majority, or an all-of rule with one among its parts. */
function weighs(rule: z.output<typeof DecisionRuleSchema>): boolean {
  return rule.kind === 'all-of'
    ? rule.rules.some((part) => part.kind === 'weighted-majority')
    : rule.kind === 'weighted-majority';
}

/**
 * A body of the cooperation (organ): representantskap, styre, programstyre,
 * porteføljestyre. Its seats, whether deputies may attend and members may
 * abstain, its quorum rule, its chair, terms and meetings, its duties, and the
 * categories of matter it decides with the rule for each.
 *
 * @example
 * const organ = helseplattformen.organs?.find((o) => o.id === 'representantskap');
 * organ?.quorum; //=> { kind: 'fraction-present', fraction: { numerator: 1, denominator: 2 }, clause: '§5' }
 */
export type Organ = DeepReadonly<z.output<typeof OrganSchema>>;
