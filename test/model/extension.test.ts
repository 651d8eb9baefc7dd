import { describe, expect, it } from 'vitest';
import { builtInRules } from '../../src/agreements/rules.js';
import { ruleClauses } from '../../src/docs/traceability.js';
import type { Agreement } from '../../src/model/agreement.js';
import type { AgreementRule, AnyAgreementRule } from '../../src/model/extension.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { small } from '../fixtures/small-agreement.js';

const agreement: Agreement = parseAgreement(small());

/** A rule of the small agreement: it counts the duties of a body, citing the body's clause from the data. */
const dutyCount: AgreementRule<{ readonly organ: string }, number> = {
  id: 'countDuties',
  agreement: 'liten',
  clauses: (a) => (a.organs ?? []).map((o) => o.duties?.[0]?.clause ?? o.clause),
  run: (a, { organ }) => a.organs?.find((o) => o.id === organ)?.duties?.length ?? 0,
};

describe('an agreement’s own rules (AgreementRule): the extension point', () => {
  it('a rule runs on the agreement and declares the clauses it computes, read from the data', () => {
    expect(dutyCount.run(agreement, { organ: 'representantskap' })).toBe(1);
    expect(dutyCount.clauses(agreement)).toEqual(['§1']);
  });

  it('the traceability lists a rule under the clauses it declares, for its own agreement only', () => {
    const rules: readonly AnyAgreementRule[] = [dutyCount];
    expect(ruleClauses(agreement, rules).get('§1')).toContain('countDuties');
    const other = { ...dutyCount, agreement: 'annen' };
    expect([...ruleClauses(agreement, [other]).values()].flat()).not.toContain('countDuties');
    expect(ruleClauses(agreement, []).get('§1')).toEqual(ruleClauses(agreement).get('§1'));
  });

  it('the built-in rules each name a built-in agreement and an exported function', () => {
    expect(builtInRules.map((r) => [r.agreement, r.id])).toEqual([
      ['helseplattformen', 'validateHelseplattformenBoard'],
    ]);
  });
});
