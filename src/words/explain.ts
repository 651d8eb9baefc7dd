import { AgreementInputError } from '../model/errors.js';
import type { DecisionRule } from '../model/organ.js';
import type { Duty, Reason } from '../rules/reason.js';
import { describeRuleEn, dutyEn, messagesEn } from './en.js';
import { describeRuleNb, dutyNb, messagesNb } from './nb.js';

export type { Messages } from './messages.js';

/**
 * A language the words layer speaks: Norwegian bokmål (`'nb'`, the default
 * where one is needed) or English (`'en'`).
 *
 * @example
 * const lang: Lang = 'en';
 */
export type Lang = 'nb' | 'en';

/** Each language's words: the reason sentences, a decision rule, a dated duty. */
const WORDS = {
  nb: { messages: messagesNb, rule: describeRuleNb, duty: dutyNb },
  en: { messages: messagesEn, rule: describeRuleEn, duty: dutyEn },
} as const;

/**
 * The words of a language, or the one input error for anything but `'nb'` or
 * `'en'` (a plain JavaScript caller's `'no'`, `'nn'`, `null`).
 */
function wordsOf(lang: Lang): (typeof WORDS)[Lang] {
  if (lang === 'nb' || lang === 'en') return WORDS[lang];
  const given: unknown = lang;
  throw wrong(
    'lang',
    `must be "nb" or "en": ${typeof given === 'string' ? JSON.stringify(given.slice(0, 20)) : typeof given}`,
  );
}

/** The input error of a words function, for a plain JavaScript caller's mistake. */
function wrong(path: string, message: string): AgreementInputError {
  return new AgreementInputError([{ path, code: 'invalid_type', message }], 'Cannot word');
}

/** What has a `kind` (a rule, a duty); anything else is a plain JavaScript caller's mistake. */
function kindOf(value: unknown, path: string): void {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof Reflect.get(value, 'kind') !== 'string'
  ) {
    throw wrong(path, `must be a ${path} as the library gives it, with its kind`);
  }
}

/**
 * The sentence of a reason (begrunnelse) in the language asked, made from its
 * code and values when asked.
 *
 * @throws `AgreementInputError` (from `kommunesamarbeid`) for a `lang` other than `'nb'` or
 *   `'en'`, or something that is not a reason with a known code (mistakes
 *   the types rule out, made from plain JavaScript).
 *
 * @example
 * const cite = citing('helseplattformen');
 * explain(cite('§5', 'tie_rejected', { votes: 3 }), 'nb');
 * //=> 'Stemmelikhet (3–3): forslaget faller.'
 * explain(cite('§5', 'tie_rejected', { votes: 3 }), 'en');
 * //=> 'A tie (3–3): the proposal falls.'
 */
export function explain(reason: Reason, lang: Lang = 'nb'): string {
  const messages = wordsOf(lang).messages;
  const code: unknown = reason !== null && typeof reason === 'object' ? reason.code : undefined;
  if (typeof code !== 'string' || !Object.hasOwn(messages, code)) {
    throw wrong('reason', 'must be a reason as the library gives it, with a known code');
  }
  const message = messages[code as Reason['code']] as (values: Reason['values']) => string;
  return message(reason.values);
}

/**
 * The sentences of several reasons, in order, in the language asked.
 *
 * @example
 * explainAll(ownershipShares(helseplattformen).reasons, 'en')[0];
 * //=> '34 municipalities are parties on 1 January 2025.'
 */
export function explainAll(reasons: readonly Reason[], lang: Lang = 'nb'): string[] {
  if (!Array.isArray(reasons)) throw wrong('reasons', 'must be a list of reasons');
  return reasons.map((r) => explain(r, lang));
}

/**
 * A decision rule (beslutningsregel) in a few words of the language asked.
 *
 * @example
 * describeRule({ kind: 'simple-majority', tie: 'chair-decides', clause: '§5' }, 'nb');
 * //=> 'alminnelig flertall, leders dobbeltstemme ved stemmelikhet'
 * describeRule({ kind: 'consensus', clause: '§6' }, 'en');
 * //=> 'consensus (no votes against)'
 */
export function describeRule(rule: DecisionRule, lang: Lang = 'nb'): string {
  kindOf(rule, 'rule');
  return wordsOf(lang).rule(rule);
}

/**
 * A dated duty (plikt) of the deadline calendar in the language asked; a duty
 * the agreement states is given in its own words.
 *
 * @example
 * describeDuty({ kind: 'last-financed-day' }, 'en');
 * //=> 'Last day of the duty to finance'
 */
export function describeDuty(duty: Duty, lang: Lang = 'nb'): string {
  kindOf(duty, 'duty');
  return wordsOf(lang).duty(duty);
}
