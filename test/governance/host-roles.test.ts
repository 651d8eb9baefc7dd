import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { rorosOsHoltalen as ros } from '../../src/agreements/roros-os-holtalen/index.js';
import {
  checkHostAssignment,
  hostRoles,
  mergerConsequence,
} from '../../src/governance/host-roles.js';
import type { Agreement } from '../../src/model/agreement.js';
import { agreementWith, partyOf } from '../helpers/arbitraries.js';
import { catchInputError } from '../helpers/errors.js';
import { withText, withWords, words } from '../helpers/words.js';

/** The first line of the error (its title and count), and every problem in full. */
function failure(fn: () => unknown) {
  const error = catchInputError(fn);
  return {
    title: error.message.split('\n')[0],
    problems: error.problems.map(({ path, code, message }) => ({ path, code, message })),
  };
}

/** The six areas of §4 A, which all three municipalities take part in. */
const GROUP_A = ['barnevern', 'legevakt', 'lonn', 'kemner', 'intermediaer', 'ikt-strategi'];
const assign = (hosts: readonly string[]) =>
  Object.fromEntries(GROUP_A.map((area, i) => [area, hosts[i] as string]));

/** Os withdraws on 1 January 2020 (not so in the agreement: for the tests of the date). */
const osLeft: Agreement = {
  ...ros,
  parties: ros.parties.map((p) =>
    p.municipality.number === '3430'
      ? { ...p, membership: { joined: '2016-07-01', withdrawn: '2020-01-01' } }
      : p,
  ),
};

describe('hostRoles: Røros–Os–Holtålen §5 "en rimelig fordeling ut fra folketall"', () => {
  it('§5 10 000 host roles, the most allowed: Røros 5 915, Os 1 968, Holtålen 2 117', () => {
    // 10 000 × 5 685/9 611 = 5 915.097, × 1 891/9 611 = 1 967.537, × 2 035/9 611 = 2 117.366;
    // the floors sum to 9 999, and the one left goes to Os (remainder 0.537).
    expect(hostRoles(ros, { roles: 10_000 })).toEqual([
      { number: '5025', name: 'Røros', population: 5685, roles: 5915 },
      { number: '3430', name: 'Os', population: 1891, roles: 1968 },
      { number: '5026', name: 'Holtålen', population: 2035, roles: 2117 },
    ]);
    expect(failure(() => hostRoles(ros, { roles: 10_001 }))).toEqual({
      title: 'Invalid roles (1 problem):',
      problems: [
        {
          path: 'roles',
          code: 'invalid_roles',
          message: 'must be a whole number from 0 to 10 000',
        },
      ],
    });
  });

  it('§5 parties without a population give nothing to spread by', () => {
    const noPopulation = { ...ros, parties: ros.parties.map(({ population: _, ...p }) => p) };
    expect(failure(() => hostRoles(noPopulation, { roles: 3 }))).toEqual({
      title: 'No population (1 problem):',
      problems: [
        {
          path: 'parties',
          code: 'zero_total_population',
          message: 'the parties have no population to spread host roles by',
        },
      ],
    });
  });

  it('§5 a party whose population is not given counts 0 inhabitants, and gets no host role', () => {
    const osUnknown = {
      ...ros,
      parties: ros.parties.map(({ population, ...p }) =>
        p.municipality.number === '3430' ? p : { ...p, population: population ?? 0 },
      ),
    };
    // 10 × 5 685/7 720 = 7.364, 10 × 2 035/7 720 = 2.636: floors 7 and 2, the one left to Holtålen.
    expect(hostRoles(osUnknown, { roles: 10 })).toEqual([
      { number: '5025', name: 'Røros', population: 5685, roles: 7 },
      { number: '3430', name: 'Os', population: 0, roles: 0 },
      { number: '5026', name: 'Holtålen', population: 2035, roles: 3 },
    ]);
  });

  it('§5 between equal populations, the odd role goes to the lower kommunenummer', () => {
    const twins = {
      ...agreementWith([partyOf('5002', 100), partyOf('5001', 100)]),
      hostRoles: { clause: '§9' },
    };
    expect(hostRoles(twins, { roles: 1 }).map((h) => [h.number, h.roles])).toEqual([
      ['5002', 0],
      ['5001', 1],
    ]);
  });

  it('§5 the roles are spread among the parties that are members on the date', () => {
    expect(hostRoles(osLeft, { roles: 6 }).map((h) => [h.name, h.roles])).toEqual([
      ['Røros', 4],
      ['Os', 1],
      ['Holtålen', 1],
    ]);
    // 6 × 5 685/7 720 = 4.418, 6 × 2 035/7 720 = 1.582: floors 4 and 1, the one left to Holtålen.
    expect(
      hostRoles(osLeft, { roles: 6, date: '2020-06-01' }).map((h) => [h.name, h.roles]),
    ).toEqual([
      ['Røros', 4],
      ['Holtålen', 2],
    ]);
  });
});

