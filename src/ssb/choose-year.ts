import { formatPath, type InputProblem } from '../model/errors.js';
import type { Decoded } from './schema.js';

/** The one year to read: `options.year`, or the only year in the answer. */
export function chooseYear(
  time: string,
  { codes }: Decoded,
  options: { readonly year?: string },
  problems: InputProblem[],
): { code: string; position: number } | undefined {
  const segments = ['dimension', time, 'category', 'index'];
  const path = formatPath(segments);
  let position: number;
  if (options.year !== undefined) {
    position = codes.indexOf(options.year);
    if (position < 0) {
      problems.push({
        path: 'options.year',
        code: 'unknown_year',
        message: `is ${options.year}, which the answer does not have; it has ${codes.join(', ') || 'no year'}`,
      });
      return undefined;
    }
  } else if (codes.length !== 1) {
    problems.push({
      path,
      code: codes.length === 0 ? 'no_year' : 'several_years',
      message:
        codes.length === 0
          ? 'has no year'
          : `has ${codes.length} years (${codes.join(', ')}): choose one with options.year`,
    });
    return undefined;
  } else position = 0;
  const code = codes[position] as string;
  if (!/^\d{4}$/.test(code)) {
    problems.push({
      path: formatPath([...segments, position]),
      code: 'invalid_year',
      message: `is ${JSON.stringify(code)}, not a year YYYY`,
    });
    return undefined;
  }
  return { code, position };
}
