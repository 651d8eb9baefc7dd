import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/governance/decide/index.js';
import type { Agreement } from '../../../src/model/agreement.js';
import { parseAgreement } from '../../../src/model/parse-agreement.js';
import { small } from '../../fixtures/small-agreement.js';

/** The small agreement, with the admission conditions given. */
function withConditions(
  conditions: { id: string; text: string; clause: string; protects: boolean }[],
): Agreement {
  const file = small();
  file.lifecycle = {
    ...file.lifecycle,
    admission: { ...file.lifecycle.admission, conditions },
  } as typeof file.lifecycle;
  return parseAgreement(file);
}

const opposed = {
  date: '2025-03-01',
  presiding: '0001',
  attendance: { '0001': 'member', '0002': 'member' },
  ballots: { '0001': 'for', '0002': 'against' },
} as const;

const decideOn = (agreement: Agreement, conditionsMet?: Record<string, boolean>) =>
  decide(agreement, {
    organ: 'representantskap',
    matter: 'budsjett',
    meeting: {
      ...opposed,
      candidate: {
        number: '0003',
        name: 'Cby',
        ...(conditionsMet === undefined ? {} : { conditionsMet }),
      },
    },
  });

const reason = (d: ReturnType<typeof decide>, code: string) =>
  d.reasons.find((r) => r.code === code);

describe('decide: a protected candidate is compared with the agreement’s protecting conditions', () => {
  const two = withConditions([
    { id: 'a', text: 'har signert', clause: '§1', protects: true },
    { id: 'b', text: 'har betalt', clause: '§2', protects: true },
    { id: 'c', text: 'er nabo', clause: '§2', protects: false },
  ]);

  it('every protecting condition met: the vote against is flagged, with the conditions’ texts; the effect follows the reading', () => {
    const d = decideOn(two, { a: true, b: true });
    expect(reason(d, 'candidate_opposed')).toMatchObject({
      clause: '§2',
      values: {
        candidate: '0003 Cby',
        seats: ['0002'],
        reading: 'ma-stemme',
        effect: 'count-as-for',
        conditions: ['har signert', 'har betalt'],
      },
    });
    expect(d.alternatives.find((a) => a.reading === 'kan-avsta')).toBeDefined();
  });

  it('a candidate that gives no conditions is not protected: every protecting condition is unknown', () => {
    expect(reason(decideOn(two), 'candidate_not_eligible')?.values).toEqual({
      candidate: '0003 Cby',
      missing: [],
      missingTexts: [],
      unknown: ['a', 'b'],
      unknownTexts: ['har signert', 'har betalt'],
    });
  });

  it('an agreement whose conditions protect nobody protects no candidate', () => {
    const none = withConditions([{ id: 'c', text: 'er nabo', clause: '§2', protects: false }]);
    const d = decideOn(none, { c: true });
    expect(reason(d, 'candidate_not_eligible')?.values).toEqual({
      candidate: '0003 Cby',
      missing: [],
      missingTexts: [],
      unknown: [],
      unknownTexts: [],
    });
    expect(reason(d, 'candidate_opposed')).toBeUndefined();
  });

  it('a condition id the agreement does not define is an input error naming the ids it has, or none', () => {
    const none = withConditions([]);
    expect(() => decideOn(none, { a: true })).toThrow(
      'meeting.candidate.conditionsMet.a: is not an admission condition of the agreement (it has: none)',
    );
  });
});
