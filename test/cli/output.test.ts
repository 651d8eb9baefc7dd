import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { check } from '../../src/analysis/check.js';
import { run } from '../../src/cli/run.js';
import { ownershipShares } from '../../src/finance/ownership-shares.js';
import { splitCost } from '../../src/finance/split-cost.js';
import { withdraw } from '../../src/lifecycle/withdraw.js';
import { explain } from '../../src/words/explain.js';
import { formatAmountNb, formatPercentNb } from '../../src/words/format.js';
import { reasonWithText } from '../../src/words/reason-with-text.js';

/** Runs the CLI in memory; stdout, or a failure with stderr. */
function cli(argv: string[]): string {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
  });
  if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
  return stdout;
}

const reasonsOf = (argv: string[]) =>
  (JSON.parse(cli(argv)) as { reasons: unknown[] }).reasons as Record<string, unknown>[];

describe('the CLI’s JSON reasons are the library’s reasons with their sentence', () => {
  it('split, shares and withdraw, in bokmål and in English: equal to reasonWithText of the library’s', () => {
    for (const lang of ['nb', 'en'] as const) {
      expect(reasonsOf(['split', '--amount', '10000000', '--json', '--lang', lang])).toEqual(
        splitCost(helseplattformen, '10000000').reasons.map((r) => reasonWithText(r, lang)),
      );
      expect(reasonsOf(['shares', '--json', '--lang', lang])).toEqual(
        ownershipShares(helseplattformen).reasons.map((r) => reasonWithText(r, lang)),
      );
    }
    const w = withdraw(helseplattformen, { party: '3430', noticeSentOn: '2025-03-01' });
    expect(
      reasonsOf(['withdraw', '--party', '3430', '--notice-date', '2025-03-01', '--json']),
    ).toEqual(
      [...w.reasons, ...(w.sharesAfter?.reasons ?? [])].map((r) => reasonWithText(r, 'nb')),
    );
  });

  it('each reason: code, agreement, clause, values and text, and nothing dropped', () => {
    const [first] = reasonsOf(['split', '--amount', '100', '--json']);
    expect(first).toEqual({
      code: 'parties_active',
      agreement: 'helseplattformen',
      clause: '§1.3',
      values: { date: '2025-01-01', count: 34 },
      text: '34 kommuner er deltakere per 1. januar 2025.',
    });
    // check's reasons are its findings: their severity comes along.
    const findings = check(helseplattformen).findings;
    expect(reasonsOf(['check', '--json', '--lang', 'en'])).toEqual(
      findings.map((f) => ({ ...f, text: explain(f, 'en') })),
    );
  });
});

describe('the CLI’s tables write numbers as the exported formatters do', () => {
  it('every amount of split, every percentage of shares', () => {
    const split = splitCost(helseplattformen, '10000000.00');
    const table = cli(['split', '--amount', '10000000']);
    for (const part of split.parties) expect(table).toContain(formatAmountNb(part.amount));
    expect(table).toContain(formatAmountNb(split.sum));
    expect(table).toContain('4 006 726,27');
    const shares = ownershipShares(helseplattformen);
    const sharesTable = cli(['shares']);
    for (const party of shares.parties)
      expect(sharesTable).toContain(formatPercentNb(party.percent));
    expect(sharesTable).toContain(formatPercentNb(shares.percentSum));
    expect(sharesTable).toContain('100,01 %');
  });
});
