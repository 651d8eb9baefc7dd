import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { check } from '../../src/analysis/check.js';
import { splitCost } from '../../src/finance/split-cost.js';
import { citing } from '../../src/rules/reason.js';
import { explain } from '../../src/words/explain.js';
import { reasonWithText } from '../../src/words/reason-with-text.js';

describe('reasonWithText: the reason as the library gives it, and its sentence', () => {
  const tie = citing('liten')('§5', 'tie_rejected', { votes: 3 });

  it('every field of the reason, then text in the language asked (bokmål by default)', () => {
    expect(reasonWithText(tie)).toEqual({
      code: 'tie_rejected',
      agreement: 'liten',
      clause: '§5',
      values: { votes: 3 },
      text: 'Stemmelikhet (3–3): forslaget faller.',
    });
    expect(reasonWithText(tie, 'en').text).toBe('A tie (3–3): the proposal falls.');
    expect(Object.keys(reasonWithText(tie, 'en'))).toEqual([
      'code',
      'agreement',
      'clause',
      'values',
      'text',
    ]);
  });

  it('leaves the reason as it was, and takes the fields of a finding too', () => {
    const [first] = splitCost(helseplattformen, '1000.00').reasons;
    if (first === undefined) throw new Error('no reason');
    const before = structuredClone(first);
    const { text, ...rest } = reasonWithText(first, 'en');
    expect([rest, text, first]).toEqual([before, explain(before, 'en'), before]);
    const finding = check(helseplattformen).findings.find((f) => f.severity === 'warning');
    expect(finding && reasonWithText(finding).severity).toBe('warning');
  });
});
