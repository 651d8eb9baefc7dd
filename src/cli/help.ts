import { LEGAL_FORMS } from '../model/legal-form.js';
import type { Lang } from '../words/explain.js';
import { LIMIT_TEXT } from './load-agreement.js';
import { hangingLine } from './table.js';

/**
 * The help of the command line, in bokmål and English: the whole (`--help`,
 * `help`) and each command's own (`<command> --help`, `help <command>`).
 * A command's options are those run.ts allows it; their words are here,
 * with a command's own words for an option where it means more there.
 */

type Words = Readonly<Record<Lang, string>>;

/** The help of one command. */
interface CommandHelp {
  /** The options after the command name, as the usage line shows them. */
  readonly usage: string;
  /** One line for the list of commands. */
  readonly summary: Words;
  /** What the command does, a paragraph. */
  readonly about: Words;
  /** What an option means for this command, where it means more than OPTION_WORDS says. */
  readonly options?: Readonly<Record<string, Words>>;
  /** What a file it reads must contain. */
  readonly files?: Words;
  /** Example command lines. */
  readonly examples: readonly string[];
  /** The exit codes, where they are not the usual three. */
  readonly exit?: Words;
}

/** Each option's argument, as help shows it. */
const ARGUMENTS: Readonly<Record<string, string>> = {
  agreement: '<id|file.json>',
  format: 'table|json|csv|csv-nb',
  lang: 'nb|en',
  date: 'D',
  amount: 'A',
  organ: 'O',
  matter: 'M',
  meeting: 'FILE',
  regions: 'FILE',
  reading: 'NOTE=READING',
  'service-area': 'S',
  party: 'N',
  'notice-date': 'D',
  'notice-received': 'D',
  'extra-costs': 'A',
  number: 'N',
  name: 'S',
  population: 'P',
  condition: 'ID',
  shares: 'FILE',
  year: 'Y',
  events: 'FILE',
  out: 'DIR',
  form: 'FORM',
  pool: 'P',
  quantities: 'FILE',
  invoice: 'FILE',
  results: 'FILE',
  'api-base': 'URL',
};

/** What each option means, in general. */
const OPTION_WORDS: Readonly<Record<string, Words>> = {
  agreement: {
    nb: 'en innebygd avtale (id) eller en avtalefil (schema/agreement.json); - er standard inn; standard helseplattformen',
    en: 'a built-in agreement (id) or an agreement file (schema/agreement.json); - is standard input; default helseplattformen',
  },
  format: {
    nb: 'table (standard), json, csv eller csv-nb; se «Formater» under',
    en: 'table (default), json, csv or csv-nb; see "Formats" below',
  },
  json: {
    nb: 'det samme som --format json',
    en: 'the same as --format json',
  },
  lang: {
    nb: 'språket i hjelp, feilmeldinger og begrunnelser: nb (bokmål, standard) eller en (engelsk); tabellene er på bokmål',
    en: 'the language of help, error messages and reasons: nb (bokmål, default) or en (English); tables stay in bokmål',
  },
  help: { nb: 'denne hjelpen', en: 'this help' },
  date: {
    nb: 'datoen, ÅÅÅÅ-MM-DD (standard: dagen avtalen begynner)',
    en: 'the date, YYYY-MM-DD (default: the day the agreement starts)',
  },
  amount: {
    nb: 'beløpet i kroner med høyst to desimaler: 1000000,50, 1 000 000,50 eller 1000000.50',
    en: 'the amount in NOK with at most two decimals: 1000000.50, 1000000,50 or 1 000 000,50',
  },
  reading: {
    nb: 'velg en tolkning der avtalen kan leses på flere måter (én gang per tolkningsnotat)',
    en: 'choose a reading where the agreement can be read more than one way (once per note)',
  },
  pool: {
    nb: 'nøkkelen til en kostnadspott (costPools i avtalen)',
    en: "the key of a cost pool (the agreement's costPools)",
  },
  quantities: {
    nb: 'målte mengder for en nøkkel med en målt del (se «Filer»)',
    en: 'measured quantities for a key with a measured part (see "Files")',
  },
  year: { nb: 'året, f.eks. 2026', en: 'the year, e.g. 2026' },
  out: { nb: 'filen det skrives til', en: 'the file to write' },
  force: {
    nb: 'skriv over en vanlig fil som finnes (aldri en lenke, mappe eller enhet)',
    en: 'overwrite a regular file that exists (never a link, directory or device)',
  },
};

