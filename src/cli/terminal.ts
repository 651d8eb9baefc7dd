/**
 * Escape sequences a terminal acts on: CSI (`ESC [` … final byte, also as
 * the one byte U+009B), the string commands OSC, DCS, SOS, PM and APC
 * (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` … up to BEL or `ESC \`), and
 * every other `ESC` + one character.
 */
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose.
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[\u0020-\u007e]?/g;

/** Control characters (C0 but newline and tab, DEL, C1). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Text safe to print on a terminal: escape sequences and control characters
 * (C0 except newline and tab, DEL and C1) removed, since titles and names
 * come from files and could otherwise move the cursor, recolour the screen
 * or set the window title.
 *
 * @example
 * forTerminal('Avtale\u001b[2J\u0007 om IT\n'); //=> 'Avtale om IT\n'
 */
export function forTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/**
 * JSON text with DEL and the C1 control characters written as `\u` escapes,
 * which `JSON.stringify` leaves raw (it escapes only C0): the same JSON value,
 * and nothing for {@link forTerminal} to remove.
 *
 * @example
 * escapeControlInJson('"a\u009bb"'); //=> '"a\\u009bb"'
 */
export function escapeControlInJson(json: string): string {
  return json.replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
