import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementInputError, type InputProblem } from '../../src/model/errors.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { parseAmount } from '../../src/rules/money.js';
import { pathWords, problemMessage, subjectWords } from '../../src/words/input-words.js';

const nb = (message: string) => problemMessage({ path: 'x', code: 'c', message }, 'nb');

/** The problems the engine itself gives for a call, each in bokmål. */
const problemsOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (error) {
    if (error instanceof AgreementInputError) {
      return error.problems.map((p) => `${p.path}: ${problemMessage(p, 'nb')}`);
    }
    throw error;
  }
  throw new Error('no error');
};

describe('the engine’s input errors in bokmål, the command line’s default language', () => {
  it.each([
    ['is required', 'mangler'],
    ['must not be empty', 'kan ikke være tom'],
    ['must not be negative: "-5"', 'kan ikke være negativ: "-5"'],
    ['must not be negative: -5', 'kan ikke være negativ: -5'],
    ['must be text', 'må være tekst'],
    ['must be true or false', 'må være true eller false'],
    ['must be a whole number ≥ 1', 'må være et helt tall ≥ 1'],
    ['must be a year from 1900 to 2200', 'må være et år fra 1900 til 2200'],
    [
      'must be a date YYYY-MM-DD that exists in the calendar: "2025-02-29"',
      'må være en dato ÅÅÅÅ-MM-DD som finnes i kalenderen: "2025-02-29"',
    ],
    [
      'must be a region id of lowercase letters, digits and hyphens',
      'må være en id av små bokstaver, sifre og bindestreker',
    ],
    [
      'must be a percentage like "40.07" or a fraction like "1/3"',
      'må være en prosent som "40.07" eller en brøk som "1/3"',
    ],
    ['has more than two decimals: "100.005"', 'har mer enn to desimaler: "100.005"'],
    ['must be one of: "a", "b"', 'må være en av: "a", "b"'],
    ['must be "for", "against" or "abstain"', 'må være "for", "against" eller "abstain"'],
    ['must be at most 100 000 000', 'kan være høyst 100 000 000'],
    ['must be at most 60 characters', 'kan være høyst 60 tegn'],
    ['must be at least 2', 'må være minst 2'],
    ['names 1531, which is not among the parties', 'nevner 1531, som ikke er blant partene'],
    [
      'roros-os-holtalen states no notice period for withdrawal',
      'roros-os-holtalen oppgir ingen oppsigelsestid for uttreden',
    ],
    [
      'states a share for 9931, which is not among the parties',
      'oppgir en andel for 9931, som ikke er blant partene',
    ],
    [
      'states an ownership share for 9931, which is not among the parties',
      'oppgir en eierandel for 9931, som ikke er blant partene',
    ],
    [
      '5001 holds the seat trondheim of programstyre; the regional seats are for the other municipalities (§4.3)',
      '5001 har setet trondheim i programstyre; setene per region er for de andre kommunene (§4.3)',
    ],
    ['eksempel-iks states no rules for admission', 'eksempel-iks har ingen regler for opptak'],
    [
      'styre has one seat per region (§6), and helseplattformen gives no region division: supply the regions',
      'styre har ett sete per region (§6), og helseplattformen gir ingen regioninndeling: oppgi regionene',
    ],
    [
      'the ownership shares (§4) of the 2 members on 2027-03-15 sum to 85 %, not the whole',
      'eierandelene (§4) til de 2 medlemmene per 2027-03-15 utgjør 85 %, ikke det hele',
    ],
  ])('%s → %s', (english, bokmal) => {
    expect(nb(english)).toBe(bokmal);
  });

  it('a wording followed by more than an echoed value stays in English, whole, never half translated', () => {
    for (const message of [
      'is required: the cost key of 2025-01-01 (§9) divides an amount',
      'must be a whole number ≥ 0 and at most the seats',
      'must be text: or else',
      'something the table does not know',
    ]) {
      expect(nb(message)).toBe(message);
    }
  });

  it('the engine’s own problems: an amount, and an agreement file with several mistakes', () => {
    expect(problemsOf(() => parseAmount('12,5x'))).toEqual([
      'amount: må være et beløp i kroner med høyst to desimaler, f.eks. 1 234,50 eller 1234.50: "12,5x"',
    ]);
    const problems = problemsOf(() => parseAgreement({ id: 'X', title: '' }));
    expect(problems.slice(0, 3)).toEqual([
      'clauses: mangler',
      'costKeys: mangler',
      'id: må være en id av små bokstaver, sifre og bindestreker, f.eks. "legevakt-nord"',
    ]);
    expect(problems[3]).toMatch(/^legalForm: må være en av: "interkommunalt-politisk-rad", /);
  });

  it('with --lang en, the message, the subject and the path are the engine’s own', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (path, message) => {
        const problem: InputProblem = { path, code: 'c', message };
        expect(problemMessage(problem, 'en')).toBe(message);
        expect(subjectWords(message, 'en')).toBe(message);
        expect(pathWords(path, 'en')).toBe(path);
      }),
    );
  });

  it('any message is either said in bokmål from its start or left whole: the value it echoes is kept', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('must be text', 'is required', 'must be a whole number ≥ 0', 'x'),
        fc.oneof(
          fc.constant(''),
          fc.string().map((v) => `: ${JSON.stringify(v)}`),
          fc.string(),
        ),
        (wording, rest) => {
          const said = nb(wording + rest);
          expect(said === wording + rest || said.endsWith(rest)).toBe(true);
          if (said !== wording + rest) expect(said.startsWith(wording)).toBe(false);
        },
      ),
    );
  });

  it('subjects: known ones in bokmål, a file name kept in front; an unknown subject unchanged', () => {
    expect(subjectWords('Invalid amount', 'nb')).toBe('Ugyldig beløp');
    expect(subjectWords('sc/a.json: Invalid agreement', 'nb')).toBe('sc/a.json: Ugyldig avtale');
    expect(subjectWords('Invalid invoice f.csv', 'nb')).toBe('Ugyldig faktura f.csv');
    expect(subjectWords('Duplicate keys in a.json', 'nb')).toBe('Dupliserte nøkler i a.json');
    expect(subjectWords('Cannot decide in styret', 'nb')).toBe('Cannot decide in styret');
    expect(subjectWords('constructor', 'nb')).toBe('constructor');
  });

  it('paths: a line of a file is a «linje»; the rest of the path is data', () => {
    expect(pathWords('f.csv, line 2, Beløp', 'nb')).toBe('f.csv, linje 2, Beløp');
    expect(pathWords('f.csv, line 12', 'nb')).toBe('f.csv, linje 12');
    expect(pathWords('parties[1].line 2x', 'nb')).toBe('parties[1].line 2x');
  });
});
