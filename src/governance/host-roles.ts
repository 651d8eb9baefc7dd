import { largestRemainder } from '../finance/largest-remainder.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { ServiceArea } from '../model/service-area.js';
import { membersOn } from '../rules/membership.js';
import { citing } from '../rules/reason.js';
import type { Finding } from './validate-board.js';

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
 * agreement's `hostRoles` clause (Røros–Os–Holtålen §5): every area with
 * listed participants has a host who takes part in it, and each party hosts
 * as many areas as a distribution by population gives it, give or take one.
 *
 * @throws {@link AgreementInputError} if the agreement has no `hostRoles` clause.
 * @param options.assignment - service area id → kommunenummer of the host.
 * @see Røros–Os–Holtålen §5
 * @example
 * checkHostAssignment(rorosOsHoltalen, { assignment: { barnevern: '5025', legevakt: '5025' } })
 *   .map((f) => f.code);
 * //=> ['host_missing', …, 'host_roles_uneven']
 */
export function checkHostAssignment(
  agreement: Agreement,
  options: { readonly assignment: Readonly<Record<string, string>>; readonly date?: IsoDate },
): Finding[] {
  const cite = citing(agreement.id);
  const { clause } = hostRule(agreement);
  const findings: Finding[] = [];
  const areas = (agreement.serviceAreas ?? []).filter(
    (a): a is ServiceArea & { readonly participants: readonly string[] } => a.participants !== null,
  );
  for (const [areaId, host] of Object.entries(options.assignment)) {
    const area = areas.find((a) => a.id === areaId);
    if (area === undefined) {
      findings.push({ ...cite(clause, 'host_unknown_area', { area: areaId }), severity: 'error' });
    } else if (!area.participants.includes(host)) {
      findings.push({
        ...cite(area.clause, 'host_not_participant', { area: area.name, host }),
        severity: 'error',
      });
    }
  }
  const hosted = areas.filter((a) => Object.hasOwn(options.assignment, a.id));
  for (const area of areas) {
    if (!Object.hasOwn(options.assignment, area.id) && area.host === undefined) {
      findings.push({
        ...cite(area.clause, 'host_missing', { area: area.name }),
        severity: 'info',
      });
    }
  }
  const fair = hostRoles(agreement, {
    roles: hosted.length,
    ...(options.date === undefined ? {} : { date: options.date }),
  });
  const uneven = fair.flatMap((f) => {
    const actual = hosted.filter((a) => options.assignment[a.id] === f.number).length;
    return Math.abs(actual - f.roles) > 1 ? [`${f.name}: ${actual} (rimelig: ${f.roles})`] : [];
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
