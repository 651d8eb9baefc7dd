/**
 * The lawful forms of inter-municipal cooperation (samarbeidsform), after
 * kommuneloven § 17-1 second paragraph, plus the agreement-based network that
 * sits outside the statutory forms.
 *
 * | value | Norwegian | basis |
 * | --- | --- | --- |
 * | `interkommunalt-politisk-rad` | interkommunalt politisk råd | kommuneloven kap. 18 |
 * | `kommunalt-oppgavefellesskap` | kommunalt oppgavefellesskap | kommuneloven kap. 19 |
 * | `vertskommunesamarbeid` | vertskommunesamarbeid | kommuneloven kap. 20 (earlier § 28-1) |
 * | `interkommunalt-selskap` | interkommunalt selskap (IKS) | IKS-loven |
 * | `aksjeselskap` | aksjeselskap (AS) | aksjeloven |
 * | `samvirkeforetak` | samvirkeforetak (SA) | samvirkelova |
 * | `forening` | forening | ulovfestet |
 * | `avtalebasert-samarbeid` | avtalebasert samarbeid eller nettverk uten egen organisasjonsform | not a § 17-1 form |
 * | `interkommunalt-styre-1992` | interkommunalt styre | kommuneloven 1992 § 27 (replaced by kap. 18 and 19) |
 * | `administrativt-vertskommunesamarbeid-1992` | administrativt vertskommunesamarbeid | kommuneloven 1992 § 28-1 b |
 * | `vertskommunesamarbeid-med-nemnd-1992` | vertskommunesamarbeid med felles folkevalgt nemnd | kommuneloven 1992 § 28-1 c |
 *
 * The last three are for older agreements, made under kommuneloven 1992
 * (LOV-1992-09-25-107) and still read as written.
 *
 * @example
 * const form: LegalForm = 'kommunalt-oppgavefellesskap';
 */
export type LegalForm = (typeof LEGAL_FORMS)[number];

/**
 * Every {@link LegalForm}, in the order of kommuneloven § 17-1, then the
 * forms of kommuneloven 1992 (§ 27, § 28-1 b, § 28-1 c).
 *
 * @example
 * LEGAL_FORMS.includes('vertskommunesamarbeid'); //=> true
 */
export const LEGAL_FORMS = [
  'interkommunalt-politisk-rad',
  'kommunalt-oppgavefellesskap',
  'vertskommunesamarbeid',
  'interkommunalt-selskap',
  'aksjeselskap',
  'samvirkeforetak',
  'forening',
  'avtalebasert-samarbeid',
  'interkommunalt-styre-1992',
  'administrativt-vertskommunesamarbeid-1992',
  'vertskommunesamarbeid-med-nemnd-1992',
] as const;
