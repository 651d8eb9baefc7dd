import { addMonths } from '../internal/calendar.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import { checkedAgreement, missingRule, OptionsReader } from '../rules/input.js';
import { memberOn } from '../rules/membership.js';
import { citing, type Reason } from '../rules/reason.js';

/**
 * Options for {@link breachComplaint}.
 *
 * @example
 * const options: BreachComplaintOptions = { awareOn: '2025-05-31', complainedOn: '2025-08-31' };
 */
export interface BreachComplaintOptions {
  /** The day the party became aware of the breach ("ble kjent med forholdet"). */
  readonly awareOn: IsoDate;
  /** The day the written complaint (reklamasjon) was sent, if it was. */
  readonly complainedOn?: IsoDate;
  /** The breach was intentional or grossly negligent ("forsett eller grov uaktsomhet"). */
  readonly intentOrGrossNegligence?: boolean;
  /** The day to judge on, when no complaint has been sent: before the deadline the claim is still open. */
  readonly asOf?: IsoDate;
}

/**
 * The outcome of {@link breachComplaint}.
 *
 * @example
 * const result: BreachComplaint = breachComplaint(helseplattformen, { awareOn: '2025-05-31' });
 */
export interface BreachComplaint {
  /** The last day to complain in writing. */
  readonly deadline: IsoDate;
  readonly inTime: boolean;
  /** No complaint yet, and the deadline has not passed on `asOf`. */
  readonly open: boolean;
  /** The remedies are lost: no timely complaint, and no intent or gross negligence. */
  readonly claimLost: boolean;
  readonly reasons: readonly Reason[];
}

/**
 * Whether a complaint of breach (reklamasjon ved mislighold) was in time.
 * Helseplattformen §16: the party "må reklamere skriftlig … innen 3 måneder
 * etter at parten ble kjent med forholdet. Ved manglende reklamasjon tapes
 * eventuelle misligholdsbeføyelser, med mindre misligholdet skyldes forsett
 * eller grov uaktsomhet". Three months after 31 May is 31 August; after 30
 * November it is 28 (or 29) February.
 *
 * @see Helseplattformen §16
 * Without a complaint the claim is open until the deadline, judged on
 * `asOf` (give the day you ask on); without `asOf` it is treated as open.
 *
 * @example
 * const c = breachComplaint(helseplattformen, { awareOn: '2025-11-30', complainedOn: '2026-03-01' });
 * [c.deadline, c.inTime, c.open, c.claimLost]; //=> ['2026-02-28', false, false, true]
 */
export function breachComplaint(
  input: Agreement,
  options: BreachComplaintOptions,
): BreachComplaint {
  const agreement = checkedAgreement(input);
  const read = new OptionsReader(options);
  read.date('awareOn', true);
  read.date('complainedOn', false);
  read.date('asOf', false);
  read.flag('intentOrGrossNegligence');
  read.done('Invalid options');
  const rule = agreement.lifecycle?.breach;
  if (rule === undefined) {
    throw new AgreementInputError(
      [
        missingRule(
          agreement,
          'breach',
          'no_breach_rule',
          'states no time limit for complaints of breach',
        ),
      ],
      'No breach rule',
    );
  }
  if (options.complainedOn !== undefined) {
    if (options.complainedOn < options.awareOn) {
      throw new AgreementInputError(
        [
          {
            path: 'complainedOn',
            code: 'date_order',
            message: `is before the party became aware (${options.awareOn})`,
          },
        ],
        'Invalid dates',
      );
    }
  }
  const deadline = addMonths(options.awareOn, rule.complaintMonths);
  const complainedOn = options.complainedOn ?? null;
  const inTime = complainedOn !== null && complainedOn <= deadline;
  const open = complainedOn === null && (options.asOf === undefined || options.asOf <= deadline);
  const claimKept = options.intentOrGrossNegligence === true;
  const cite = citing(agreement.id);
  if (open) {
    return {
      deadline,
      inTime: false,
      open: true,
      claimLost: false,
      reasons: [cite(rule.clause, 'breach_complaint_open', { awareOn: options.awareOn, deadline })],
    };
  }
  return {
    deadline,
    inTime,
    open: false,
    claimLost: !inTime && !claimKept,
    reasons: [
      inTime
        ? cite(rule.clause, 'breach_complaint_in_time', {
            awareOn: options.awareOn,
            deadline,
            complainedOn: complainedOn as string,
          })
        : cite(rule.clause, 'breach_complaint_late', {
            awareOn: options.awareOn,
            deadline,
            complainedOn,
            claimKept,
          }),
    ],
  };
}

/**
 * What terminating the agreement against one party (heving) requires:
 * Helseplattformen §16, "Heving av avtalen overfor en part, forutsetter
 * enighet blant samtlige øvrige avtaleparter".
 *
 * @see Helseplattformen §16
 * @example
 * terminationRequirement(helseplattformen, { party: '3430', date: '2025-06-01' }).values.others; //=> 33
 */
export function terminationRequirement(
  input: Agreement,
  options: { readonly party: string; readonly date: IsoDate },
): Reason & { readonly code: 'termination_needs_all_others' } {
  const agreement = checkedAgreement(input);
  const read = new OptionsReader(options);
  read.text('party', true);
  read.date('date', true);
  read.done('Invalid options');
  const rule = agreement.lifecycle?.breach;
  const party = agreement.parties.find((p) => p.municipality.number === options.party);
  if (rule === undefined || party === undefined) {
    throw new AgreementInputError(
      [
        rule === undefined
          ? missingRule(agreement, 'breach', 'no_breach_rule', 'states no rule for termination')
          : {
              path: 'party',
              code: 'unknown_party',
              message: `${options.party} is not a party of ${agreement.id}`,
            },
      ],
      'Cannot answer',
    );
  }
  if (!memberOn(party, options.date)) {
    throw new AgreementInputError(
      [
        {
          path: 'party',
          code: 'not_a_member',
          message: `${options.party} is not a party on ${options.date}`,
        },
      ],
      'Not a party',
    );
  }
  const others = agreement.parties.filter((p) => p !== party && memberOn(p, options.date)).length;
  return citing(agreement.id)(rule.clause, 'termination_needs_all_others', {
    party: `${options.party} ${party.municipality.name}`,
    others,
  }) as Reason & { readonly code: 'termination_needs_all_others' };
}
