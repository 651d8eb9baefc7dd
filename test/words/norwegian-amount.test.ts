import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { normalizeAmount } from '../../src/words/norwegian-amount.js';

describe('normalizeAmount: amounts as Norwegians write them', () => {
  it.each([
    ['1000000,50', '1000000.50'],
    ['1 000 000,50', '1000000.50'],
    ['1\u00A0000\u00A0000,50', '1000000.50'],
    ['1\u202F000,5', '1000.5'],
    ['1 000 000.50', '1000000.50'],
    ['1000000.50', '1000000.50'],
    ['  12 345  ', '12345'],
    ['0,05', '0.05'],
    ['999', '999'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeAmount(text)).toBe(expected);
  });

  it.each([
    // Both marks, dots between groups, groups not of three, mixed spaces: left as written.
    ['1.000.000,50', '1.000.000,50'],
    ['1,000.50', '1,000.50'],
    ['1 00 000,50', '1 00 000,50'],
    ['1 000\u00A0000', '1 000\u00A0000'],
    ['1,000,000', '1,000,000'],
    ['-5,00', '-5,00'],
    ['abc', 'abc'],
    ['', ''],
  ])('%s is not recognised and comes back as written', (text, expected) => {
    expect(normalizeAmount(text)).toBe(expected);
  });

  it('any whole number of øre, written with grouped digits and a comma, reads back exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.constantFrom(' ', '\u00A0', '\u202F'),
        (ore, space) => {
          const kroner = String(ore / 100n);
          const decimals = String(ore % 100n).padStart(2, '0');
          // Grouped by hand, from the right, independently of the code under test.
          const groups: string[] = [];
          for (let end = kroner.length; end > 0; end -= 3)
            groups.unshift(kroner.slice(Math.max(0, end - 3), end));
          expect(normalizeAmount(`${groups.join(space)},${decimals}`)).toBe(
            `${kroner}.${decimals}`,
          );
        },
      ),
    );
  });
});

describe('the CLI takes amounts the Norwegian way', () => {
  const out = (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = run(argv, {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      readFile: () => {
        throw new Error('no files');
      },
    });
    return { code, stdout, stderr };
  };

  it('split --amount "1 000 000,50" is the split of 1000000.50', () => {
    const dot = out(['split', '--amount', '1000000.50', '--json']);
    for (const written of [
      '1 000 000,50',
      '1000000,50',
      '1\u00A0000\u00A0000,50',
      '1 000 000.50',
    ]) {
      const nb = out(['split', '--amount', written, '--json']);
      expect(nb.code).toBe(0);
      expect(nb.stdout).toBe(dot.stdout);
    }
    expect(JSON.parse(dot.stdout).sum).toBe('1000000.50');
  });

  it('settle --amount and withdraw --extra-costs too; a bad amount is still named', () => {
    const settled = out(['settle', '--year', '2026', '--amount', '12 000 000,00', '--json']);
    expect(JSON.parse(settled.stdout).sum).toBe('12000000.00');
    const withdrawn = out([
      'withdraw',
      '--party',
      '5038',
      '--notice-date',
      '2025-07-01',
      '--extra-costs',
      '25 000',
      '--json',
    ]);
    expect(withdrawn.code).toBe(0);
    const bad = out(['split', '--amount', '1.000.000,50']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('1.000.000,50');
  });
});
