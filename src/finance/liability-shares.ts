import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import { reason } from '../rules/reason.js';
import { assertOptions } from './agreement-input.js';
import {
  type OwnershipShares,
  type OwnershipSharesOptions,
  ownershipShares,
} from './ownership-shares.js';

/**
 * Options for {@link liabilityShares}: the day and the readings, as for
 * {@link ownershipShares}; liability follows the ownership, never a cost
 * pool's key.
 *
 * @example
 * const options: LiabilitySharesOptions = { date: '2026-01-01' };
 */
export type LiabilitySharesOptions = Pick<OwnershipSharesOptions, 'date' | 'readings'>;

/** A statute that makes the liability share (ansvarsandel) the ownership share. */
interface LiabilityStatute {
  readonly law: string;
  readonly verified: boolean;
}

/**
 * The statutes by legal form. LEGAL.md §1.7 [V]: IKS-loven § 3, "Den enkelte
 * deltaker hefter ubegrenset for en prosent- eller brøkdel av selskapets
 * forpliktelser"; the share equals the eierandel unless the agreement says
 * otherwise. LEGAL.md §1.2: kommuneloven § 19-5 probably likewise for a
 * kommunalt oppgavefellesskap, not verified.
 */
const LIABILITY_BY_FORM: Readonly<Record<string, LiabilityStatute>> = {
  'interkommunalt-selskap': { law: 'IKS-loven § 3', verified: true },
  'kommunalt-oppgavefellesskap': { law: 'kommuneloven § 19-5', verified: false },
};

/**
 * The liability shares (ansvarsandeler) on a date, with the statute that
 * makes them equal to the ownership shares (eierandeler), and whether
 * LEGAL.md has verified it.
 *
 * @example
 * const liability: LiabilityShares = liabilityShares(helseplattformen);
 * [liability.law, liability.verified]; //=> ['kommuneloven § 19-5', false]
 */
export interface LiabilityShares extends OwnershipShares {
  /** The statute, e.g. "IKS-loven § 3". */
  readonly law: string;
  /** Whether LEGAL.md marks the statute's rule as verified. */
  readonly verified: boolean;
}

/**
 * Each party's liability share (ansvarsandel) on a date: its ownership share
 * ({@link ownershipShares}, the stated eierandeler where the agreement states
 * them apart from its cost key), as IKS-loven § 3 says for an interkommunalt
 * selskap (verified in LEGAL.md §1.7) unless the agreement says otherwise; for a
 * kommunalt oppgavefellesskap kommuneloven § 19-5, marked not verified. The
 * last reason, `liability_is_ownership`, cites the clause of the shares and
 * names the statute.
 *
 * @throws {@link AgreementInputError} for a legal form with no statutory
 *   liability share, and wherever {@link ownershipShares} throws.
 *
 * @example
 * const liability = liabilityShares(helseplattformen, { date: '2025-01-01' });
 * liability.parties[0]?.percent; //=> '40.07'
 * liability.reasons.at(-1)?.values;
 * //=> { law: 'kommuneloven § 19-5', verified: false, basis: 'cost-key' }
 */
export function liabilityShares(
  agreement: Agreement,
  options: LiabilitySharesOptions = {},
): LiabilityShares {
  // Liability follows the ownership (or the general key), never a cost pool's key.
  const { date, readings } = assertOptions(options) as LiabilitySharesOptions;
  const shares = ownershipShares(agreement, {
    ...(date === undefined ? {} : { date }),
    ...(readings === undefined ? {} : { readings }),
  });
  const statute = Object.hasOwn(LIABILITY_BY_FORM, agreement.legalForm)
    ? LIABILITY_BY_FORM[agreement.legalForm]
    : undefined;
  if (statute === undefined) {
    throw new AgreementInputError(
      [
        {
          path: 'legalForm',
          code: 'no_liability_statute',
          message: `is "${agreement.legalForm}": no statute known here makes the parties liable for a share of the obligations`,
        },
      ],
      'No liability share',
    );
  }
  const clause =
    agreement.ownership?.clause ??
    (shares.reasons.find((r) => r.code === 'percent_half_up')?.clause as string);
  return {
    ...shares,
    law: statute.law,
    verified: statute.verified,
    reasons: [
      ...shares.reasons,
      reason(agreement.id, clause, 'liability_is_ownership', {
        law: statute.law,
        verified: statute.verified,
        basis: shares.basis,
      }),
    ],
  };
}
