/**
 * "LEGAL.md §1.5", "LEGAL.md §6", or "LEGAL.md" alone, as the data and the
 * engine cite the project's legal notes, which do not ship with a handbook.
 */
export const LEGAL_CITATION = /LEGAL\.md(?:\s*§\s?(\d+(?:\.\d+)?))?/g;

/**
 * Text for a reader of the handbook, who cannot open the legal notes: each
 * citation of them named as the handbook's own legal basis («kildegrunnlag
 * 1.5», the section the handbook quotes), "LEGAL.md" without a section as an
 * internal note, and "UNVERIFIED" in bokmål.
 */
export const forHandbookReaders = (text: string): string =>
  text
    .replace(LEGAL_CITATION, (_match, section: string | undefined) =>
      section === undefined ? 'et internt notat' : `kildegrunnlag ${section}`,
    )
    .replaceAll('UNVERIFIED', 'ikke verifisert');