const SERVICE_AREA: Words = {
  nb: 'et tjenesteområde med egen nøkkel (serviceAreas i avtalen)',
  en: "a service area with its own key (the agreement's serviceAreas)",
};

const QUANTITIES_FILE: Words = {
  nb: '--quantities: JSON med samme form som valget quantities til splitCost, eller CSV (filnavn på .csv) med overskriften measure,kommunenummer,value[,from,to], f.eks.\n  measure,kommunenummer,value\n  cases,5001,120\n  cases,5025,30',
  en: "--quantities: JSON of the shape of splitCost's quantities option, or CSV (a name ending in .csv) with the header measure,kommunenummer,value[,from,to], e.g.\n  measure,kommunenummer,value\n  cases,5001,120\n  cases,5025,30",
};

/** `--format` of a command that prints no table of parties to a spreadsheet. */
const TABLE_OR_JSON: Words = { nb: 'table (standard) eller json', en: 'table (default) or json' };

/**
 * The commands whose `--format` is `table` or `json` only (run.ts refuses
 * csv and csv-nb for them): their help has no «Formater» about CSV.
 */
export const WITHOUT_CSV: ReadonlySet<string> = new Set(['decide', 'verify', 'test']);

/** Each command's help, by command name (the keys of run.ts's COMMANDS). */
export const COMMAND_HELP: Readonly<Record<string, CommandHelp>> = {
  shares: {
    usage:
      'shares [--date D] [--pool P] [--quantities FILE] [--liability] [--reading NOTE=READING]...',
    summary: {
      nb: 'eierandeler eller kostnadsandeler per dato',
      en: 'ownership (eierandeler) or cost shares on a date',
    },
    about: {
      nb: 'Viser partenes eierandeler (eller kostnadsandeler) på datoen: innbyggere, andel avrundet halv opp, andel etter største rest (summerer alltid til 100,00 %) og andelen avtalen selv oppgir.',
      en: "Shows the parties' ownership (or cost) shares on the date: population, the share rounded half up, the share by largest remainder (always summing to 100.00 %) and the share the agreement itself states.",
    },
    options: {
      liability: {
        nb: 'ansvarsandelene i stedet: andelen av forpliktelsene hver part svarer for (IKS-loven § 3)',
        en: 'the liability shares instead: the share of the obligations each party answers for (IKS-loven § 3)',
      },
    },
    files: QUANTITIES_FILE,
    examples: [
      'kommunesamarbeid shares --date 2025-01-01',
      'kommunesamarbeid shares --format csv-nb > eierandeler.csv',
    ],
  },
  split: {
    usage:
      'split [--amount A] [--date D] [--service-area S] [--pool P] [--quantities FILE] [--reading NOTE=READING]...',
    summary: {
      nb: 'fordel et beløp mellom partene etter nøkkelen',
      en: 'split an amount among the parties by the key',
    },
    about: {
      nb: 'Fordeler beløpet mellom partene (eller et tjenesteområdes parter) etter kostnadsnøkkelen som gjelder på datoen, i hele øre som summerer nøyaktig til beløpet. En sats per innbygger gir beløpet selv (da uten --amount).',
      en: "Splits the amount among the parties (or a service area's) by the cost key in force on the date, in whole øre that sum exactly to the amount. A rate per inhabitant sets the amount itself (then no --amount).",
    },
    options: { 'service-area': SERVICE_AREA },
    files: QUANTITIES_FILE,
    examples: [
      'kommunesamarbeid split --amount "1 000 000,50"',
      'kommunesamarbeid split --amount 10000000 --format csv-nb > fordeling.csv',
    ],
  },
  decide: {
    usage:
      'decide --organ O --matter M --meeting FILE [--regions FILE] [--reading NOTE=READING]...',
    summary: {
      nb: 'avgjør en sak i et møte, med begrunnelse',
      en: 'decide a matter at a meeting, with reasons',
    },
    about: {
      nb: 'Avgjør saken i møtet etter avtalens regler: vedtaksført, vedtatt, regelen som gjaldt, stemmene og begrunnelsen, og utfallet under de andre tolkningene.',
      en: "Decides the matter at the meeting by the agreement's rules: quorate, adopted, the rule that applied, the votes and the reasons, and the outcome under the other readings.",
    },
    options: {
      organ: {
        nb: 'organet (id), f.eks. representantskap',
        en: 'the body (id), e.g. representantskap',
      },
      matter: { nb: 'saken (id), f.eks. budget', en: 'the matter (id), e.g. budget' },
      meeting: { nb: 'møtefilen (se «Filer»)', en: 'the meeting file (see "Files")' },
      format: TABLE_OR_JSON,
      regions: {
        nb: 'hvilken region hver kommune hører til, for regler som teller regioner (schema/regions.json)',
        en: 'the region of each municipality, for rules that count regions (schema/regions.json)',
      },
    },
    files: {
      nb: '--meeting: JSON etter schema/meeting.json: dato, møteleder, hvem som møter for hvert sete, og stemmene, f.eks.\n  { "date": "2025-03-12", "presiding": "5001",\n    "attendance": { "5001": "member", "1505": "deputy" },\n    "ballots": { "5001": "for", "1505": "against" } }',
      en: '--meeting: JSON by schema/meeting.json: the date, who presides, who attends each seat, and the votes, e.g.\n  { "date": "2025-03-12", "presiding": "5001",\n    "attendance": { "5001": "member", "1505": "deputy" },\n    "ballots": { "5001": "for", "1505": "against" } }',
    },
    examples: [
      'kommunesamarbeid decide --organ representantskap --matter budget --meeting møte.json',
    ],
  },
  withdraw: {
    usage: 'withdraw --party N --notice-date D [--notice-received D] [--extra-costs A]',
    summary: {
      nb: 'når en uttreden får virkning, og andelene etter den',
      en: 'when a withdrawal takes effect, and the shares after it',
    },
    about: {
      nb: 'Regner ut når en kommune som sier opp, går ut, siste dag den er med på å finansiere, og andelene til dem som blir igjen.',
      en: 'Works out when a municipality that gives notice leaves, the last day it helps finance, and the shares of those who remain.',
    },
    options: {
      party: {
        nb: 'kommunenummeret til den som går ut',
        en: 'the kommunenummer of the party leaving',
      },
      'notice-date': {
        nb: 'dagen oppsigelsen ble sendt',
        en: 'the day the notice was sent',
      },
      'notice-received': {
        nb: 'dagen oppsigelsen ble mottatt, for en avtale som regner fra mottak (da kan --notice-date sløyfes)',
        en: 'the day the notice was received, for an agreement that counts from receipt (then --notice-date may go)',
      },
      'extra-costs': {
        nb: 'ekstra kostnader den som går ut, skal dekke, i kroner',
        en: 'extra costs the leaving party must cover, in NOK',
      },
    },
    examples: [
      'kommunesamarbeid withdraw --party 3430 --notice-date 2025-03-01 --extra-costs "25 000"',
    ],
  },
  admit: {
    usage:
      'admit --number N --name S --population P [--date D] [--condition ID]... [--shares FILE]',
    summary: {
      nb: 'vilkårene for å ta opp en ny kommune, og andelene etter opptak',
      en: 'the conditions for admitting a municipality, and the shares after',
    },
    about: {
      nb: 'Viser om hvert opptaksvilkår er oppfylt, ikke oppfylt eller ukjent, hvordan opptaket vedtas, og andelene etter opptaket.',
      en: 'Shows whether each admission condition is met, not met or unknown, how the admission is decided, and the shares after it.',
    },
    options: {
      number: { nb: 'kommunenummeret', en: 'the kommunenummer' },
      name: { nb: 'kommunens navn', en: "the municipality's name" },
      population: { nb: 'innbyggertallet, et helt tall', en: 'the population, a whole number' },
      condition: {
        nb: 'et vilkår i avtalen som er oppfylt, ved id; et vilkår som ikke er gitt, er ukjent',
        en: 'a condition of the agreement that is met, by id; one not given is unknown',
      },
      shares: {
        nb: 'den nye andelstabellen organet vedtok (se «Filer»)',
        en: 'the new table of shares the body decided (see "Files")',
      },
    },
    files: {
      nb: '--shares: JSON, kommunenummer → andel i prosent eller som brøk, f.eks.\n  { "5001": "40.07", "1811": "0.26", "1505": "1/3" }',
      en: '--shares: JSON, kommunenummer → share in percent or as a fraction, e.g.\n  { "5001": "40.07", "1811": "0.26", "1505": "1/3" }',
    },
    examples: [
      'kommunesamarbeid admit --number 1811 --name Bindal --population 1400 --date 2026-07-01',
    ],
  },
  settle: {
    usage:
      'settle --year Y [--amount A] [--events FILE] [--pool P] [--quantities FILE] [--reading NOTE=READING]...',
    summary: {
      nb: 'årsoppgjøret etter dager med medlemskap',
      en: "the year's settlement by days of membership",
    },
    about: {
      nb: 'Fordeler årets kostnad etter hvor mange dager hver part var med (uttredener og opptak i --events), pluss ekstra kostnader. En sats per innbygger gir beløpet selv (da uten --amount).',
      en: "Splits the year's cost by the days each party was a member (withdrawals and admissions in --events), plus extra costs. A rate per inhabitant sets the amount itself (then no --amount).",
    },
    options: {
      amount: {
        nb: 'årets samlede kostnad i kroner (1000000,50, 1 000 000,50 eller 1000000.50)',
        en: "the year's whole cost in NOK (1000000.50, 1000000,50 or 1 000 000,50)",
      },
      events: {
        nb: 'uttredener og opptak i året (se «Filer»)',
        en: 'withdrawals and admissions in the year (see "Files")',
      },
    },
    files: {
      nb:
        '--events: JSON etter schema/events.json, en liste med uttredener og opptak, f.eks.\n  [ { "type": "withdrawal", "party": "5038", "noticeSentOn": "2025-03-15",\n      "extraCosts": "25000.00" },\n    { "type": "admission", "effectiveDate": "2026-07-01",\n      "party": { "number": "1811", "name": "Bindal", "population": 1400 } } ]\n' +
        QUANTITIES_FILE.nb,
      en:
        '--events: JSON by schema/events.json, a list of withdrawals and admissions, e.g.\n  [ { "type": "withdrawal", "party": "5038", "noticeSentOn": "2025-03-15",\n      "extraCosts": "25000.00" },\n    { "type": "admission", "effectiveDate": "2026-07-01",\n      "party": { "number": "1811", "name": "Bindal", "population": 1400 } } ]\n' +
        QUANTITIES_FILE.en,
    },
    examples: [
      'kommunesamarbeid settle --year 2026 --amount 12000000 --events hendelser.json',
      'kommunesamarbeid settle --year 2026 --amount 12000000 --format csv-nb > oppgjør.csv',
    ],
  },
  deadlines: {
    usage: 'deadlines --year Y [--party N]',
    summary: {
      nb: 'hva hver part og hvert organ må gjøre i et år',
      en: 'what each party and body must do in a year',
    },
    about: {
      nb: 'Fristene i året: når, hvem, hva og punktet i avtalen.',
      en: 'The deadlines of the year: when, who, what and the clause.',
    },
    options: {
      party: {
        nb: 'bare fristene for denne kommunen (kommunenummer)',
        en: 'only the deadlines of this municipality (kommunenummer)',
      },
    },
    examples: ['kommunesamarbeid deadlines --year 2026 --party 3430'],
  },
  verify: {
    usage:
      'verify --invoice FILE [--amount A] [--date D] [--service-area S] [--pool P] [--quantities FILE] [--reading NOTE=READING]...',
    summary: {
      nb: 'kontroller en faktura mot fordelingen avtalen gir',
      en: "check an invoice against the agreement's split",
    },
    about: {
      nb: 'Sammenligner hver fakturalinje med det kommunen skal betale etter fordelingsnøkkelen: forventet, fakturert og avvik, kommuner som mangler og linjer for kommuner som ikke er deltakere. Uten --amount fordeles fakturaens egen sum; en sats per innbygger gir beløpet selv.',
      en: "Compares each invoice line with what the municipality owes by the cost key: expected, invoiced and the difference, parties missing and lines for municipalities that are not parties. Without --amount the invoice's own sum is split; a rate per inhabitant sets the amount itself.",
    },
    options: {
      invoice: {
        nb: 'fakturaen: CSV eller JSON (se «Filer»); - er standard inn',
        en: 'the invoice: CSV or JSON (see "Files"); - is standard input',
      },
      'service-area': SERVICE_AREA,
      format: TABLE_OR_JSON,
    },
    files: {
      nb: '--invoice: CSV med komma og 1234.50, eller som et norsk regneark skriver det (semikolon, 1 234,50), med en overskrift som navngir kommunenummer (Kommunenummer, Nr. eller number) og beløp (Beløp, Beløp (kr) eller amount); andre kolonner overses. Eller JSON etter schema/invoice.json: { "lines": [ { "number": "5025", "amount": "177452.92" } ] }',
      en: '--invoice: CSV with commas and 1234.50, or as a Norwegian spreadsheet writes it (semicolons, 1 234,50), with a header naming the kommunenummer (Kommunenummer, Nr. or number) and the amount (Beløp, Beløp (kr) or amount); other columns are ignored. Or JSON by schema/invoice.json: { "lines": [ { "number": "5025", "amount": "177452.92" } ] }',
    },
    examples: [
      'kommunesamarbeid verify --invoice faktura.csv --amount "300 000,00" --date 2025-01-01',
      'kommunesamarbeid verify --agreement roros-os-holtalen --invoice faktura.csv --json',
    ],
    exit: {
      nb: 'Avslutningskoder: 0 fakturaen stemmer; 3 et beløp avviker, en kommune mangler eller en linje er ekstra; 2 feil bruk eller en fil som ikke kan leses (hver feil linje med linjenummer); 1 intern feil.',
      en: 'Exit codes: 0 the invoice matches; 3 an amount differs, a party is missing or a line is extra; 2 bad usage or a file that cannot be read (every bad line by its number); 1 internal error.',
    },
  },
  test: {
    usage: 'test FILE...',
    summary: {
      nb: 'kjør scenariofiler: en linje per scenario, bestått eller feilet',
      en: 'run scenario files: a line per scenario, passed or failed',
    },
    about: {
      nb: 'Kjører hvert scenario i filene (schema/scenario.json) mot avtalen filen navngir, og skriver en linje per scenario med det som avvek. En avtale gitt som filsti leses relativt til scenariofilen.',
      en: 'Runs each scenario of the files (schema/scenario.json) against the agreement the file names, and prints a line per scenario with what differed. An agreement given as a file path is read relative to the scenario file.',
    },
    options: { format: TABLE_OR_JSON },
    files: {
      nb: 'FILE: JSON etter schema/scenario.json, f.eks.\n  { "agreement": "helseplattformen",\n    "scenarios": [ { "name": "Trondheim betaler 40,07 %", "clause": "§9",\n      "split": { "amount": "1000000" },\n      "expect": { "parties": { "5001": "400672.63" } } } ] }',
      en: 'FILE: JSON by schema/scenario.json, e.g.\n  { "agreement": "helseplattformen",\n    "scenarios": [ { "name": "Trondheim pays 40.07 %", "clause": "§9",\n      "split": { "amount": "1000000" },\n      "expect": { "parties": { "5001": "400672.63" } } } ] }',
    },
    examples: ['kommunesamarbeid test scenarier/*.json'],
    exit: {
      nb: 'Avslutningskoder: 0 alle scenarioer bestått; 1 et scenario feilet (eller intern feil); 2 en fil som ikke er en scenariofil, eller feil bruk.',
      en: 'Exit codes: 0 every scenario passed; 1 a scenario failed (or internal error); 2 a file that is not a scenario file, or bad usage.',
    },
  },
  check: {
    usage: 'check',
    summary: {
      nb: 'valider en avtalefil og vis funn',
      en: 'validate an agreement file and report findings',
    },
    about: {
      nb: 'Validerer avtalefilen og viser hver feil med sti, eller, for en gyldig fil, funnene med alvorlighet (feil, advarsel, info) og punkt. --format csv gir funnene (eller feilene i en ugyldig fil) som rader.',
      en: 'Validates the agreement file and shows each problem with its path, or, for a valid file, the findings with severity (error, warning, info) and clause. --format csv gives the findings (or the problems of an invalid file) as rows.',
    },
    examples: [
      'kommunesamarbeid check --agreement avtale.json',
      'cat avtale.json | kommunesamarbeid check --agreement -',
    ],
    exit: {
      nb: 'Avslutningskoder: 0 gyldig avtalefil uten funn av alvorlighet feil (advarsler og info gir 0); 2 ugyldig avtalefil, et funn av alvorlighet feil, eller feil bruk (rapporten skrives likevel); 1 intern feil.',
      en: 'Exit codes: 0 a valid agreement file with no finding of severity error (warnings and info give 0); 2 an invalid agreement file, a finding of severity error, or bad usage (the report is printed all the same); 1 internal error.',
    },
  },
  docs: {
    usage: 'docs --out DIR [--date D] [--year Y] [--results FILE] [--api-base URL]',
    summary: {
      nb: 'skriv håndbøkene (Markdown og HTML)',
      en: 'write the handbooks (Markdown and HTML)',
    },
    about: {
      nb: 'Skriver håndboken til hver innebygd avtale (eller den som gis med --agreement) som Markdown og HTML i mappen, pluss en indeks. Håndboken er på bokmål. docs skriver bare inne i --out (lages om den mangler): den avviser en --out som er en symbolsk lenke eller ikke en mappe, og en utfil som finnes som symbolsk lenke eller noe annet enn en vanlig fil.',
      en: 'Writes the handbook of each built-in agreement (or the one given with --agreement) as Markdown and HTML into the directory, plus an index. The handbook is in bokmål. docs writes only inside --out (created if missing): it refuses an --out that is a symbolic link or not a directory, and an output file that exists as a symbolic link or anything but a regular file.',
    },
    options: {
      out: {
        nb: 'mappen det skrives til (lages om den mangler; aldri en symbolsk lenke)',
        en: 'the directory to write to (created if missing; never a symbolic link)',
      },
      date: {
        nb: 'håndbokens dato (standard: dagen avtalen begynner); aldri klokken',
        en: "the handbook's date (default: the day the agreement starts); never the clock",
      },
      year: {
        nb: 'året fristene vises for (standard: året til --date)',
        en: 'the year to show deadlines for (default: the year of --date)',
      },
      results: {
        nb: 'vitests JSON-rapport fra testkjøringen som skal vises (npm run docs lager den)',
        en: "vitest's JSON report of the test run to show (npm run docs writes it)",
      },
      'api-base': {
        nb: 'adressen til API-referansen; uten den lenker håndboken ikke til den',
        en: 'where the API reference is; without it the handbook does not link to it',
      },
    },
    examples: ['kommunesamarbeid docs --out håndbøker --date 2026-12-01'],
  },
  export: {
    usage: 'export [--out FILE] [--force]',
    summary: {
      nb: 'avtalen som JSON-avtalefil',
      en: 'the agreement as a JSON agreement file',
    },
    about: {
      nb: 'Skriver avtalen som en JSON-avtalefil (schema/agreement.json) som leses tilbake til den samme avtalen: på standard ut, eller til --out FILE, aldri over noe som finnes der uten --force, og selv da bare over en vanlig fil.',
      en: 'Writes the agreement as a JSON agreement file (schema/agreement.json) that parses back to the same agreement: on standard output, or to --out FILE, never over anything that exists there unless --force is given, and even then only over a regular file.',
    },
    examples: ['kommunesamarbeid export --agreement digitrondelag --out digitrondelag.json'],
  },
  init: {
    usage: 'init [--form FORM] [--out FILE] [--force]',
    summary: {
      nb: 'en avtalefil å begynne med',
      en: 'a starting agreement file',
    },
    about: {
      nb: 'En avtalefil for samarbeidsformen med alle delene, en $comment på hver og plassholdere merket FYLL INN; gyldig som den er, så check går gjennom før og etter hver endring.',
      en: 'An agreement file of the legal form with every section, a $comment on each and placeholders marked FYLL INN; valid as it is, so check passes before and after each edit.',
    },
    options: {
      form: {
        nb: `samarbeidsformen (standard kommunalt-oppgavefellesskap): ${LEGAL_FORMS.join(', ')}`,
        en: `the legal form (default kommunalt-oppgavefellesskap): ${LEGAL_FORMS.join(', ')}`,
      },
    },
    examples: ['kommunesamarbeid init --form interkommunalt-selskap --out avtale.json'],
  },
};

