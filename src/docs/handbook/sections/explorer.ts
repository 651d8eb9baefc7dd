import type { Agreement } from '../../../model/agreement.js';
import type { Block } from '../../blocks.js';
import type { HandbookContext } from '../context.js';
import { writer } from '../words.js';

/**
 * The explorer's look: the handbook's calm style, fields in a column that
 * wraps, tables that scroll sideways on a phone, focus always visible, and
 * in print the forms hidden (the results the reader computed print; without
 * any, the section is left out of the printed handbook).
 */
const EXPLORER_STYLE = `.ks-explorer{margin:1rem 0}.ks-part{border:1px solid #bbb;border-radius:6px;padding:.6rem 1rem 1rem;margin:1rem 0}.ks-part h3{margin-top:.4rem}
.ks-form{display:flex;flex-wrap:wrap;gap:.6rem 1rem;align-items:flex-end}.ks-field{display:flex;flex-direction:column;gap:.15rem;min-width:12rem;max-width:100%}.ks-field small{color:#444}
.ks-form input,.ks-form select,.ks-form textarea,.ks-form button{font:inherit;padding:.35rem .5rem;border:1px solid #666;border-radius:4px;max-width:100%;min-height:2.5rem}.ks-form select{max-width:min(40rem,100%)}
.ks-form button{background:#0b4f8a;color:#fff;border-color:#0b4f8a;cursor:pointer}.ks-form button:hover{background:#083b68}
.ks-explorer :focus-visible{outline:3px solid #b35900;outline-offset:2px}
.ks-seats,.ks-readings,.ks-conditions,.ks-wide{flex-basis:100%;min-width:0}.ks-wide[hidden]{display:none}.ks-explorer td.r{white-space:nowrap}.ks-seat-table select{min-height:2.2rem}.ks-scroll{overflow-x:auto;max-width:100%}
.ks-outcome{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}.ks-outcome dt{font-weight:600}.ks-outcome dd{margin:0}
.ks-problems{border-left:4px solid #a4262c;padding:.2rem .8rem;background:#fdf3f3}.ks-chart svg{max-width:100%;height:auto}.ks-chart rect{fill:#0b4f8a}.ks-chart text{font-size:12px;fill:#1a1a1a}
.ks-drop{flex-basis:100%;border:2px dashed #888;border-radius:6px;padding:1rem;text-align:center;color:#333}.ks-drop.ks-over{border-color:#0b4f8a;background:#eef4fa}
.ks-current,.ks-status,.ks-echo{font-weight:600}.ks-marked{font-size:.9rem}
@media (max-width:40rem){.ks-field{min-width:100%}.ks-form button{width:100%}.ks-chart svg{min-width:36rem}}
@media print{.ks-form,.ks-drop,#ks-last-inn,.ks-download,.ks-status,.ks-part:has(.ks-out:empty),.ks-part:has(.ks-untouched){display:none}body:not(:has(.ks-has-results)) :is(#utforsk,#utforsk+p,.ks-explorer){display:none}.ks-part{border:none;padding:0}}`;

/** Text for a `<script>` element: `</script` cannot end it early. */
const scriptText = (text: string) => text.replace(/<\/(script)/gi, '<\\/$1');

/**
 * Utforsk avtalen: the page's explorer (HTML only), with the agreement the
 * page describes embedded as JSON and the browser script inlined, so that the
 * one file works offline from file:// and by e-mail. Only with the option
 * `explorerScript`.
 */
export function explorerSection(agreement: Agreement, ctx: HandbookContext): Block[] {
  const script = ctx.options.explorerScript;
  if (script === undefined) return [];
  const blocks: Block[] = [];
  const { h, p } = writer(blocks);
  h(2, 'Utforsk avtalen', 'utforsk');
  p(
    'I HTML-utgaven av håndboken kan du her fordele en kostnad, holde et møte i et organ, la en kommune tre ut eller en ny kommune tre inn, og laste inn en egen avtalefil. Alt regnes i nettleseren av det samme biblioteket som laget håndboken, uten nett; ingenting sendes noe sted.',
  );
  const data = JSON.stringify(agreement).replace(/</g, '\\u003c');
  blocks.push({
    kind: 'html',
    style: EXPLORER_STYLE,
    html: `<div id="ks-utforsk"><noscript><p>Skjemaene krever JavaScript; resten av håndboken leses uten.</p></noscript></div>
<script type="application/json" id="ks-avtale" data-date="${ctx.date}">${data}</script>
<script>${scriptText(script)}</script>`,
  });
  return blocks;
}
