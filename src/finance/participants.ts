import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { Municipality } from '../model/municipality.js';
import type { ServiceArea } from '../model/service-area.js';
import { memberOn, membersOnDay } from '../rules/membership.js';
import { citing, type Reason } from '../rules/reason.js';

/** Someone who bears a part: a party, or a municipality outside the agreement in one service area. */
export interface Participant {
  readonly municipality: Municipality;
  readonly population?: number;
}

/** A service area whose participants the agreement lists, and its place among the areas. */
export interface ListedArea {
  readonly area: ServiceArea;
  readonly index: number;
  readonly participants: readonly string[];
}

/** The service area of an id, which must exist and list its participants. */
export function findArea(agreement: Agreement, id: string): ListedArea {
  const areas = agreement.serviceAreas ?? [];
  const index = areas.findIndex((a) => a.id === id);
  const area = areas[index];
  if (area === undefined) {
    throw new AgreementInputError(
      [
        {
          path: 'serviceArea',
          code: 'unknown_service_area',
          message: `${agreement.id} has no service area "${id}"${areas.length === 0 ? '' : ` (its areas: ${areas.map((a) => a.id).join(', ')})`}`,
        },
      ],
      'Unknown service area',
    );
  }
  const { participants } = area;
  if (participants === null) {
    throw new AgreementInputError(
      [
        {
          path: 'serviceArea',
          code: 'participants_not_listed',
          message: `the agreement does not list the participants of ${area.name} (${area.clause})`,
        },
      ],
      'Participants not listed',
    );
  }
  return { area, index, participants };
}

/** The participants on a day, with the path of each one's population for error messages. */
export function participantsOn(
  agreement: Agreement,
  day: IsoDate,
  listed: ListedArea | null,
): { members: readonly Participant[]; pathOf: (index: number) => string } {
  if (listed === null) {
    const members = membersOnDay(agreement, day);
    // Paths are only needed for an error message, so they are found only then.
    return {
      members,
      pathOf: (i) =>
        `parties[${agreement.parties.indexOf(members[i] as (typeof members)[number])}].population`,
    };
  }
  const { area, index } = listed;
  const named = new Set(listed.participants);
  const members: Participant[] = [];
  const paths: string[] = [];
  agreement.parties.forEach((party, i) => {
    if (named.has(party.municipality.number) && memberOn(party, day)) {
      members.push(party);
      paths.push(`parties[${i}].population`);
    }
  });
  (area.otherParticipants ?? []).forEach((other, k) => {
    members.push(other);
    paths.push(`serviceAreas[${index}].otherParticipants[${k}].population`);
  });
  if (members.length === 0) {
    throw new AgreementInputError(
      [
        {
          path: 'date',
          code: 'no_members',
          message: `no participant of ${area.name} is a member on ${day}`,
        },
      ],
      'No participants on that date',
    );
  }
  return { members, pathOf: (i) => paths[i] as string };
}

/** Shares and costs exist only while the agreement applies. */
export function assertInForce(
  agreement: Agreement,
  date: IsoDate,
  validUntil: IsoDate | undefined,
): void {
  const { validFrom } = agreement;
  const message =
    date < validFrom
      ? `is before ${agreement.id} applies (from ${validFrom})`
      : validUntil !== undefined && date > validUntil
        ? `is after ${agreement.id} ends (it applies until ${validUntil})`
        : null;
  if (message !== null) {
    throw new AgreementInputError(
      [{ path: 'date', code: 'outside_validity', message: `${date} ${message}` }],
      'Date outside the agreement',
    );
  }
}

/**
 * An area added later has no costs before it starts: a split before its
 * start (or, with the start unknown, before the day the agreement says it is
 * to be in place by) is an input error; after that day, a reason says the
 * start is unknown.
 */
export function areaStarted(agreement: Agreement, area: ServiceArea, day: IsoDate): Reason[] {
  const start = area.start;
  if (start === undefined) return [];
  const known = start.date;
  const by = start.noLaterThan;
  if (known !== null ? day >= known : by !== undefined && day >= by) {
    return known !== null
      ? []
      : [
          citing(agreement.id)(start.clause, 'service_area_start_unknown', {
            area: area.name,
            noLaterThan: by as string,
          }),
        ];
  }
  throw new AgreementInputError(
    [
      {
        path: 'date',
        code: known !== null ? 'area_not_started' : 'area_start_unknown',
        message:
          known !== null
            ? `${area.name} starts on ${known} (${start.clause}); it has no costs on ${day}`
            : `when ${area.name} starts is not known (${start.clause}${
                by === undefined ? '' : `: to be in place by ${by}`
              }); a split on ${day} could charge for an area that did not yet exist`,
      },
    ],
    'Service area not started',
  );
}
