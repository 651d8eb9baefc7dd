import { largestRemainder } from '../finance/largest-remainder.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, formatPath } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { Party } from '../model/party.js';
import type { ServiceArea } from '../model/service-area.js';
import type { Finding } from '../rules/finding.js';
import { membersOn } from '../rules/membership.js';
import { citing } from '../rules/reason.js';

/**
 * A fair number of host roles per party; see {@link hostRoles}.
 *
 * @example
 * const line: HostRoles = hostRoles(rorosOsHoltalen, { roles: 10 })[0];
 */
export interface HostRoles {
  readonly number: string;
  readonly name: string;
  readonly population: number;
  readonly roles: number;
}

/**
 * Spreads a number of host roles (vertskommuneansvar) over the parties by
 * population with the largest-remainder method, for an agreement whose
 * `hostRoles` clause says so: Røros–Os–Holtålen §5, "Vertskommuneansvaret
 * for de ulike samarbeidsområdene fordeles på samarbeidskommunene etter en
 * rimelig fordeling ut fra folketall".
 *
 * @throws {@link AgreementInputError} if the agreement has no such clause,
 *   for a number of roles that is not a whole number from 0 to 10 000, or if
 *   no party has a population (a party without one counts 0 inhabitants).
 * @see Røros–Os–Holtålen §5
 * @example
 * hostRoles(rorosOsHoltalen, { roles: 10 }).map((h) => [h.name, h.roles]);
 * //=> [['Røros', 6], ['Os', 2], ['Holtålen', 2]]
 */
export function hostRoles(
  agreement: Agreement,
  options: { readonly roles: number; readonly date?: IsoDate },
): HostRoles[] {
  hostRule(agreement);
  if (!Number.isSafeInteger(options.roles) || options.roles < 0 || options.roles > 10_000) {
    throw new AgreementInputError(
      [
        {
          path: 'roles',
          code: 'invalid_roles',
          message: 'must be a whole number from 0 to 10 000',
        },
      ],
      'Invalid roles',
    );
  }
  const members = membersOn(agreement, options.date ?? agreement.validFrom);
  const populations = members.map((p) => BigInt(p.population ?? 0));
  const total = populations.reduce((a, b) => a + b, 0n);
  if (total === 0n) {
    throw new AgreementInputError(
      [
        {
          path: 'parties',
          code: 'zero_total_population',
          message: 'the parties have no population to spread host roles by',
        },
      ],
      'No population',
    );
  }
  const { amounts } = largestRemainder(
    BigInt(options.roles),
    populations,
    members.map((p) => p.municipality.number),
    total,
  );
  return members.map((p, i) => ({
    number: p.municipality.number,
    name: p.municipality.name,
    population: p.population ?? 0,
    roles: Number(amounts[i]),
  }));
}

/**
 * Checks an assignment of service areas to host municipalities against the
 * agreement's `hostRoles` clause (Røros–Os–Holtålen §5) and the hosts the
 * data already records (`host` on a service area, with its source): every
 * area with listed participants has a host who takes part in it; an
 * assignment that contradicts a recorded host is an error; and each party
 * hosts as many areas as a distribution by population gives it, give or take
 * one. The fair distribution counts a party only for the areas it takes part
 * in: each hosted area's one role is spread over its own participants by
 * population, and the sums are rounded by largest remainder. Recorded hosts
 * count as hosted areas.
 *
 * @throws {@link AgreementInputError} if the agreement has no `hostRoles`
 *   clause, or for an assignment that is not an object of kommunenummer.
 * @param options.assignment - service area id → kommunenummer of the host.
 * @see Røros–Os–Holtålen §4, §5
 * @example
 * const codes = checkHostAssignment(rorosOsHoltalen, { assignment: { landbruk: '5025' } })
 *   .map((f) => f.code);
 * // The data records Os as landbruk's host; 20 of the 22 areas with participants have none:
 * [codes[0], codes.filter((c) => c === 'host_missing').length]; //=> ['host_contradicts_data', 20]
 */
