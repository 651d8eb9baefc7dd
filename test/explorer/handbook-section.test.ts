import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { handbook } from '../../src/docs/handbook/index.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';

const options = { testTitles: [], year: 2026, date: '2026-01-01', version: '0.1.0' };
const SCRIPT = 'window.x = "</script><b>";';

describe('the handbook’s explorer section (Utforsk avtalen)', () => {
  const plain = handbook(helseplattformen, options);
  const live = handbook(helseplattformen, { ...options, explorerScript: SCRIPT });

  it('without the script, the handbook is as before: no section, no script', () => {
    expect(plain.html).not.toContain('ks-utforsk');
    expect(plain.html).not.toContain('<script');
    expect(plain.markdown).not.toContain('Utforsk avtalen');
  });

  it('with it: a section in the contents, the agreement as JSON that reads back to the same agreement, the date the forms start from', () => {
    expect(live.html).toContain('<a href="#utforsk">Utforsk avtalen</a>');
    const json =
      /<script type="application\/json" id="ks-avtale" data-date="2026-01-01">(.*?)<\/script>/s.exec(
        live.html,
      );
    expect(parseAgreement(JSON.parse(json?.[1] ?? ''))).toEqual(
      parseAgreement(JSON.parse(JSON.stringify(helseplattformen))),
    );
    expect(json?.[1]).not.toContain('<');
  });

  it('the script inline, where «</script» cannot end it early', () => {
    expect(live.html).toContain('<script>window.x = "<\\/script><b>";</script>');
  });

  it('the Markdown says where to find it and carries no script', () => {
    expect(live.markdown).toContain('Utforsk avtalen');
    expect(live.markdown).not.toContain('<script');
    expect(live.markdown).not.toContain('ks-utforsk');
  });

  it('printing leaves out the forms, and the section unless the reader computed something', () => {
    expect(live.html).toMatch(/@media print\{\.ks-form,[^}]*\{display:none\}/);
    expect(live.html).toContain('body:not(:has(.ks-has-results))');
  });

  it('everything else on the page is as without it', () => {
    const strip = (html: string) =>
      html
        .replace(/<h2 id="utforsk">[\s\S]*?<\/script>\n<script>[\s\S]*?<\/script>\n?/, '')
        .replace(/<li><a href="#utforsk">Utforsk avtalen<\/a><\/li>/, '')
        .replace(/\.ks-explorer[\s\S]*?\.ks-part\{border:none;padding:0\}\}\n/, '');
    expect(strip(live.html)).toBe(plain.html);
  });
});