/** The words of the help that are not a command's own. */
const WORDS = {
  nb: {
    usage: 'Bruk',
    commands: 'Kommandoer',
    options: 'Valg',
    common: 'Valg for alle kommandoer',
    builtIn: 'Innebygde avtaler',
    files: 'Filer',
    examples: 'Eksempler',
    formats: 'Formater',
    more: 'Kjør «kommunesamarbeid <kommando> --help» eller «kommunesamarbeid help <kommando>» for valgene til én kommando.',
    version: 'versjonen av pakken',
    helpCommand: 'denne hjelpen, eller hjelpen til en kommando',
    formatText:
      'table: tabell for terminalen, i norsk tallformat, høyst 100 tegn bred. json: beløp og prosenter som tekst med desimalpunktum, datoer som ÅÅÅÅ-MM-DD, hver begrunnelse som { code, clause, values, text }. csv: RFC 4180 (komma, CRLF, desimalpunktum, overskriftene er feltnavnene i JSON: number, name, population, amount, percent …). csv-nb: for et norsk regneark: UTF-8 med BOM, semikolon, desimalkomma, ingen sifferskille, norske overskrifter (Kommunenummer, Kommune, Beløp (kr) …); kommunenummeret står i anførselstegn ("0301"): importer kolonnen som tekst (LibreOffice: «Formater felt i anførselstegn som tekst») for å beholde nullen foran. CSV har bare radene: ingen sumrad (regnearket summerer) og ingen begrunnelser (bruk --json).',
    inputs: `Datoer er ÅÅÅÅ-MM-DD. Beløp er kroner med høyst to desimaler: 10000000, 10000000,50, 10 000 000,50 eller 10000000.50. Filer: en sti, eller - for standard inn; JSON i UTF-8 (BOM tillatt) på høyst ${LIMIT_TEXT}: en større fil, enhet eller rør avvises, og det samme gjør en nøkkel gitt to ganger i ett objekt. Kontrolltegn og escape-sekvenser fjernes fra det som skrives ut.`,
    exit: 'Avslutningskoder: 0 vellykket (også når svaret er nei), 2 feil i inndata eller bruk, 1 intern feil.',
  },
  en: {
    usage: 'Usage',
    commands: 'Commands',
    options: 'Options',
    common: 'Options for every command',
    builtIn: 'Built-in agreements',
    files: 'Files',
    examples: 'Examples',
    formats: 'Formats',
    more: 'Run "kommunesamarbeid <command> --help" or "kommunesamarbeid help <command>" for the options of one command.',
    version: 'the version of the package',
    helpCommand: 'this help, or the help of a command',
    formatText:
      'table: a table for the terminal in Norwegian number format, at most 100 columns wide. json: money and percentages as dot-decimal strings, dates as YYYY-MM-DD, each reason as { code, clause, values, text }. csv: RFC 4180 (comma, CRLF, dot decimals, headers named like the JSON fields: number, name, population, amount, percent …). csv-nb: for a Norwegian spreadsheet: UTF-8 with a byte order mark, semicolons, decimal comma, no digit grouping, Norwegian headers (Kommunenummer, Kommune, Beløp (kr) …); the kommunenummer is quoted ("0301"): import that column as text (LibreOffice: "Format quoted field as text") to keep its leading zero. CSV has the rows only: no sum row (a spreadsheet sums) and no reasons (use --json).',
    inputs: `Dates are YYYY-MM-DD. Amounts are NOK with at most two decimals: 10000000, 10000000.50, 10000000,50 or 10 000 000,50. Files: a path, or - for standard input; JSON in UTF-8 (a byte order mark is allowed) of at most ${LIMIT_TEXT}: a larger file, device or pipe is refused, as is a key given twice in one object. Control characters and escape sequences are removed from what is printed.`,
    exit: 'Exit codes: 0 success (a "no" outcome is a success), 2 bad input or usage, 1 internal error.',
  },
} as const;

