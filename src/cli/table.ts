/** Plain-text tables for the terminal: left-aligned text, right-aligned numbers. */

export interface Column {
  readonly header: string;
  readonly align: 'left' | 'right';
}

/** Renders rows under headers, columns separated by two spaces, no trailing spaces. */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  footer?: readonly string[],
): string {
  const all = footer === undefined ? rows : [...rows, footer];
  const widths = columns.map((column, i) =>
    Math.max(column.header.length, ...all.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? '';
        const width = widths[i] ?? 0;
        return column.align === 'left' ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  const out = [line(columns.map((c) => c.header)), ...rows.map(line)];
  if (footer !== undefined) {
    out.push(widths.map((w) => '-'.repeat(w)).join('  '), line(footer));
  }
  return out.join('\n');
}
