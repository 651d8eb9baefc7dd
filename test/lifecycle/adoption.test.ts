import { describe, expect, it } from 'vitest';
import { adoptionStatus, textFingerprint } from '../../src/lifecycle/adoption.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { small, smallAgreement } from '../fixtures/small-agreement.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const agreement = smallAgreement();
const fingerprint = textFingerprint(agreement.clauses);

/** The small agreement without the given lifecycle procedure. */
function without(procedure: 'amendment' | 'dissolution'): Agreement {
  const file = small();
  const { [procedure]: _, ...lifecycle } = file.lifecycle;
  return parseAgreement({ ...file, lifecycle });
}

describe('adoptionStatus', () => {
  it('pending while a council has not adopted the text; the missing party is named', () => {
    const status = adoptionStatus(agreement, {
      fingerprint,
      date: '2025-06-01',
      decisions: [{ party: '0001', adoptedOn: '2025-02-01', fingerprint }],
    });
    expect(status).toMatchObject({
      procedure: 'amendment',
      clause: '§1',
      status: 'pending',
      complete: false,
      missing: ['0002'],
      differentText: [],
      completedOn: null,
    });
    expect(words(status.reasons[0])?.nb).toBe('Mangler vedtak i kommunestyret i 0002.');
  });

  it('the fingerprint, the date, the procedure and each decision are checked', () => {
    expect(
      problemsOf(() =>
        adoptionStatus(agreement, {
          fingerprint: 7,
          date: 'soon',
          procedure: 'merger',
          decisions: [null, { party: '0001', adoptedOn: '2024-12-12' }],
        } as Untyped),
      ),
    ).toEqual([
      ['date', 'invalid_date'],
      ['decisions[0]', 'invalid_type'],
      ['decisions[1].fingerprint', 'required'],
      ['fingerprint', 'invalid_type'],
      ['procedure', 'invalid_procedure'],
    ]);
    expect(
      problemsOf(() => adoptionStatus(agreement, { fingerprint, date: '2025-01-01' } as Untyped)),
    ).toEqual([['decisions', 'required']]);
    expect(
      problemsOf(() =>
        adoptionStatus(agreement, { fingerprint, date: '2025-01-01', decisions: {} } as Untyped),
      ),
    ).toEqual([['decisions', 'invalid_type']]);
  });

  it('a dissolution the agreement has no procedure for is an error, not an answer', () => {
    const error = catchInputError(() =>
      adoptionStatus(without('dissolution'), {
        fingerprint,
        decisions: [],
        date: '2025-01-01',
        procedure: 'dissolution',
      }),
    );
    expect(error.problems).toEqual([
      {
        path: 'agreement.lifecycle.dissolution',
        code: 'no_dissolution_rule',
        message: 'liten states no procedure for dissolution',
      },
    ]);
  });

  it('an agreement with no amendment rule: every council adopts, cited by its first clause', () => {
    const decisions = ['0001', '0002'].map((party) => ({
      party,
      adoptedOn: '2025-06-01',
      fingerprint,
    }));
    const status = adoptionStatus(without('amendment'), {
      fingerprint,
      decisions,
      date: '2025-06-15',
    });
    expect(status).toMatchObject({
      status: 'complete',
      clause: '§1',
      councilsMustAdopt: true,
      completedOn: '2025-06-01',
    });
    expect(words(status.reasons[0])?.nb).toBe(
      'Alle de 2 kommunestyrene har vedtatt den samme, uredigerte teksten.',
    );
  });
});

describe('textFingerprint', () => {
  it('of the agreement or of its clauses: the same 64 hex digits', () => {
    expect(textFingerprint(agreement)).toBe(fingerprint);
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses what is neither an agreement nor a list of clauses, and a clause without its texts', () => {
    for (const input of ['liten', 7, null, undefined, {}, { clauses: 'x' }]) {
      const error = catchInputError(() => textFingerprint(input as Untyped));
      expect(error.problems).toEqual([
        {
          path: typeof input === 'object' && input !== null ? 'clauses' : '',
          code: 'invalid_type',
          message: 'must be an agreement or its list of clauses',
        },
      ]);
      expect(error.message.startsWith('Cannot fingerprint (1 problem)')).toBe(true);
    }
    const [first] = agreement.clauses;
    expect(problemsOf(() => textFingerprint([first, { ref: '§2', title: 3 }] as Untyped))).toEqual([
      ['[1].text', 'invalid_type'],
      ['[1].title', 'invalid_type'],
    ]);
    expect(problemsOf(() => textFingerprint({ clauses: [null] } as Untyped))).toEqual([
      ['clauses[0].ref', 'invalid_type'],
      ['clauses[0].text', 'invalid_type'],
      ['clauses[0].title', 'invalid_type'],
    ]);
    expect(
      catchInputError(() => textFingerprint([{ ref: '§1', title: 't' }] as Untyped)).problems,
    ).toEqual([
      { path: '[0].text', code: 'invalid_type', message: "must be the clause's text as text" },
    ]);
  });
});
