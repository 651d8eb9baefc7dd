/**
 * The numbers behind the reasons of a price adjustment by the deflator
 * (kommunal deflator).
 *
 * @example
 * const values: DeflatorReasonValues['deflator_method_not_in_sources'] = { document: 'Statsbudsjettet', note: null };
 */
export interface DeflatorReasonValues {
  readonly deflator_applied: {
    readonly fromYear: number;
    readonly toYear: number;
    readonly factor: string;
    /** Each year's deflator, its status and where it was published (worded per language). */
    readonly years: readonly {
      readonly year: number;
      readonly percent: string;
      readonly status: 'estimate' | 'revised-estimate' | 'outturn-derived' | 'final';
      readonly published: string;
    }[];
  };
  /** The document the agreement names for its price adjustment is not among the sources. */
  readonly deflator_method_not_in_sources: {
    readonly document: string;
    readonly note: string | null;
  };
}
