/**
 * How a seat is attended at a meeting: by its member or by its deputy
 * (varamedlem) in the member's place.
 *
 * @example
 * const attendance: Attendance = 'deputy';
 */
export type Attendance = 'member' | 'deputy';

/**
 * A seat's vote (stemme).
 *
 * @example
 * const vote: Vote = 'abstain';
 */
export type Vote = 'for' | 'against' | 'abstain';

/**
 * A meeting reduced to what the rules need, after {@link decide} has checked
 * it: every seat of the body, who attends which seat, each seat's vote, and
 * the seat of the person who presides.
 *
 * @example
 * const record: VoteRecord = {
 *   seats: ['0001', '0002', '0003'],
 *   attending: new Map([['0001', 'member'], ['0002', 'deputy']]),
 *   votes: new Map([['0001', 'for'], ['0002', 'against']]),
 *   presiding: '0001',
 * };
 */
export interface VoteRecord {
  readonly seats: readonly string[];
  readonly attending: ReadonlyMap<string, Attendance>;
  readonly votes: ReadonlyMap<string, Vote>;
  readonly presiding: string;
  /**
   * Seats whose vote against is counted as a vote for under the reading
   * applied (a protected candidate, Helseplattformen §14 `count-as-for`);
   * `votes` already holds them as for, and reasons name them.
   */
  readonly countedAsFor?: readonly string[];
  /** The seats' vote weights, where the body's votes are weighted (stemmevekt); absent where every seat weighs one. */
  readonly weights?: WeightTable;
}

/**
 * Each seat's vote weight in whole units (stemmevekt): by ownership share
 * (the shares' numerators over their common denominator), by population
 * (inhabitants) or by a table the agreement states (its decimals scaled to
 * whole numbers). Only ratios matter, so whole units keep every comparison
 * exact. A seat not in `units` weighs nothing.
 *
 * @example
 * const weights: WeightTable = { by: 'stated', units: new Map([['0001', 3], ['0002', 1]]), total: 4 };
 */
export interface WeightTable {
  readonly by: 'ownership' | 'population' | 'stated';
  readonly units: ReadonlyMap<string, number>;
  /** The weight of every seat of the body, present or not. */
  readonly total: number;
}

/**
 * The weight of a vote (in the units of the body's {@link WeightTable}):
 * of the seats voting for, against, abstaining (present without a vote
 * included), present, absent, and of all seats. `present` is `for + against
 * + abstain`, and `present + absent` is `total`.
 *
 * @example
 * const weight: WeightTally = { by: 'stated', for: 3, against: 1, abstain: 0, present: 4, absent: 0, total: 4 };
 */
export interface WeightTally {
  readonly by: WeightTable['by'];
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly present: number;
  readonly absent: number;
  readonly total: number;
}

/**
 * The count of a vote (opptelling): seats in the body, seats attended, votes
 * for, against and abstaining (a present seat that did not vote abstains),
 * and seats absent.
 *
 * @example
 * const record: VoteRecord = {
 *   seats: ['0001', '0002', '0003'],
 *   attending: new Map([['0001', 'member'], ['0002', 'deputy']]),
 *   votes: new Map([['0001', 'for'], ['0002', 'against']]),
 *   presiding: '0001',
 * };
 * tally(record); //=> { seats: 3, present: 2, for: 1, against: 1, abstain: 0, absent: 1 }
 */
export interface Tally {
  readonly seats: number;
  readonly present: number;
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly absent: number;
  /** The weight of the votes, where the body's votes are weighted. */
  readonly weight?: WeightTally;
}

/**
 * Counts a {@link VoteRecord}.
 *
 * @example
 * tally({ seats: ['a', 'b', 'c'], attending: new Map([['a', 'member']]), votes: new Map([['a', 'for']]), presiding: 'a' });
 * //=> { seats: 3, present: 1, for: 1, against: 0, abstain: 0, absent: 2 }
 */
export function tally(record: VoteRecord): Tally {
  let inFavour = 0;
  let against = 0;
  for (const seat of record.attending.keys()) {
    const vote = record.votes.get(seat);
    if (vote === 'for') inFavour++;
    else if (vote === 'against') against++;
  }
  const count = tallyOf(record.seats.length, record.attending.size, inFavour, against);
  return record.weights === undefined
    ? count
    : { ...count, weight: weightTally(record, record.weights) };
}

/**
 * The weight of the votes of a record: for, against, abstaining and
 * present over the seats present, and the rest absent.
 *
 * @example
 * const record: VoteRecord = {
 *   seats: ['a', 'b', 'c'],
 *   attending: new Map([['a', 'member'], ['b', 'member']]),
 *   votes: new Map([['a', 'for']]),
 *   presiding: 'a',
 * };
 * weightTally(record, { by: 'stated', units: new Map([['a', 5], ['b', 3], ['c', 2]]), total: 10 });
 * //=> { by: 'stated', for: 5, against: 0, abstain: 3, present: 8, absent: 2, total: 10 }
 */
export function weightTally(record: VoteRecord, weights: WeightTable): WeightTally {
  let inFavour = 0;
  let against = 0;
  let present = 0;
  for (const seat of record.attending.keys()) {
    const units = weights.units.get(seat) ?? 0;
    present += units;
    const vote = record.votes.get(seat);
    if (vote === 'for') inFavour += units;
    else if (vote === 'against') against += units;
  }
  return {
    by: weights.by,
    for: inFavour,
    against,
    abstain: present - inFavour - against,
    present,
    absent: weights.total - present,
    total: weights.total,
  };
}

/**
 * A {@link Tally} from its counts: seats in the body, seats present, and the
 * votes for and against of the seats present.
 *
 * @internal
 */
export function tallyOf(seats: number, present: number, inFavour: number, against: number): Tally {
  return {
    seats,
    present,
    for: inFavour,
    against,
    abstain: present - inFavour - against,
    absent: seats - present,
  };
}

/** The seats that voted a given way, in seat order. */
export function seatsVoting(record: VoteRecord, vote: Vote): string[] {
  const voting: string[] = [];
  for (const seat of record.seats) {
    if (record.attending.has(seat) && (record.votes.get(seat) ?? 'abstain') === vote) {
      voting.push(seat);
    }
  }
  return voting;
}

/**
 * The seats against, abstaining (present without a vote included) and
 * absent, each in seat order, in one pass over the seats.
 *
 * @internal
 */
export function seatsByVote(record: VoteRecord): {
  readonly against: string[];
  readonly abstain: string[];
  readonly absent: string[];
} {
  const against: string[] = [];
  const abstain: string[] = [];
  const absent: string[] = [];
  for (const seat of record.seats) {
    if (!record.attending.has(seat)) absent.push(seat);
    else {
      const vote = record.votes.get(seat) ?? 'abstain';
      if (vote === 'against') against.push(seat);
      else if (vote === 'abstain') abstain.push(seat);
    }
  }
  return { against, abstain, absent };
}

/** The seats not attended, in seat order. */
export function seatsAbsent(record: VoteRecord): string[] {
  const absent: string[] = [];
  for (const seat of record.seats) if (!record.attending.has(seat)) absent.push(seat);
  return absent;
}