describe('checkHostAssignment: Røros–Os–Holtålen §4 and §5', () => {
  it('§4 A–C every listed area without a host is named; §4 B i and ii already have one', () => {
    const missing = (assignment: Record<string, string>) =>
      checkHostAssignment(ros, { assignment })
        .filter((f) => f.code === 'host_missing')
        .map((f) => [f.severity, f.clause, f.values]);
    const withoutHost: [string, string][] = [
      ['§4 A i', 'Felles barnevern'],
      ['§4 A ii', 'Felles legevakt'],
      ['§4 A iii', 'Felles lønningsavdeling'],
      ['§4 A iv', 'Felles kemnerkontor (gjelder også Tolga kommune)'],
      ['§4 A v', 'Intermediæravdeling/Ø-hjelp'],
      ['§4 A vi', 'Felles IKT strategi'],
      ['§4 B iii', 'Felles tjeneste for funksjonshemmede'],
      ['§4 B iv', 'Felles plan, miljø, geodata og byggesak-kontor'],
      ['§4 B v', 'Felles forvaltningskontor innen Omsorgtjenesten'],
      ['§4 B vi', 'Teknisk drift/bygg/avløp, herunder beredskap'],
      ['§4 B vii', 'Spesialiserte helse og omsorgsfunksjoner'],
      ['§4 B viii', 'Samfunnssikkerhet og beredskap'],
      ['§4 B ix', 'Felles administrativ og faglig ledelse innen helsetjenester'],
      ['§4 B x', 'Felles skolekontor'],
      ['§4 B xi', 'Felles barnehageadministrasjon'],
      ['§4 B xii', 'Felles næringstjeneste'],
      ['§4 B xiii', 'Felles flyktningetjeneste'],
      ['§4 C i', 'Felles NAV-kontor'],
      ['§4 C ii', 'Felles næringsfond'],
      ['§4 C iii', 'PP-tjenesten'],
    ];
    expect(missing({})).toEqual(withoutHost.map(([clause, area]) => ['info', clause, { area }]));
    // An area given a host in the assignment is no longer missing one.
    expect(missing({ barnevern: '5025' })).toEqual(
      withoutHost.slice(1).map(([clause, area]) => ['info', clause, { area }]),
    );
    expect(words(checkHostAssignment(ros, { assignment: {} })[0])).toEqual({
      nb: 'Felles barnevern har ingen vertskommune i fordelingen.',
      en: 'Felles barnevern has no host in the assignment.',
    });
  });

  it('§4 C and D, §5 an area the agreement lacks, or one whose participants it does not list, cannot be assigned; a host must take part in its area', () => {
    const findings = checkHostAssignment(ros, {
      assignment: { bibliotek: '5025', brann: '5025', ppt: '3430' },
    }).filter((f) => f.severity === 'error');
    expect(withWords(findings)).toEqual([
      {
        code: 'host_unknown_area',
        agreement: 'roros-os-holtalen',
        clause: '§5',
        values: { area: 'bibliotek' },
        text: {
          nb: 'Samarbeidsområdet bibliotek finnes ikke (eller har ikke oppgitte deltakere).',
          en: 'Service area bibliotek does not exist (or lists no participants).',
        },
        severity: 'error',
      },
      {
        code: 'host_unknown_area',
        agreement: 'roros-os-holtalen',
        clause: '§5',
        values: { area: 'brann' },
        text: {
          nb: 'Samarbeidsområdet brann finnes ikke (eller har ikke oppgitte deltakere).',
          en: 'Service area brann does not exist (or lists no participants).',
        },
        severity: 'error',
      },
      {
        code: 'host_not_participant',
        agreement: 'roros-os-holtalen',
        clause: '§4 C iii',
        values: { area: 'PP-tjenesten', host: '3430' },
        text: {
          nb: '3430 er vertskommune for PP-tjenesten, men deltar ikke i det området.',
          en: '3430 hosts PP-tjenesten but does not take part in it.',
        },
        severity: 'error',
      },
    ]);
  });

  // The data records two hosts (§4 B i landbruk: Os; §4 B ii regnskap: Holtålen), both in areas of
  // all three, so with the six §4 A areas eight areas are hosted. By population (5 685 / 1 891 /
  // 2 035 of 9 611) each all-three area gives Røros 0.5915, Os 0.1968, Holtålen 0.2117 of a role;
  // eight give 4.732 / 1.574 / 1.694: floors 4, 1, 1 and the two left to Røros and Holtålen, so
  // 5, 1, 2.
  it('§5 an assignment one role off the distribution by population is fair (with the recorded hosts: Røros 4, Os 2, Holtålen 2 of eight; by population 5, 1, 2)', () => {
    const assignment = assign(['5025', '5025', '5025', '5025', '3430', '5026']);
    expect(checkHostAssignment(ros, { assignment }).filter((f) => f.severity !== 'info')).toEqual(
      [],
    );
  });

  it('§5 an assignment more than one role off is uneven (the six §4 A areas to Os: Røros 0, Os 7 of eight; by population 5 and 1)', () => {
    const assignment = assign(Array(6).fill('3430'));
    expect(
      withWords(checkHostAssignment(ros, { assignment }).filter((f) => f.severity !== 'info')),
    ).toEqual([
      {
        code: 'host_roles_uneven',
        agreement: 'roros-os-holtalen',
        clause: '§5',
        values: {
          roles: 8,
          uneven: [
            { name: 'Røros', roles: 0, fair: 5 },
            { name: 'Os', roles: 7, fair: 1 },
          ],
        },
        text: {
          nb: 'Fordelingen av 8 vertskommuneroller avviker med mer enn én fra en fordeling etter folketall: Røros: 0 (rimelig: 5); Os: 7 (rimelig: 1).',
          en: 'The 8 host roles deviate by more than one from a distribution by population: Røros: 0 (fair: 5); Os: 7 (fair: 1).',
        },
        severity: 'warning',
      },
    ]);
  });

  it('§5 the fair distribution is that of the parties on the date (with Os gone, Røros 6 and Holtålen 2 of eight)', () => {
    // With Os: Røros 4, Os 3 (two here, landbruk recorded), Holtålen 1 (regnskap) against 5, 1, 2.
    // Without Os (2020): each area is Røros 5 685 / 7 720 = 0.7364, Holtålen 0.2636; eight give
    // 5.891 / 2.109, so 6 and 2, against Røros 4 and Holtålen 1.
    const assignment = assign(['5025', '5025', '5025', '5025', '3430', '3430']);
    const uneven = (date?: string) =>
      checkHostAssignment(osLeft, { assignment, ...(date === undefined ? {} : { date }) })
        .filter((f) => f.code === 'host_roles_uneven')
        .map((f) => f.values);
    expect(uneven()).toEqual([{ roles: 8, uneven: [{ name: 'Os', roles: 3, fair: 1 }] }]);
    expect(uneven('2020-06-01')).toEqual([
      { roles: 8, uneven: [{ name: 'Røros', roles: 4, fair: 6 }] },
    ]);
  });

  it('§4 B i and ii an assignment that contradicts a host the data records is an error, naming the record and its source', () => {
    const findings = checkHostAssignment(ros, {
      assignment: { landbruk: '5025', regnskap: '5026' },
    }).filter((f) => f.severity === 'error');
    const landbruk = ros.serviceAreas?.find((a) => a.id === 'landbruk');
    expect(landbruk?.hostSource).toContain(
      'http://rorosnytt.no/landbruk-og-regnskap-til-nabokommunene/',
    );
    expect(withWords(findings)).toEqual([
      {
        code: 'host_contradicts_data',
        agreement: 'roros-os-holtalen',
        clause: '§4 B i',
        values: {
          area: 'Felles landbrukskontor',
          host: '5025',
          recorded: '3430',
          source: landbruk?.hostSource,
        },
        text: {
          nb: `Fordelingen gjør 5025 til vertskommune for Felles landbrukskontor, men 3430 er vertskommune etter dataene (kilde: ${landbruk?.hostSource}).`,
          en: `The assignment makes 5025 the host of Felles landbrukskontor, but the data records 3430 as its host (source: ${landbruk?.hostSource}).`,
        },
        severity: 'error',
      },
    ]);
    const unsourced: Agreement = {
      ...ros,
      serviceAreas: (ros.serviceAreas ?? []).map(({ hostSource: _, ...area }) => area),
    };
    expect(
      checkHostAssignment(unsourced, { assignment: { landbruk: '5025' } })
        .filter((f) => f.code === 'host_contradicts_data')
        .map((f) => [f.values, words(f)?.nb]),
    ).toEqual([
      [
        { area: 'Felles landbrukskontor', host: '5025', recorded: '3430', source: null },
        'Fordelingen gjør 5025 til vertskommune for Felles landbrukskontor, men 3430 er vertskommune etter dataene.',
      ],
    ]);
  });

  it('§4 B ii the regnskap host and Os’s unclear part in it are sourced to the news page, not to the agreement', () => {
    const regnskap = ros.serviceAreas?.find((a) => a.id === 'regnskap');
    expect(regnskap?.host).toBe('5026');
    expect(regnskap?.hostSource).toContain('Ikke i avtaleteksten');
    expect(regnskap?.hostSource).toContain('«ikke avklart»');
  });

  it('§5 a party is not counted for areas it does not take part in (six areas of two parties: 3 and 3, the third none)', () => {
    // By all three parties' populations (100 each) the six roles would be 2, 2, 2 and the third
    // party, hosting none, two off; by the areas' own participants they are 3, 3, 0.
    const areas = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id) => ({
      id,
      name: id,
      clause: '§9',
      participants: ['0001', '0002'],
    }));
    const three: Agreement = {
      ...agreementWith([partyOf('0001', 100), partyOf('0002', 100), partyOf('0003', 100)]),
      hostRoles: { clause: '§9' },
      serviceAreas: areas,
    };
    const assignment = Object.fromEntries(areas.map((a, i) => [a.id, i < 3 ? '0001' : '0002']));
    expect(checkHostAssignment(three, { assignment })).toEqual([]);
    const lopsided = Object.fromEntries(areas.map((a, i) => [a.id, i < 5 ? '0001' : '0002']));
    expect(checkHostAssignment(three, { assignment: lopsided }).map((f) => f.values)).toEqual([
      {
        roles: 6,
        uneven: [
          { name: 'Kommune 0001', roles: 5, fair: 3 },
          { name: 'Kommune 0002', roles: 1, fair: 3 },
        ],
      },
    ]);
  });

  it('§5 an area whose participants have no inhabitants gives no one a fair share of its role', () => {
    const { population: _, ...noPopulation } = partyOf('0003', 0);
    const empty: Agreement = {
      ...agreementWith([partyOf('0001', 100), partyOf('0002', 0), noPopulation]),
      costKeys: [],
      hostRoles: { clause: '§9' },
      serviceAreas: ['e1', 'e2', 'e3'].map((id) => ({
        id,
        name: id,
        clause: '§9',
        participants: ['0002', '0003'],
      })),
    };
    // Three roles, none fairly anyone's: 0002 hosting all three is three off, 0003 none is fine.
    expect(
      checkHostAssignment(empty, { assignment: { e1: '0002', e2: '0002', e3: '0002' } }).map(
        (f) => f.values,
      ),
    ).toEqual([{ roles: 3, uneven: [{ name: 'Kommune 0002', roles: 3, fair: 0 }] }]);
  });

  it('an assignment that is not an object of kommunenummer is an input error with the path', () => {
    expect(
      failure(() =>
        checkHostAssignment(ros, {
          assignment: { landbruk: 3430 } as unknown as Record<string, string>,
        }),
      ),
    ).toEqual({
      title: 'Invalid assignment (1 problem):',
      problems: [
        {
          path: 'assignment.landbruk',
          code: 'invalid_type',
          message: 'must be the kommunenummer of the host as text',
        },
      ],
    });
    for (const assignment of [null, [], 'x']) {
      expect(
        failure(() =>
          checkHostAssignment(ros, {
            assignment: assignment as unknown as Record<string, string>,
          }),
        ).problems.map((p) => [p.path, p.code]),
      ).toEqual([['assignment', 'invalid_type']]);
    }
  });

  it('an agreement without a clause on host roles is told so; one with it is cited by that clause', () => {
    const other = agreementWith([partyOf('0001', 100), partyOf('0002', 100)]);
    const noRule = {
      title: 'No clause on host roles (1 problem):',
      problems: [
        {
          path: 'agreement.hostRoles',
          code: 'no_host_roles_clause',
          message: 'test-agreement has no clause on spreading host roles among the parties',
        },
      ],
    };
    expect(failure(() => checkHostAssignment(other, { assignment: {} }))).toEqual(noRule);
    expect(failure(() => hostRoles(other, { roles: 1 }))).toEqual(noRule);
    const withRule: Agreement = { ...other, hostRoles: { clause: '§9' } };
    expect(
      checkHostAssignment(withRule, { assignment: { a: '0001' } }).map((f) => [f.code, f.clause]),
    ).toEqual([['host_unknown_area', '§9']]);
  });
});