const INDENT = 26;

/** `  --amount A              the amount …`, wrapped to 100 columns. */
function optionLine(flag: string, text: string): string {
  const prefix = `  ${flag}`.padEnd(INDENT);
  return prefix.length > INDENT
    ? `  ${flag}\n${hangingLine(' '.repeat(INDENT), text)}`
    : hangingLine(prefix, text);
}

/** `--amount A`, `-h, --help`; `--out FILE` but for docs, which writes a directory. */
function flagOf(name: string, command?: string): string {
  if (name === 'help') return '-h, --help';
  if (name === 'format' && command !== undefined && WITHOUT_CSV.has(command)) {
    return '--format table|json';
  }
  const argument = name === 'out' && command !== 'docs' ? 'FILE' : ARGUMENTS[name];
  return argument === undefined ? `--${name}` : `--${name} ${argument}`;
}

/** A paragraph wrapped to 100 columns, its own line breaks kept. */
function paragraph(text: string): string {
  return text
    .split('\n')
    .map((line) => hangingLine((/^ */.exec(line) as RegExpExecArray)[0], line.trimStart()))
    .join('\n');
}

/** The options every command takes, in the order help lists them after a command's own. */
const COMMON = ['agreement', 'format', 'json', 'lang', 'help'];

/**
 * The help of the whole command line: the commands (those of `commands`, in
 * its order), the options every command takes, formats, input and exit codes.
 */
