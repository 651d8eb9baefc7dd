/**
 * A small document model for the handbook, rendered both to Markdown and to
 * HTML from the same blocks, so the two can never say different things.
 * Internal.
 */
export type Inline =
  | string
  | { readonly link: string; readonly text: string }
  | { readonly code: string }
  /** Text that links point to: `<span id>` in HTML, `<a id>` before it in Markdown. */
  | { readonly anchor: string; readonly text: string };

/** A table cell: one inline, or several in a row ("§5, §6" as two links). */
export type Cell = Inline | readonly Inline[];

export type Block =
  | {
      readonly kind: 'heading';
      readonly level: 1 | 2 | 3;
      readonly text: string;
      readonly id: string;
    }
  | { readonly kind: 'paragraph'; readonly parts: readonly Inline[] }
  | { readonly kind: 'quote'; readonly text: string }
  | {
      readonly kind: 'list';
      readonly items: readonly (readonly Inline[])[];
      /** The anchor of the list, for links to it. */
      readonly id?: string;
      /** The language of the items when it is not bokmål (test titles are in English: `en`). */
      readonly lang?: string;
    }
  | {
      readonly kind: 'table';
      readonly head: readonly string[];
      readonly rows: readonly (readonly Cell[])[];
      readonly right?: readonly number[];
    }
  /** HTML as it is, for the HTML page only (the explorer): the Markdown has nothing of it. */
  | { readonly kind: 'html'; readonly html: string; readonly style?: string };

/** One line: a line break in a name or a title must not end a table row, a list item or a heading. */
const oneLine = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');

/**
 * Text as Markdown that shows the characters as they are: Markdown's own
 * characters escaped (`|` would end a table cell, `<` open raw HTML, `#` a
 * heading), an entity such as `&amp;` kept as text, line breaks made spaces.
 */