export function checkHostAssignment(
  agreement: Agreement,
  options: { readonly assignment: Readonly<Record<string, string>>; readonly date?: IsoDate },
): Finding[] {
  const cite = citing(agreement.id);
  const { clause } = hostRule(agreement);
  const given: unknown = options?.assignment;
  if (given === null || typeof given !== 'object' || Array.isArray(given)) {
    throw new AgreementInputError(
      [
        {
          path: 'assignment',
          code: 'invalid_type',
          message: 'must be an object: service area id → kommunenummer of the host',
        },
      ],
      'Invalid assignment',
    );
  }
  const entries = Object.entries(given as Readonly<Record<string, unknown>>);
  const problems = entries
    .filter(([, host]) => typeof host !== 'string')
    .map(([areaId]) => ({
      path: formatPath(['assignment', areaId]),
      code: 'invalid_type',
      message: 'must be the kommunenummer of the host as text',
    }));
  if (problems.length > 0) throw new AgreementInputError(problems, 'Invalid assignment');
  const findings: Finding[] = [];
  const areas = (agreement.serviceAreas ?? []).filter(
    (a): a is ServiceArea & { readonly participants: readonly string[] } => a.participants !== null,
  );
  // The host of each area: the assignment's where it names one, else the one the data records.
  const hostOf = new Map<string, string>();
  for (const area of areas) if (area.host !== undefined) hostOf.set(area.id, area.host);
  for (const [areaId, host] of entries as [string, string][]) {
    const area = areas.find((a) => a.id === areaId);
    if (area === undefined) {
      findings.push({ ...cite(clause, 'host_unknown_area', { area: areaId }), severity: 'error' });
    } else {
      if (area.host !== undefined && area.host !== host) {
        findings.push({
          ...cite(area.clause, 'host_contradicts_data', {
            area: area.name,
            host,
            recorded: area.host,
            source: area.hostSource ?? null,
          }),
          severity: 'error',
        });
      }
      if (!area.participants.includes(host)) {
        findings.push({
          ...cite(area.clause, 'host_not_participant', { area: area.name, host }),
          severity: 'error',
        });
      }
      hostOf.set(area.id, host);
    }
  }
  for (const area of areas) {
    if (!hostOf.has(area.id)) {
      findings.push({
        ...cite(area.clause, 'host_missing', { area: area.name }),
        severity: 'info',
      });
    }
  }
  const members = membersOn(agreement, options.date ?? agreement.validFrom);
  const hosted = areas.filter((a) => hostOf.has(a.id));
  const fair = fairRoles(members, hosted);
  const uneven = members.flatMap((party, i) => {
    const number = party.municipality.number;
    const actual = hosted.filter((a) => hostOf.get(a.id) === number).length;
    const roles = fair[i] as number;
    return Math.abs(actual - roles) > 1
      ? [{ name: party.municipality.name, roles: actual, fair: roles }]
      : [];
  });
  if (uneven.length > 0) {
    findings.push({
      ...cite(clause, 'host_roles_uneven', { roles: hosted.length, uneven }),
      severity: 'warning',
    });
  }
  return findings;
}

/**
 * Each member's fair number of host roles: every hosted area's one role
 * spread over its participants that are members, by population, summed per
 * member and rounded by largest remainder. A member has no share of an area
 * it does not take part in. Exact: the shares are put over one common
 * denominator (the product of the areas' distinct populations).
 */
function fairRoles(
  members: readonly Party[],
  hosted: readonly { readonly participants: readonly string[] }[],
): number[] {
  const population = (p: Party) => BigInt(p.population ?? 0);
  const shares = hosted.flatMap((area) => {
    const inArea = members.filter((p) => area.participants.includes(p.municipality.number));
    const total = inArea.reduce((sum, p) => sum + population(p), 0n);
    return total === 0n ? [] : [{ inArea, total }];
  });
  const denominator = [...new Set(shares.map((s) => s.total))].reduce((a, b) => a * b, 1n);
  const weights = members.map((member) =>
    shares.reduce(
      (sum, s) =>
        s.inArea.includes(member) ? sum + (population(member) * denominator) / s.total : sum,
      0n,
    ),
  );
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return members.map(() => 0);
  const { amounts } = largestRemainder(
    BigInt(shares.length),
    weights,
    members.map((p) => p.municipality.number),
    sum,
  );
  return amounts.map(Number);
}

/**
 * What the agreement says happens if two of its municipalities merge, for an
 * agreement with a `lifecycle.merger` clause: Røros–Os–Holtålen §9,
 * "Dersom to av kommunene velger å slå seg sammen, så vil det bli
 * forhandling med den tredje kommunen med sikte på å videreføre dagens
 * samarbeid".
 *
 * @throws {@link AgreementInputError} if the agreement has no such clause, or
 *   `merging` does not name two different parties.
 * @see Røros–Os–Holtålen §9
 * @example
 * mergerConsequence(rorosOsHoltalen, { merging: ['5025', '5026'] }).values.third; //=> '3430 Os'
 */
export function mergerConsequence(
  agreement: Agreement,
  options: { readonly merging: readonly [string, string] },
): Finding {
  const rule = agreement.lifecycle?.merger;
  if (rule === undefined) {
    throw new AgreementInputError(
      [
        {
          path: 'agreement.lifecycle.merger',
          code: 'no_merger_clause',
          message: `${agreement.id} says nothing of parties that merge`,
        },
      ],
      'No clause on mergers',
    );
  }
  const names = new Map(
    agreement.parties.map((p) => [
      p.municipality.number,
      `${p.municipality.number} ${p.municipality.name}`,
    ]),
  );
  const merging = options.merging.flatMap((n) => names.get(n) ?? []);
  if (merging.length < options.merging.length || options.merging[0] === options.merging[1]) {
    throw new AgreementInputError(
      [
        {
          path: 'merging',
          code: 'unknown_party',
          message: `must name two different parties of ${agreement.id}`,
        },
      ],
      'Invalid merger',
    );
  }
  const others = agreement.parties.filter((p) => !options.merging.includes(p.municipality.number));
  return {
    ...citing(agreement.id)(rule.clause, 'merger_negotiation', {
      merging,
      third: others.map((p) => `${p.municipality.number} ${p.municipality.name}`).join(', '),
    }),
    severity: 'info',
  };
}

/** The agreement's clause on host roles, or an input error if it has none. */
function hostRule(agreement: Agreement): { readonly clause: string } {
  if (agreement.hostRoles === undefined) {
    throw new AgreementInputError(
      [
        {
          path: 'agreement.hostRoles',
          code: 'no_host_roles_clause',
          message: `${agreement.id} has no clause on spreading host roles among the parties`,
        },
      ],
      'No clause on host roles',
    );
  }
  return agreement.hostRoles;
}