export function globalHelp(
  commands: readonly string[],
  builtIn: readonly string[],
  lang: Lang,
): string {
  const w = WORDS[lang];
  const width = Math.max(...commands.map((c) => c.length), 'help'.length) + 4;
  const list = [...commands, 'help'].map((command) => {
    const summary =
      command === 'help' ? w.helpCommand : (COMMAND_HELP[command]?.summary[lang] ?? '');
    return hangingLine(`  ${command}`.padEnd(width), summary);
  });
  return [
    `${w.usage}: kommunesamarbeid <${lang === 'nb' ? 'kommando' : 'command'}> [${lang === 'nb' ? 'valg' : 'options'}]`,
    '',
    `${w.commands}:`,
    ...list,
    '',
    `${w.common}:`,
    ...COMMON.map((name) => optionLine(flagOf(name), (OPTION_WORDS[name] as Words)[lang])),
    optionLine('-v, --version', w.version),
    '',
    paragraph(`${w.builtIn}: ${builtIn.join(', ')}`),
    '',
    paragraph(w.more),
    '',
    `${w.formats}:`,
    paragraph(`  ${w.formatText}`),
    '',
    paragraph(w.inputs),
    '',
    paragraph(w.exit),
    '',
  ].join('\n');
}

/**
 * The help of one command: usage line, what it does, its options (`allowed`,
 * as run.ts allows them), what its files must contain, examples, exit codes.
 */
