import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/analysis/check.js';
import type { CliIo } from '../../src/cli/io.js';
import { builtInAgreements } from '../../src/cli/load-agreement.js';
import { run } from '../../src/cli/run.js';
import { splitCost } from '../../src/finance/split-cost.js';
import { decide } from '../../src/governance/decide/index.js';
import { LEGAL_FORMS } from '../../src/model/legal-form.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { agreementWith, partiesArb } from '../helpers/arbitraries.js';
import { schemaValidator } from '../helpers/json-schema.js';

interface Written {
  readonly path: string;
  readonly text: string;
  readonly overwrite: boolean;
}

/** Runs the CLI in-process; files written are collected, not written. `without` drops host capabilities. */
function cli(
  argv: string[],
  without: readonly ('writeFile' | 'comingYear')[] = [],
  files: Readonly<Record<string, string>> = {},
) {
  let stdout = '';
  let stderr = '';
  const written: Written[] = [];
  const host: { -readonly [K in keyof CliIo]: CliIo[K] } = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      if (Object.hasOwn(files, path)) return files[path] as string;
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
    writeFile: (path, text, overwrite) => {
      written.push({ path, text, overwrite });
    },
    comingYear: 2027,
  };
  for (const name of without) delete host[name];
  const code = run(argv, host);
  return { code, stdout, stderr, written };
}

const validAgreement = schemaValidator('agreement');

describe('kommunesamarbeid export', () => {
  it.each(Object.keys(builtInAgreements))(
    'export --agreement %s: a JSON file that parses back to the same agreement and validates against the schema',
    (id) => {
      const { code, stdout, stderr } = cli(['export', '--agreement', id]);
      expect([code, stderr]).toEqual([0, '']);
      const file = JSON.parse(stdout) as unknown;
      expect(validAgreement(file)).toEqual([]);
      const back = parseAgreement(file);
      expect(back).toEqual(builtInAgreements[id]);
      // Exporting what was read gives the same text again: nothing is lost or added.
      expect(`${JSON.stringify(back, null, 2)}\n`).toBe(stdout);
    },
  );

  it('property: any agreement file of any legal form exports to a file that is valid and reads back the same', () => {
    fc.assert(
      fc.property(partiesArb, fc.constantFrom(...LEGAL_FORMS), (parties, legalForm) => {
        const input = { ...agreementWith(parties), legalForm };
        const { code, stdout } = cli(['export', '--agreement', 'a.json'], [], {
          'a.json': JSON.stringify(input),
        });
        expect(code).toBe(0);
        const file = JSON.parse(stdout) as unknown;
        expect(validAgreement(file)).toEqual([]);
        expect(parseAgreement(file)).toEqual(parseAgreement(input));
        // Exporting the export changes nothing.
        expect(cli(['export', '--agreement', 'b.json'], [], { 'b.json': stdout }).stdout).toBe(
          stdout,
        );
      }),
      { numRuns: 40 },
    );
  });

  it('export --out FILE writes the file (never over one without --force) and prints its path', () => {
    const plain = cli(['export', '--agreement', 'digitrondelag', '--out', 'digi.json']);
    expect([plain.code, plain.stdout]).toEqual([0, 'digi.json\n']);
    expect(plain.written).toHaveLength(1);
    expect(plain.written[0]?.path).toBe('digi.json');
    expect(plain.written[0]?.overwrite).toBe(false);
    expect(plain.written[0]?.text).toBe(cli(['export', '--agreement', 'digitrondelag']).stdout);
    const forced = cli(['export', '--agreement', 'digitrondelag', '--out', 'digi.json', '--force']);
    expect(forced.written.map((w) => w.overwrite)).toEqual([true]);
  });

  it('the default agreement is helseplattformen, as for every command', () => {
    expect(JSON.parse(cli(['export']).stdout).id).toBe('helseplattformen');
  });

  it.each<[string[], string]>([
    [['export', '--force'], '--force trenger --out, filen det skal skrives til'],
    [['export', '--out', ''], '--out er tom; gi filen det skal skrives til'],
    [['export', '--agreement', 'ukjent'], 'ukjent avtale "ukjent"'],
    [['export', '--form', 'forening'], 'export tar ikke --form'],
    [['init', '--agreement', 'digitrondelag'], 'init tar ikke --agreement'],
  ])('%j is a usage error: %s', (argv, message) => {
    const { code, stdout, stderr, written } = cli(argv);
    expect([code, stdout, written]).toEqual([2, '', []]);
    expect(stderr).toContain(message);
  });

  it('where nothing can be written, --out is refused and nothing is printed', () => {
    const { code, stderr } = cli(['export', '--out', 'a.json'], ['writeFile']);
    expect(code).toBe(2);
    expect(stderr).toContain('kan ikke skrive filer her');
  });
});

