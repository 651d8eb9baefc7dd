import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { rorosOsHoltalen } from '../../../src/agreements/roros-os-holtalen/index.js';
import { decide } from '../../../src/governance/decide/index.js';
import type { Agreement } from '../../../src/model/agreement.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { agreementWith, partyOf } from '../../helpers/arbitraries.js';
import { catchInputError } from '../../helpers/errors.js';
import { HP, meeting } from '../../helpers/meetings.js';

/** The first line of the error (its title and count), and every problem in full. */
function failure(fn: () => unknown) {
  const error = catchInputError(fn);
  return {
    title: error.message.split('\n')[0],
    problems: error.problems.map(({ path, code, message }) => ({ path, code, message })),
  };
}

const representantskap = (
  m: Meeting,
  matter = 'other',
  readings?: Record<string, string>,
  agreement: Agreement = helseplattformen,
) =>
  decide(agreement, {
    organ: 'representantskap',
    matter,
    meeting: m,
    ...(readings === undefined ? {} : { readings }),
  });

const base = meeting({ presiding: '5001', for: HP.slice(0, 17) });

describe('decide: an unknown organ, matter or reading names what there is', () => {
  it('§5 and §6 an unknown organ names Helseplattformen’s two bodies', () => {
    expect(
      // @ts-expect-error: a typo in the organ id does not compile for a built-in agreement
      failure(() => decide(helseplattformen, { organ: 'styret', matter: 'other', meeting: base })),
    ).toEqual({
      title: 'Unknown organ (1 problem):',
      problems: [
        {
          path: 'organ',
          code: 'unknown_organ',
          message: 'helseplattformen has no organ "styret" (its organs: representantskap, styre)',
        },
      ],
    });
  });

  it('an agreement without bodies lists none', () => {
    const bare = agreementWith([partyOf('0301', 1000)]);
    expect(
      failure(() => decide(bare, { organ: 'representantskap', matter: 'other', meeting: base })),
    ).toEqual({
      title: 'Unknown organ (1 problem):',
      problems: [
        {
          path: 'organ',
          code: 'unknown_organ',
          message: 'test-agreement has no organ "representantskap"',
        },
      ],
    });
  });

  it('§5 an unknown matter names the representantskap’s twelve matters', () => {
    expect(failure(() => representantskap(base, 'budgett'))).toEqual({
      title: 'Unknown matter (1 problem):',
      problems: [
        {
          path: 'matter',
          code: 'unknown_matter',
          message:
            'representantskap has no matter "budgett" (its matters: economic-frames, agreement-amendment, admission, dissolution, budget, accounts, annual-report, board-appointment, election, regions-and-board-size, complaint, other)',
        },
      ],
    });
  });

  it('Røros–Os–Holtålen §6 the administrative body has no decision rule to apply', () => {
    const m = meeting({ date: '2020-05-01', presiding: 'radmann-roros', for: ['radmann-roros'] });
    expect(
      failure(() =>
        // @ts-expect-error: the body has no matter, and the types know it
        decide(rorosOsHoltalen, { organ: 'samarbeidsorgan', matter: 'other', meeting: m }),
      ),
    ).toEqual({
      title: 'Unknown matter (1 problem):',
      problems: [
        {
          path: 'matter',
          code: 'unknown_matter',
          message: 'the agreement states no decision rule for samarbeidsorgan (§6)',
        },
      ],
    });
  });

  it('§5 a reading must name a note with selectable readings, and one of its readings', () => {
    const selectable =
      'consensus-scope, board-consensus, regions-change-rule, budget-and-frames, election-ties, board-preparation, admission-opposition, chair-absent-casting-vote, duty-to-vote, settlement-by-calendar-day';
    expect(
      failure(() =>
        representantskap(base, 'other', {
          'consensus-scope': 'some',
          nope: 'x',
          // a note of the register, but one whose reading cannot be chosen
          'start-date': '2025-01-01',
        }),
      ),
    ).toEqual({
      title: 'Cannot decide in representantskap (3 problems):',
      problems: [
        {
          path: 'readings.nope',
          code: 'unknown_note',
          message: `names no interpretation note with selectable readings (those with: ${selectable})`,
        },
        {
          path: 'readings["consensus-scope"]',
          code: 'unknown_reading',
          message:
            '"some" is not a reading of consensus-scope (its readings: all-seats, present, no-objection)',
        },
        {
          path: 'readings["start-date"]',
          code: 'unknown_note',
          message: `names no interpretation note with selectable readings (those with: ${selectable})`,
        },
      ],
    });
  });

  it('an alternative without an id is not a reading that can be chosen', () => {
    const withNote: Agreement = {
      ...helseplattformen,
      interpretations: [
        {
          id: 'test-note',
          clauses: ['§5'],
          question: 'Et spørsmål?',
          reading: 'Første lesning.',
          readingId: 'first',
          alternatives: [
            { id: 'second', reading: 'Andre lesning.', consequence: 'Noe.' },
            { reading: 'Tredje lesning, uten id.', consequence: 'Noe annet.' },
          ],
        },
      ],
    };
    expect(
      failure(() => representantskap(base, 'other', { 'test-note': 'third' }, withNote)),
    ).toEqual({
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [
        {
          path: 'readings["test-note"]',
          code: 'unknown_reading',
          message: '"third" is not a reading of test-note (its readings: first, second)',
        },
      ],
    });
    expect(representantskap(base, 'other', { 'test-note': 'second' }, withNote).adopted).toBe(true);
  });
});
