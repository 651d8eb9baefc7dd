/**
 * The numbers behind the reasons of a board composed by region (an
 * agreement's own board rule, e.g. a kommunedirektør per region).
 *
 * @example
 * const values: BoardReasonValues['board_unknown_region'] = { region: 'nord' };
 */
export interface BoardReasonValues {
  readonly board_region_without_member: { readonly region: string };
  readonly board_region_several_members: {
    readonly region: string;
    readonly members: readonly string[];
  };
  readonly board_member_outside_region: { readonly region: string; readonly member: string };
  readonly board_deputy_missing: { readonly region: string; readonly single: boolean };
  readonly board_deputy_outside_region: { readonly region: string; readonly deputy: string };
  readonly board_deputy_is_member: { readonly region: string; readonly deputy: string };
  readonly board_unknown_region: { readonly region: string };
  readonly board_party_without_region: { readonly parties: readonly string[] };
  readonly board_leader_not_member: {
    readonly role: 'leader' | 'deputy-leader';
    readonly number: string;
  };
  readonly board_leaders_same_region: { readonly region: string };
  /** The leaders' term is not the number of years the agreement sets (`years`): it should end on `expected`. */
  readonly board_term_length: {
    readonly from: string;
    readonly to: string;
    readonly expected: string;
    readonly years: number;
  };
  readonly board_valid: {
    readonly regions: number;
    /** Regions of one municipality, which have nobody left to be the deputy. */
    readonly withoutDeputy: readonly string[];
  };
  readonly board_not_a_member: {
    readonly role: 'member' | 'deputy' | 'leader' | 'deputy-leader';
    readonly number: string;
    readonly date: string;
  };
  readonly board_regions_invalid: { readonly problems: readonly string[] };
  readonly board_leader_missing: { readonly role: 'leader' | 'deputy-leader' };
  readonly board_leader_is_deputy_leader: { readonly number: string };
}
