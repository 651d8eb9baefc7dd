import type { Lang } from '../words/explain.js';

/**
 * The command line's own words around a result or an error, in bokmål and
 * English (`--lang`). The engine's input messages stay as the engine gives
 * them (English, with a path); these frame them.
 */
export const MESSAGES = {
  nb: {
    usageTitle: 'feil bruk',
    seeHelp: (command: string | undefined) =>
      `Kjør «kommunesamarbeid ${command === undefined ? '' : `${command} `}--help» for hjelp.`,
    internal: 'intern feil; meld den gjerne fra',
    noCommand: 'ingen kommando er gitt',
    unknownCommand: (command: string, commands: string) =>
      `ukjent kommando «${command}»; kommandoene er ${commands}`,
    unknownOption: (option: string) => `ukjent valg ${option}`,
    notTaken: (command: string, option: string) => `${command} tar ikke ${option}`,
    didYouMean: (option: string) => `mente du ${option}?`,
    missingValue: (option: string, next?: string) =>
      next === undefined
        ? `${option} mangler en verdi`
        : `${option} mangler en verdi («${next}» ser ut som et valg; skriv ${option}=${next} om det er verdien)`,
    noValue: (option: string) => `${option} tar ingen verdi`,
    twice: (option: string) => `${option} er gitt to ganger`,
    unexpected: (argument: string) => `uventet argument «${argument}»`,
    invalidFile: 'ugyldig avtalefil',
    problems: (n: number) => `${n} feil`,
    wholeInput: '(inndata)',
    validFile: (n: number) => `gyldig avtalefil. ${n} funn.`,
    severity: { error: 'FEIL', warning: 'ADVARSEL', info: 'INFO' },
  },
  en: {
    usageTitle: 'bad usage',
    seeHelp: (command: string | undefined) =>
      `Run "kommunesamarbeid ${command === undefined ? '' : `${command} `}--help" for usage.`,
    internal: 'internal error, please report it',
    noCommand: 'no command given',
    unknownCommand: (command: string, commands: string) =>
      `unknown command "${command}"; commands: ${commands}`,
    unknownOption: (option: string) => `unknown option ${option}`,
    notTaken: (command: string, option: string) => `${command} does not take ${option}`,
    didYouMean: (option: string) => `did you mean ${option}?`,
    missingValue: (option: string, next?: string) =>
      next === undefined
        ? `${option} needs a value`
        : `${option} needs a value ("${next}" looks like an option; write ${option}=${next} if it is the value)`,
    noValue: (option: string) => `${option} takes no value`,
    twice: (option: string) => `${option} is given twice`,
    unexpected: (argument: string) => `unexpected argument "${argument}"`,
    invalidFile: 'invalid agreement file',
    problems: (n: number) => (n === 1 ? '1 problem' : `${n} problems`),
    wholeInput: '(input)',
    validFile: (n: number) => `valid agreement file. ${n} ${n === 1 ? 'finding' : 'findings'}.`,
    severity: { error: 'ERROR', warning: 'WARNING', info: 'INFO' },
  },
} as const satisfies Record<Lang, unknown>;

/**
 * The Levenshtein distance between two strings (insertions, deletions and
 * substitutions, each 1), for "did you mean".
 *
 * @example
 * editDistance('ammount', 'amount'); //=> 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The nearest of `candidates` within an edit distance of 2 (the first of the nearest), or `undefined`. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