describe('mergerConsequence: Røros–Os–Holtålen §9', () => {
  it('§9 if Røros and Holtålen merge, the agreement calls for negotiation with Os', () => {
    expect(withText(mergerConsequence(ros, { merging: ['5025', '5026'] }))).toEqual({
      code: 'merger_negotiation',
      agreement: 'roros-os-holtalen',
      clause: '§9',
      values: { merging: ['5025 Røros', '5026 Holtålen'], third: '3430 Os' },
      text: {
        nb: '5025 Røros og 5026 Holtålen slår seg sammen: det skal forhandles med 3430 Os om å videreføre samarbeidet og etablere de nye samarbeidsområdene mellom den nye kommunen og 3430 Os.',
        en: '5025 Røros and 5026 Holtålen merge: the agreement calls for negotiation with 3430 Os to continue the cooperation and set up the new service areas between the new municipality and 3430 Os.',
      },
      severity: 'info',
    });
  });

  it('§9 a merger names two different parties', () => {
    const invalid = {
      title: 'Invalid merger (1 problem):',
      problems: [
        {
          path: 'merging',
          code: 'unknown_party',
          message: 'must name two different parties of roros-os-holtalen',
        },
      ],
    };
    expect(failure(() => mergerConsequence(ros, { merging: ['5025', '5025'] }))).toEqual(invalid);
    expect(failure(() => mergerConsequence(ros, { merging: ['5001', '5026'] }))).toEqual(invalid);
  });

  it('an agreement that says nothing of mergers is told so, rather than cited by a clause it lacks', () => {
    expect(
      failure(() => mergerConsequence(helseplattformen, { merging: ['5001', '1505'] })),
    ).toEqual({
      title: 'No clause on mergers (1 problem):',
      problems: [
        {
          path: 'agreement.lifecycle.merger',
          code: 'no_merger_clause',
          message: 'helseplattformen says nothing of parties that merge',
        },
      ],
    });
  });

  it('an agreement with no lifecycle rules at all says nothing of mergers either', () => {
    const plain = agreementWith([partyOf('0001', 1), partyOf('0002', 1)]);
    expect(failure(() => mergerConsequence(plain, { merging: ['0001', '0002'] })).problems).toEqual(
      [
        {
          path: 'agreement.lifecycle.merger',
          code: 'no_merger_clause',
          message: 'test-agreement says nothing of parties that merge',
        },
      ],
    );
  });

  it('with more than three parties, every party not merging is named', () => {
    const four = {
      ...agreementWith(['0001', '0002', '0003', '0004'].map((n) => partyOf(n, 100))),
      lifecycle: { merger: { clause: '§9' } },
    };
    expect(mergerConsequence(four, { merging: ['0004', '0002'] }).values).toEqual({
      merging: ['0004 Kommune 0004', '0002 Kommune 0002'],
      third: '0001 Kommune 0001, 0003 Kommune 0003',
    });
  });
});