export function commandHelp(command: string, allowed: readonly string[], lang: Lang): string {
  // A command without words here still gets its usage line and options.
  const help: CommandHelp = Object.hasOwn(COMMAND_HELP, command)
    ? (COMMAND_HELP[command] as CommandHelp)
    : {
        usage: `${command} [options]`,
        summary: { nb: '', en: '' },
        about: { nb: '', en: '' },
        examples: [],
      };
  const w = WORDS[lang];
  const own = allowed.filter((name) => !COMMON.includes(name));
  const common = COMMON.filter((name) => allowed.includes(name));
  const words = (name: string): string =>
    (help.options?.[name] ?? OPTION_WORDS[name] ?? { nb: '', en: '' })[lang];
  const tables = allowed.includes('format') && !WITHOUT_CSV.has(command);
  return [
    paragraph(
      `${w.usage}: kommunesamarbeid ${help.usage}${allowed.includes('agreement') ? ' [--agreement <id|file.json>]' : ''}${allowed.includes('json') ? ' [--format F]' : ''}`,
    ),
    ...(help.about[lang] === '' ? [] : ['', paragraph(help.about[lang])]),
    '',
    `${w.options}:`,
    ...[...own, ...common].map((name) => optionLine(flagOf(name, command), words(name))),
    ...(help.files === undefined
      ? []
      : ['', `${w.files}:`, paragraph(help.files[lang].replace(/^/gm, '  '))]),
    ...(tables ? ['', `${w.formats}:`, paragraph(`  ${w.formatText}`)] : []),
    ...(help.examples.length === 0
      ? []
      : ['', `${w.examples}:`, ...help.examples.map((e) => `  ${e}`)]),
    '',
    paragraph(help.exit?.[lang] ?? w.exit),
    '',
  ].join('\n');
}