describe('kommunesamarbeid init', () => {
  it.each(LEGAL_FORMS)(
    'init --form %s: every section, valid as it is; check warns only of each FYLL INN left',
    (form) => {
      const { code, stdout } = cli(['init', '--form', form]);
      expect(code).toBe(0);
      const file = JSON.parse(stdout) as Record<string, unknown>;
      expect(validAgreement(file)).toEqual([]);
      expect(Object.keys(file)).toEqual([
        '$schema',
        '$comment',
        'id',
        'title',
        'legalForm',
        'legalBasis',
        'validFrom',
        'validityClause',
        'partiesClause',
        'parties',
        'costKeys',
        'serviceAreas',
        'organs',
        'lifecycle',
        'clauses',
        'interpretations',
      ]);
      expect(file['legalForm']).toBe(form);
      const report = check(file);
      expect(report.valid).toBe(true);
      expect(
        report.findings
          .filter((f) => f.severity !== 'info')
          .map((f) => [f.severity, f.code, f.clause, f.values]),
      ).toEqual([
        ['warning', 'fill_in_left', '', { path: 'title', mark: 'FYLL INN' }],
        ['warning', 'fill_in_left', '', { path: 'serviceAreas[0].name', mark: 'FYLL INN' }],
        ['warning', 'fill_in_left', '§1', { path: 'clauses[0].text', mark: 'FYLL INN' }],
        ['warning', 'fill_in_left', '§2', { path: 'clauses[1].text', mark: 'FYLL INN' }],
      ]);
      // Filled in, the file has nothing left to warn about.
      const filled = JSON.parse(stdout.replaceAll('FYLL INN', 'Renovasjon')) as unknown;
      expect(check(filled).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    },
  );

  it('property: for any form and any year, the file starts on 1 January of that year and is valid, four texts to fill in', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEGAL_FORMS),
        fc.integer({ min: 1900, max: 2999 }),
        (form, year) => {
          const host = { comingYear: year };
          let out = '';
          run(['init', '--form', form], {
            stdout: (text) => {
              out += text;
            },
            stderr: () => {},
            readFile: () => '',
            ...host,
          });
          const file = JSON.parse(out) as { validFrom: string };
          expect(file.validFrom).toBe(`${year}-01-01`);
          const report = check(file);
          expect(report.valid).toBe(true);
          expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.code)).toEqual(
            Array(4).fill('fill_in_left'),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the starting file explains each section in $comment and marks what to fill in', () => {
    const file = JSON.parse(cli(['init']).stdout) as { $comment: string[]; title: string };
    expect(file.$comment.map((line) => line.split(':')[0])).toEqual([
      'Startfil fra «kommunesamarbeid init --form kommunalt-oppgavefellesskap». Bytt ut alt som er merket FYLL INN, og alle plassholdere (Kommune A og B, 0001 og 0002, tallene). Kjør «kommunesamarbeid check --agreement FIL» etter hver endring.',
      'id',
      'legalForm og legalBasis',
      'validFrom, validUntil, validityClause',
      'parties',
      'costKeys',
      'serviceAreas',
      'organs',
      'lifecycle',
      'clauses',
      'interpretations',
      'regions, hostRoles og populationReferenceDate finnes også; se schema/agreement.json.',
    ]);
    expect(file.title).toBe('FYLL INN: avtalens tittel');
  });

  it.each<[string, string]>([
    ['interkommunalt-politisk-rad', 'kommuneloven kapittel 18 (§1)'],
    ['kommunalt-oppgavefellesskap', 'kommuneloven kapittel 19 (§1)'],
    ['vertskommunesamarbeid', 'kommuneloven kapittel 20 (§1)'],
    ['interkommunalt-selskap', 'lov om interkommunale selskaper (IKS-loven) (§1)'],
    ['aksjeselskap', 'aksjeloven (§1)'],
    ['samvirkeforetak', 'samvirkelova (§1)'],
    ['forening', 'ulovfestet: forening (§1)'],
    ['avtalebasert-samarbeid', 'avtale mellom kommunene, uten egen organisasjonsform (§1)'],
    ['interkommunalt-styre-1992', 'kommuneloven 1992 § 27 (§1)'],
    ['administrativt-vertskommunesamarbeid-1992', 'kommuneloven 1992 § 28-1 b (§1)'],
    ['vertskommunesamarbeid-med-nemnd-1992', 'kommuneloven 1992 § 28-1 c (§1)'],
  ])('init --form %s rests on %s, the clause named in brackets', (form, basis) => {
    const file = JSON.parse(cli(['init', '--form', form]).stdout) as {
      legalBasis: string;
      clauses: { text: string }[];
    };
    expect(file.legalBasis).toBe(basis);
    expect(file.clauses[0]?.text).toContain(`Samarbeidet bygger på ${basis.slice(0, -5)}.`);
  });

  it('the clauses of the starting file, word for word', () => {
    const file = JSON.parse(cli(['init', '--form', 'interkommunalt-selskap']).stdout) as {
      clauses: unknown[];
    };
    expect(file.clauses).toEqual([
      {
        ref: '§1',
        title: 'Parter, formål og samarbeidsform',
        text: 'Partene er 0001 Kommune A og 0002 Kommune B. Formålet er FYLL INN. Samarbeidet bygger på lov om interkommunale selskaper (IKS-loven). Avtalen er vedtatt av kommunestyret i hver deltakerkommune.',
      },
      {
        ref: '§2',
        title: 'Oppgaver og myndighet',
        text: 'Samarbeidet har disse oppgavene og denne myndigheten: FYLL INN. Kommune A er kontorkommune; hovedkontoret ligger der.',
      },
      {
        ref: '§3',
        title: 'Økonomi og eierandeler',
        text: 'Hver deltaker gjør et innskudd og dekker kostnadene etter sin andel: Kommune A 60 %, Kommune B 40 %. Samarbeidet tar ikke opp lån.',
      },
      {
        ref: '§4',
        title: 'Representantskapet',
        text: 'Hver deltaker har ett medlem i representantskapet, med varamedlem. Representantskapet velger selv sin leder. Det er vedtaksført når minst halvparten av medlemmene er til stede. Vedtak treffes med simpelt flertall; ved stemmelikhet avgjør lederens stemme.',
      },
      {
        ref: '§5',
        title: 'Uttreden',
        text: 'En deltaker kan si opp sitt deltakerforhold med 12 måneders skriftlig varsel.',
      },
      {
        ref: '§6',
        title: 'Ikrafttredelse, endring og oppløsning',
        text: 'Avtalen gjelder fra 1. januar 2027. Endring og oppløsning krever likelydende vedtak i alle kommunestyrene.',
      },
    ]);
    const hosted = JSON.parse(cli(['init', '--form', 'vertskommunesamarbeid']).stdout) as {
      clauses: { text: string }[];
    };
    expect(hosted.clauses[1]?.text).toBe(
      'Kommune A er vertskommune og utfører oppgavene for Kommune B: FYLL INN.',
    );
  });

  it('a vertskommune form makes the first party the vertskommune; the others its kontorkommune', () => {
    const roles = (form: string) =>
      (
        JSON.parse(cli(['init', '--form', form]).stdout) as { parties: { roles?: string[] }[] }
      ).parties.map((p) => p.roles ?? []);
    expect(roles('vertskommunesamarbeid')).toEqual([['vertskommune'], []]);
    expect(roles('vertskommunesamarbeid-med-nemnd-1992')).toEqual([['vertskommune'], []]);
    expect(roles('interkommunalt-selskap')).toEqual([['kontorkommune'], []]);
  });

  it('the file starts on 1 January of the coming year; its shares 60/40 split 1 000.01 kr by hand as 600.01 and 400.00', () => {
    const agreement = parseAgreement(JSON.parse(cli(['init']).stdout));
    expect(agreement.validFrom).toBe('2027-01-01');
    expect(agreement.parties.map((p) => p.membership.joined)).toEqual(['2027-01-01', '2027-01-01']);
    // 1 000.01 × 60 % = 600.006 → 600.00, × 40 % = 400.004 → 400.00; the one øre left goes
    // to the larger remainder (0.6 øre against 0.4 øre): Kommune A.
    expect(splitCost(agreement, '1000.01').parties.map((p) => p.amount)).toEqual([
      '600.01',
      '400.00',
    ]);
  });

  it('its representantskap decides a 1–1 tie by the vote of the leader presiding (§4)', () => {
    const agreement = parseAgreement(JSON.parse(cli(['init']).stdout));
    const tie = (presiding: string) =>
      decide(agreement, {
        organ: 'representantskap',
        matter: 'saker',
        meeting: {
          date: '2027-02-01',
          presiding,
          presidingRole: 'leader',
          attendance: { '0001': 'member', '0002': 'member' },
          ballots: { '0001': 'for', '0002': 'against' },
        },
      });
    expect([tie('0001').quorate, tie('0001').adopted, tie('0002').adopted]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('init --out FILE writes the file without overwriting; --force overwrites', () => {
    const plain = cli(['init', '--form', 'forening', '--out', 'ny.json']);
    expect([plain.code, plain.stdout]).toEqual([0, 'ny.json\n']);
    expect(plain.written.map((w) => [w.path, w.overwrite])).toEqual([['ny.json', false]]);
    expect(JSON.parse(plain.written[0]?.text ?? '').legalForm).toBe('forening');
    expect(cli(['init', '--out', 'ny.json', '--force']).written.map((w) => w.overwrite)).toEqual([
      true,
    ]);
  });

  it('an unknown form is a usage error listing the forms', () => {
    const { code, stderr } = cli(['init', '--form', 'iks']);
    expect(code).toBe(2);
    expect(stderr).toContain(`ukjent --form "iks"; samarbeidsformene er ${LEGAL_FORMS.join(', ')}`);
  });

  it('the help names export, init and the legal forms', () => {
    const help = cli(['--help']).stdout;
    expect(help).toContain('  export     avtalen som JSON-avtalefil\n');
    expect(help).toContain('  init       en avtalefil å begynne med\n');
    const init = cli(['init', '--help', '--lang', 'en']).stdout;
    expect(init).toContain('Usage: kommunesamarbeid init [--form FORM] [--out FILE] [--force]\n');
    expect(init).toContain('  --out FILE              the file to write\n');
    const forms = [
      'interkommunalt-politisk-rad, kommunalt-oppgavefellesskap, vertskommunesamarbeid,',
      'interkommunalt-selskap, aksjeselskap, samvirkeforetak, forening, avtalebasert-samarbeid,',
      'interkommunalt-styre-1992, administrativt-vertskommunesamarbeid-1992,',
      'vertskommunesamarbeid-med-nemnd-1992',
    ].join(' ');
    expect(init.replace(/\s+/g, ' ')).toContain(
      `--form FORM the legal form (default kommunalt-oppgavefellesskap): ${forms} --out`,
    );
  });

  it('without a host year, the coming year is 2026', () => {
    const { stdout } = cli(['init'], ['comingYear']);
    expect(JSON.parse(stdout).validFrom).toBe('2026-01-01');
  });
});
