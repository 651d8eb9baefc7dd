import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../../src/agreements/digitrondelag/index.js';
import { deadlines } from '../../../src/lifecycle/deadlines.js';
import { isInForce } from '../../../src/lifecycle/in-force.js';

describe('§6 Varighet and §7 Endringer (DigiTrøndelag)', () => {
  it('§6 "gjelder … frem til 2022": in force through 31 December 2022, not after (interpretation "end-of-2022")', () => {
    expect(isInForce(digitrondelag, '2022-12-31').inForce).toBe(true);
    expect(isInForce(digitrondelag, '2023-01-01')).toMatchObject({
      inForce: false,
      reasons: [{ code: 'not_in_force', clause: '§6' }],
    });
  });

  it('§6 "evalueres innen februar 2021": the evaluation is in the 2021 calendar only', () => {
    expect(deadlines(digitrondelag, { year: 2021 }).map((d) => [d.id, d.due])).toEqual([
      ['evaluation', '2021-02-28'],
    ]);
    expect(deadlines(digitrondelag, { year: 2022 }).map((d) => d.id)).toEqual(['agreement-ends']);
    expect(deadlines(digitrondelag, { year: 2023 })).toEqual([]);
  });

  it('§7 changes are made in writing and need all the parties', () => {
    expect(digitrondelag.lifecycle?.amendment).toEqual({
      clause: '§7',
      councilsMustAdopt: false,
      inWriting: true,
    });
  });
});
