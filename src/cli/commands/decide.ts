import { type DecideOptions, type Decision, decide } from '../../governance/decide/index.js';
import { formatDateNb } from '../../internal/format-nb.js';
import type { Agreement } from '../../model/agreement.js';
import { parseMeeting } from '../../model/meeting.js';
import { parseRegions } from '../../model/parse-regions.js';
import { describeRule, type Lang } from '../../words/explain.js';
import { type CliIo, UsageError } from '../io.js';
import { readJson } from '../load-agreement.js';
import { reasonsJson, reasonsText, toJson } from '../output.js';
import { parseReadings } from '../readings.js';

/** `kommunesamarbeid decide --organ O --matter M --meeting FILE`: a decision with its reasons. */
export function decideCommand(
  agreement: Agreement,
  options: {
    readonly organ?: string | undefined;
    readonly matter?: string | undefined;
    readonly meeting?: string | undefined;
    readonly regions?: string | undefined;
    readonly reading?: readonly string[] | undefined;
    readonly json: boolean;
  },
  io: CliIo,
  lang: Lang = 'nb',
): string {
  const missing = (['organ', 'matter', 'meeting'] as const).filter(
    (name) => options[name] === undefined,
  );
  if (missing.length > 0) {
    const names = missing.map((name) => `--${name}`).join(', ');
    throw new UsageError(`decide needs ${names}`, {
      code: 'missing_option',
      nb: `decide trenger ${names}`,
    });
  }
  // Usage errors first, before any file is read.
  const readings = options.reading === undefined ? undefined : parseReadings(options.reading);
  const decideOptions: DecideOptions = {
    organ: options.organ as string,
    matter: options.matter as string,
    meeting: parseMeeting(readJson(options.meeting as string, io)),
    ...(options.regions === undefined
      ? {}
      : { regions: parseRegions(readJson(options.regions, io)) }),
    ...(readings === undefined ? {} : { readings }),
  };
  const decision = decide(agreement, decideOptions);
  if (options.json) {
    return toJson({
      ...decision,
      reasons: reasonsJson(decision.reasons, lang),
      alternatives: decision.alternatives.map((a) => ({
        ...a,
        reasons: reasonsJson(a.reasons, lang),
      })),
    });
  }

  const organ = agreement.organs?.find((o) => o.id === decision.organ);
  const matter = organ?.matters.find((m) => m.id === decision.matter);
  const yes = (value: boolean) => (value ? 'ja' : 'nei');
  const t = decision.tally;
  const lines = [
    agreement.title,
    `${organ?.name ?? decision.organ}: ${matter?.name ?? decision.matter}`,
    `Møte ${formatDateNb(decision.date)}, møteleder ${decision.presiding}`,
    '',
    `Vedtaksfør:  ${yes(decision.quorate)} (${t.present} av ${t.seats} til stede)`,
    `Vedtatt:     ${yes(decision.adopted)}`,
    `Regel:       ${describeRule(decision.rule, lang)} (${decision.rule.clause})`,
    `Stemmer:     for ${t.for}, mot ${t.against}, avstår ${t.abstain}, fraværende ${t.absent}`,
    ...(t.weight === undefined
      ? []
      : [
          `Vekt:        for ${t.weight.for}, mot ${t.weight.against}, avstår ${t.weight.abstain}, fraværende ${t.weight.absent}, av ${t.weight.total} (${
            t.weight.by === 'ownership'
              ? 'etter eierandel'
              : t.weight.by === 'population'
                ? 'etter folketall'
                : 'slik avtalen oppgir'
          })`,
        ]),
    `Dobbeltstemme brukt: ${yes(decision.tieBrokenByChair)}${decision.decidedByChair ? '; leder besluttet' : ''}`,
    ...(decision.drawLots ? ['Loddtrekning: stemmelikhet avgjøres ved loddtrekning'] : []),
    ...(decision.councilsMustAdopt === null
      ? []
      : [
          `Kommunestyrene: et vedtak her må også vedtas av ${
            decision.councilsMustAdopt.councils === 1
              ? 'kommunestyret'
              : `alle de ${decision.councilsMustAdopt.councils} kommunestyrene`
          } (${decision.councilsMustAdopt.clause})`,
        ]),
    ...readingLines(decision),
    '',
    reasonsText(decision.reasons, lang),
  ];
  return `${lines.join('\n')}\n`;
}

/** The readings applied and the outcome under each other reading, one line each. */
function readingLines(decision: Decision): string[] {
  const applied = Object.entries(decision.readings);
  if (applied.length === 0) return [];
  const outcome = (adopted: boolean, drawLots: boolean) =>
    drawLots ? 'loddtrekning' : adopted ? 'vedtatt' : 'ikke vedtatt';
  return [
    `Tolkninger:  ${applied.map(([note, reading]) => `${note} = ${reading}`).join(', ')}`,
    ...(decision.alternatives.length === 0 ? [] : ['Utfall under de andre tolkningene:']),
    ...decision.alternatives.map((a) => {
      const result = a.valid
        ? `${outcome(a.adopted, a.drawLots)} (${a.differs ? 'annet utfall' : 'samme utfall'})`
        : `møtet passer ikke til organet under denne tolkningen (${a.problems
            .map((p) => `${p.path}: ${p.code}`)
            .join('; ')})`;
      return `  ${a.note} = ${a.reading}: ${result}`;
    }),
  ];
}
