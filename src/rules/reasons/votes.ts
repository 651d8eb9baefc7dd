/**
 * The numbers behind a quorum reason.
 *
 * @example
 * const values: QuorumValues = { rule: 'fraction-present', seats: 34, present: 16, required: 17, deputies: 0, missing: [] };
 */
export interface QuorumValues {
  readonly rule: 'fraction-present' | 'all-seats' | 'none';
  readonly seats: number;
  readonly present: number;
  readonly required: number;
  /** Seats attended by a deputy, counted for their member. */
  readonly deputies: number;
  readonly missing: readonly string[];
  /**
   * Set where the quorum counted members rather than seats (a body whose
   * parties have several members each): `required` is then a number of
   * members, of `members` in all, `membersPresent` of them present.
   */
  readonly counts?: 'members';
  /** All the members of the body, where the quorum counted members. */
  readonly members?: number;
  /** The members present, where the quorum counted members. */
  readonly membersPresent?: number;
}

/**
 * Votes counted.
 *
 * @example
 * const votes: CountValues = { for: 9, against: 8, abstain: 0 };
 */
export interface CountValues {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  /** Seats that voted against and are counted as for under the reading applied (included in `for`). */
  readonly countedAsFor?: readonly string[];
}

/**
 * The numbers behind a qualified-majority reason.
 *
 * @example
 * const values: QualifiedValues = { for: 20, against: 10, base: 30, required: 20, numerator: 2, denominator: 3, of: 'votes-cast', threshold: 'at-least' };
 */
export interface QualifiedValues {
  readonly for: number;
  readonly against: number;
  readonly base: number;
  readonly required: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly of: 'votes-cast' | 'all-seats';
  /** `at-least` the fraction, or `more-than` it (a majority of all members is more than 1/2 of all seats). */
  readonly threshold: 'at-least' | 'more-than';
  /** Seats that voted against and are counted as for under the reading applied (included in `for`). */
  readonly countedAsFor?: readonly string[];
}

/**
 * The numbers behind the part of a quorum counted by weight: the weight of
 * the seats present and of all seats (in the body's whole units), the least
 * weight required, and the fraction.
 *
 * @example
 * const values: WeightQuorumValues = { by: 'stated', present: 700, total: 1000, required: 667, numerator: 2, denominator: 3, threshold: 'at-least' };
 */
export interface WeightQuorumValues {
  readonly by: 'ownership' | 'population' | 'stated';
  readonly present: number;
  readonly total: number;
  readonly required: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly threshold: 'at-least' | 'more-than';
}

/**
 * The numbers behind a majority of weight: the weight for and against, the
 * base (the weight of the votes cast, or of all seats), the least weight
 * required (the larger of the fraction and more for than against), in the
 * body's whole units (`by`; `seats` where a record has no weights and every
 * seat weighs one).
 *
 * @example
 * const values: WeightedValues = { by: 'stated', for: 600, against: 400, base: 1000, required: 501, numerator: 1, denominator: 2, of: 'votes-cast', threshold: 'more-than' };
 */
export interface WeightedValues {
  readonly by: 'ownership' | 'population' | 'stated' | 'seats';
  readonly for: number;
  readonly against: number;
  readonly base: number;
  readonly required: number;
  readonly numerator: number;
  readonly denominator: number;
  readonly of: 'votes-cast' | 'all-weight';
  readonly threshold: 'at-least' | 'more-than';
  /** Seats that voted against and are counted as for under the reading applied (their weight included in `for`). */
  readonly countedAsFor?: readonly string[];
}
