import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytes, type PackResult, packageSizeReport } from '../../scripts/package-size.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  license: string;
  files: string[];
  scripts: Record<string, string>;
  repository: { type: string; url: string };
  bugs: { url: string };
  homepage: string;
};

describe('what the package says about itself', () => {
  it('npm pack builds first (prepack), so a clean checkout packs dist/', () => {
    expect(pkg.scripts['prepack']).toBe('npm run build --silent -- --silent');
    expect(pkg.scripts['build']).toContain('tsup');
  });

  it('ships its LICENSE (MIT, with the copyright holder) and CHANGELOG', () => {
    expect(pkg.files).toEqual(['dist', 'schema', 'README.md', 'LICENSE', 'CHANGELOG.md']);
    expect(pkg.license).toBe('MIT');
    const license = read('LICENSE');
    expect(license.split('\n').slice(0, 3)).toEqual([
      'MIT License',
      '',
      'Copyright (c) 2026 kommunesamarbeid contributors',
    ]);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('names where it lives: repository, bugs and homepage', () => {
    expect([pkg.repository, pkg.bugs, pkg.homepage]).toEqual([
      { type: 'git', url: 'git+https://github.com/kommunesamarbeid/kommunesamarbeid.git' },
      { url: 'https://github.com/kommunesamarbeid/kommunesamarbeid/issues' },
      'https://github.com/kommunesamarbeid/kommunesamarbeid#readme',
    ]);
  });

  it('the CHANGELOG keeps an Unreleased section and a heading for the version in package.json', () => {
    const changelog = read('CHANGELOG.md');
    const headings = changelog.split('\n').filter((line) => line.startsWith('## '));
    expect(headings[0]).toBe('## [Unreleased]');
    const version = headings.find((h) => h.startsWith(`## [${pkg.version}] - `));
    expect(version).toMatch(/^## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$/);
    // Keep a Changelog: every version heading links to its changes.
    for (const heading of headings) {
      const name = /^## \[([^\]]+)\]/.exec(heading)?.[1];
      expect(changelog, heading).toContain(
        `\n[${name}]: https://github.com/kommunesamarbeid/kommunesamarbeid/`,
      );
    }
    expect(changelog).toContain('How to add an entry');
  });
});

describe('docs/package-size.md, from npm pack --json', () => {
  const pack: PackResult = {
    name: 'kommunesamarbeid',
    version: '9.8.7',
    size: 862_073,
    unpackedSize: 3_614_642,
    entryCount: 7,
    files: [
      { path: 'dist/module/index.js', size: 1000 },
      { path: 'dist/module/words/format.js', size: 234 },
      { path: 'dist/index.d.ts', size: 500 },
      { path: 'dist/index.d.cts', size: 500 },
      { path: 'dist/cli.js', size: 64_000 },
      { path: 'dist/index.cjs', size: 2000 },
      { path: 'LICENSE', size: 1077 },
    ],
  };

  it('bytes: grouped digits and kB of 1000 bytes, one decimal', () => {
    expect([bytes(0), bytes(999), bytes(862_073), bytes(3_614_642), bytes(1_000_000)]).toEqual([
      '0 bytes (0.0 kB)',
      '999 bytes (1.0 kB)',
      '862 073 bytes (862.1 kB)',
      '3 614 642 bytes (3614.6 kB)',
      '1 000 000 bytes (1000.0 kB)',
    ]);
  });

  it('states packed, unpacked and files, and sums the files by kind (hand-added)', () => {
    const report = packageSizeReport(pack);
    expect(report.startsWith('# Package size\n')).toBe(true);
    expect(report).toContain('The tarball of `kommunesamarbeid@9.8.7`');
    expect(report).toContain('| packed (the .tgz) | 862 073 bytes (862.1 kB) |');
    expect(report).toContain('| unpacked | 3 614 642 bytes (3614.6 kB) |');
    expect(report).toContain('| files | 7 |');
    const rows = report.split('\n').filter((l) => /^\| .+ \| \d+ \| /.test(l));
    expect(rows).toEqual([
      '| `dist/module/`: per-module ESM for bundlers | 2 | 1 234 bytes (1.2 kB) |',
      '| `dist/*.d.ts`, `dist/*.d.cts`: declarations | 2 | 1 000 bytes (1.0 kB) |',
      '| `dist/cli.js`: the command line | 1 | 64 000 bytes (64.0 kB) |',
      '| `dist/*.js`, `dist/*.cjs`: one bundle per entry for Node | 1 | 2 000 bytes (2.0 kB) |',
      '| README, LICENSE, CHANGELOG, package.json | 1 | 1 077 bytes (1.1 kB) |',
    ]);
    expect(report).toContain('No source maps are shipped');
    const withMap = packageSizeReport({
      ...pack,
      files: [...pack.files, { path: 'dist/index.js.map', size: 10 }],
    });
    expect(withMap).toContain('1 source maps are shipped.');
    expect(withMap).toContain('| source maps (`*.map`) | 1 | 10 bytes (0.0 kB) |');
  });

  it('the committed report is of a tarball without source maps, with its LICENSE and CHANGELOG', () => {
    const report = read('docs/package-size.md');
    expect(report).toContain('No source maps are shipped');
    expect(report).toMatch(/\| packed \(the \.tgz\) \| [\d ]+ bytes/);
    expect(report).toContain('README, LICENSE, CHANGELOG, package.json | 4 |');
  });
});