const textMd = (text: string) =>
  oneLine(text)
    .replace(/([\\`*_[\]|<>#])/g, '\\$1')
    .replace(/&(?=#?\w+;)/g, '\\&');

const codeMd = (code: string) => {
  const text = oneLine(code);
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${fence === '``' ? ` ${text} ` : text}${fence}`;
};

const percent = (char: string) =>
  `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

const inlineMd = (part: Inline): string =>
  typeof part === 'string'
    ? textMd(part)
    : 'link' in part
      ? `[${textMd(part.text)}](${part.link.replace(/[\s()<>]/g, percent)})`
      : 'anchor' in part
        ? `<a id="${escapeHtml(part.anchor)}"></a>${textMd(part.text)}`
        : codeMd(part.code);

const cellParts = (cell: Cell): readonly Inline[] =>
  typeof cell === 'string' || !Array.isArray(cell) ? [cell as Inline] : cell;

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const inlineHtml = (part: Inline): string =>
  typeof part === 'string'
    ? escapeHtml(part)
    : 'link' in part
      ? `<a href="${escapeHtml(part.link)}">${escapeHtml(part.text)}</a>`
      : 'anchor' in part
        ? `<span id="${escapeHtml(part.anchor)}">${escapeHtml(part.text)}</span>`
        : `<code>${escapeHtml(part.code)}</code>`;

/** Blocks as Markdown. */
export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'html':
        break;
      case 'heading':
        out.push(`<a id="${escapeHtml(b.id)}"></a>\n\n${'#'.repeat(b.level)} ${textMd(b.text)}`);
        break;
      case 'paragraph':
        out.push(b.parts.map(inlineMd).join(''));
        break;
      case 'quote':
        out.push(
          b.text
            .split('\n')
            .map((line) => (line === '' ? '>' : `> ${inlineMd(line)}`))
            .join('\n'),
        );
        break;
      case 'list':
        out.push(
          `${b.id === undefined ? '' : `<a id="${escapeHtml(b.id)}"></a>\n\n`}${b.items.map((item) => `- ${item.map(inlineMd).join('')}`).join('\n')}`,
        );
        break;
      case 'table': {
        const align = b.head.map((_, i) => (b.right?.includes(i) ? '--:' : '---'));
        out.push(
          [
            `| ${b.head.map(inlineMd).join(' | ')} |`,
            `| ${align.join(' | ')} |`,
            ...b.rows.map(
              (row) =>
                `| ${row.map((cell) => cellParts(cell).map(inlineMd).join('')).join(' | ')} |`,
            ),
          ].join('\n'),
        );
        break;
      }
    }
  }
  return `${out.join('\n\n')}\n`;
}

/** The page on screen: calm type, tables with tabular figures, the agreement's text tinted. */
export const SCREEN_STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1a1a1a}
h1{font-size:1.7rem}h2{margin-top:2.2rem;border-bottom:1px solid #ccc}h3{margin-top:1.6rem}
table{border-collapse:collapse;margin:1rem 0;font-size:.92rem}th,td{border:1px solid #bbb;padding:.25rem .5rem;vertical-align:top}
td.r,th.r{text-align:right;font-variant-numeric:tabular-nums}blockquote{margin:.8rem 0;padding:.4rem 1rem;background:#f6f6f2;border-left:4px solid #a9a38b;white-space:pre-wrap}
code{font-size:.9em;overflow-wrap:anywhere}a{color:#0b4f8a}`;

/**
 * Printing: A4 with page numbers ("Side 3 av 37") and the running footer in
 * the bottom margin; a heading is never left alone at the foot of a page
 * (break-after: avoid), and no section is forced onto a new page.
 */
const printStyle = (
  footer: string,
) => `@page{size:A4;margin:16mm 15mm 22mm 15mm;@bottom-left{content:${cssString(footer)};width:150mm;font:7pt system-ui,sans-serif;color:#444;white-space:pre-wrap;vertical-align:top;padding-top:3mm}@bottom-right{content:"Side " counter(page) " av " counter(pages);width:28mm;font:8pt system-ui,sans-serif;color:#444;white-space:nowrap;text-align:right;vertical-align:top;padding-top:3mm}}
@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}h1,h2,h3{break-after:avoid;break-inside:avoid}h2{margin-top:1.4rem}a{color:inherit;text-decoration:none}blockquote,tr,li{break-inside:avoid}thead{display:table-header-group}p{orphans:3;widows:3}}`;

/** Text as a CSS string: quotes, backslashes and `<` escaped, a line break as `\A`. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>]|\r?\n/g, (c) => (c === '\n' || c === '\r\n' ? '\\A ' : `\\${c.charCodeAt(0).toString(16)} `))}"`;
}

/**
 * Blocks as a standalone HTML page that prints well to PDF; `footer` is the
 * running footer of every printed page (the source, version, date and
 * fingerprint of the handbook).
 */
export function toHtml(blocks: readonly Block[], title: string, footer = ''): string {
  const body = blocks.map(blockHtml);
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${SCREEN_STYLE}
${blocks.map((b) => (b.kind === 'html' && b.style !== undefined ? `${b.style}\n` : '')).join('')}${printStyle(footer)}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'html':
      return b.html;
    case 'heading':
      return `<h${b.level} id="${escapeHtml(b.id)}">${escapeHtml(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${b.parts.map(inlineHtml).join('')}</p>`;
    case 'quote':
      return `<blockquote>${escapeHtml(b.text)}</blockquote>`;
    case 'list':
      return `<ul${b.id === undefined ? '' : ` id="${escapeHtml(b.id)}"`}${b.lang === undefined ? '' : ` lang="${escapeHtml(b.lang)}"`}>${b.items.map((item) => `<li>${item.map(inlineHtml).join('')}</li>`).join('')}</ul>`;
    case 'table': {
      const cls = (i: number) => (b.right?.includes(i) ? ' class="r"' : '');
      return `<table><thead><tr>${b.head.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map(
          (row) =>
            `<tr>${row.map((cell, i) => `<td${cls(i)}>${cellParts(cell).map(inlineHtml).join('')}</td>`).join('')}</tr>`,
        )
        .join('')}</tbody></table>`;
    }
  }
}

/** Every text of the blocks (headings, quotes, paragraphs, list items, table cells, link texts and code), in order. */
export function textsOf(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  const inline = (part: Cell): void => {
    if (typeof part === 'string') out.push(part);
    else if ('code' in part) out.push(part.code);
    else if ('text' in part) out.push(part.text);
    else for (const p of part) inline(p);
  };
  for (const b of blocks) {
    if (b.kind === 'heading' || b.kind === 'quote') out.push(b.text);
    else if (b.kind === 'paragraph') b.parts.forEach(inline);
    else if (b.kind === 'list') for (const item of b.items) item.forEach(inline);
    else if (b.kind === 'table') for (const row of b.rows) row.forEach(inline);
  }
  return out;
}
