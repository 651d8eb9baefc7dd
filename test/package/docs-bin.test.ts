import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAgreement } from '../../src/model/parse-agreement.js';

/** The built bin (`npm test` builds first), with the explorer's script beside it in dist/. */
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const script = readFileSync(new URL('../../dist/explorer.global.js', import.meta.url), 'utf8');
const example = fileURLToPath(new URL('../../examples/iks-eierandeler.json', import.meta.url));

describe('docs from the built bin: each HTML handbook carries its explorer', () => {
  it('an agreement file of one’s own: its JSON and the script inlined in the HTML, not in the Markdown or the index', () => {
    const out = mkdtempSync(join(tmpdir(), 'ks-docs-'));
    try {
      const result = spawnSync(process.execPath, [
        cli,
        'docs',
        '--agreement',
        example,
        '--out',
        out,
      ]);
      expect(result.status).toBe(0);
      const html = readFileSync(join(out, 'eksempel-iks.html'), 'utf8');
      const json =
        /<script type="application\/json" id="ks-avtale" data-date="2026-01-01">(.*?)<\/script>/s.exec(
          html,
        )?.[1];
      // The file as the library reads it ($schema and $comment dropped), and nothing else.
      const parsed = parseAgreement(JSON.parse(readFileSync(example, 'utf8')));
      expect(JSON.parse(json ?? 'null')).toEqual(JSON.parse(JSON.stringify(parsed)));
      // The script as built, `</script` the only change (there is none in it).
      expect(html).toContain(`<script>${script.replace(/<\/(script)/gi, '<\\/$1')}</script>`);
      expect(readFileSync(join(out, 'eksempel-iks.md'), 'utf8')).not.toContain('<script');
      expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('<script');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
