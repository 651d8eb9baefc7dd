import { formatDateEn, formatNumberEn } from '../internal/format-nb.js';
import type { DecisionRule } from '../model/organ.js';
import type {
  Duty,
  PopulationDateValues,
  QualifiedValues,
  QuorumValues,
  StatutoryItemId,
  WeightedValues,
  WeightQuorumValues,
} from '../rules/reason.js';
import type { Messages } from './messages.js';

const table = (name: string | null) => name ?? "the agreement's table";

/** What a statutory form's agreement is expected to state, in English. */
const STATUTORY_ITEMS_EN: Readonly<Record<StatutoryItemId, string>> = {
  name: 'the name',
  participants: 'the participants',
  'office-municipality': 'the office municipality (kontorkommune)',
  'tasks-and-authority': 'the tasks and authority',
  'council-members-per-participant':
    'the number of members of the representantskap per participant',
  contributions: 'the duty to contribute and the financial obligations',
  'shares-stated': 'the ownership or liability shares as percentages or fractions',
  borrowing: 'whether the cooperation may borrow',
  council: 'a representantskap',
  'host-municipality': 'the host municipality (vertskommune)',
  'delegated-tasks': 'the tasks and authority delegated',
  'financial-settlement': 'the financial settlement',
  'withdrawal-and-termination': 'withdrawal and termination',
  'adopted-by-council':
    'that the company agreement is written and adopted by the municipal council itself',
  'head-office': 'the municipality of the head office',
  purpose: "the company's purpose",
};

/** A difference (invoiced − expected) in English: `'-0.01'` → `'NOK 0.01 too little'`. */
const overUnderEn = (difference: string) =>
  difference.startsWith('-')
    ? `NOK ${formatNumberEn(difference.slice(1))} too little`
    : `NOK ${formatNumberEn(difference)} too much`;

/** Whether a statutory item or rule is verified against the statute, in English, with its source. */
const verifiedEn = (verified: boolean | undefined, source: string) =>
  verified === true
    ? `(Verified; source: ${source}.)`
    : `(Not verified against the statute's text; source: ${source}.)`;

/** The votes against counted as for under a reading, as a parenthesis after the count of votes for. */
function countedEn(counted: readonly string[] | undefined): string {
  return counted === undefined || counted.length === 0
    ? ''
    : ` (${counted.length} of them ${counted.length === 1 ? 'a vote' : 'votes'} against by ${listEn(counted)}, counted as for under the reading chosen)`;
}

function abstainEn(abstain: number): string {
  return abstain === 0 ? '' : `, ${abstain} abstained`;
}

/** `['a', 'b', 'c']` → `'a, b and c'`. */
function listEn(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `['a', 'b', 'c']` → `'a, b or c'`. */
function listOrEn(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function quorumEn(v: QuorumValues, met: boolean): string {
  if (v.rule === 'none') return 'The agreement sets no quorum.';
  const deputies = v.deputies === 0 ? '' : `, ${v.deputies} of them by a deputy`;
  if (v.rule === 'all-seats') {
    return met
      ? `Quorate: all ${v.seats} seats are represented${deputies}.`
      : `Not quorate: every seat must be represented, but ${listEn(v.missing)} ${v.missing.length === 1 ? 'is' : 'are'} missing.`;
  }
  if (v.counts === 'members') {
    return `${met ? 'Quorate' : 'Not quorate'}: ${v.membersPresent} of ${v.members} members present (for ${v.present} of ${v.seats} seats${deputies}); at least ${v.required} members required.`;
  }
  return `${met ? 'Quorate' : 'Not quorate'}: ${v.present} of ${v.seats} present${deputies}; at least ${v.required} required.`;
}

function qualifiedEn(v: QualifiedValues, met: boolean): string {
  const base = v.of === 'votes-cast' ? 'votes cast' : 'seats';
  const share = `${v.threshold === 'more-than' ? 'more than' : 'at least'} ${v.numerator}/${v.denominator}`;
  return `${met ? 'Adopted' : 'Not adopted'}: ${v.for} for${countedEn(v.countedAsFor)} and ${v.against} against of ${v.base} ${base}; ${share} and more for than against requires at least ${v.required} for.`;
}

/** A key's source, when it is not the agreement text. */
function sourceEn(source: string | null): string {
  return source === null ? '' : ` The key is not in the agreement text; source: ${source}.`;
}

/** "12 months" as "one year"; a number of years or months in English. */
function periodEn(period: number, unit: 'months' | 'years'): string {
  const years = unit === 'years' ? period : period % 12 === 0 ? period / 12 : undefined;
  if (years === undefined) return `${period} month${period === 1 ? '' : 's'}`;
  return `${years} year${years === 1 ? '' : 's'}`;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Reason sentences in English. */
export const messagesEn: Messages = {
  parties_active: ({ date, count }) =>
    `${count} ${count === 1 ? 'municipality is a party' : 'municipalities are parties'} on ${formatDateEn(date)}.`,
  cost_key_population: ({
    referenceDate,
    totalPopulation,
    parties,
    table: name,
    source,
    populationDate,
  }) =>
    `Costs are split by population${referenceDate === null || populationDate?.rule === 'reference-date' ? '' : ` on ${formatDateEn(referenceDate)}`}${
      name === null ? '' : ` (${name})`
    }: ${formatNumberEn(totalPopulation)} inhabitants in ${parties} ${parties === 1 ? 'municipality' : 'municipalities'}.${datedEn(populationDate)}${sourceEn(source)}`,
  cost_key_fixed_and_population: ({
    fixedPercent,
    populationPercent,
    parties,
    totalPopulation,
    source,
    populationDate,
  }) =>
    `${fixedPercent} % of the costs is split equally among the ${parties} municipalities and ${populationPercent} % by population (${formatNumberEn(totalPopulation)} inhabitants).${datedEn(populationDate)}${sourceEn(source)}`,
  cost_key_per_inhabitant: ({
    rate,
    totalPopulation,
    parties,
    source,
    validUntil,
    populationDate,
  }) =>
    `The municipalities pay NOK ${rate} per inhabitant${
      validUntil === null ? '' : ` (the rate applies up to ${formatDateEn(validUntil)})`
    }; each municipality pays the rate times its population (${formatNumberEn(totalPopulation)} inhabitants in ${parties} municipalities).${datedEn(populationDate)}${sourceEn(source)}`,
  cost_key_stated_shares: ({ parties, source, scaled }) =>
    `Costs are split by the shares the agreement states for the ${parties} municipalities${
      scaled ? ', scaled up to the whole cost as the agreement says' : ''
    }.${sourceEn(source)}`,
  cost_key_parts: ({ parts, parties, source }) =>
    `Costs are split in ${parts} ${parts === 1 ? 'part' : 'parts'} among the ${parties} municipalities; each one's share of the whole amount is computed exactly over all parts, and the amount is split once.${sourceEn(source)}`,
  cost_key_part: ({ share, basis, measure, name, unit, period, total, figures, populationDate }) =>
    `${share.includes('/') ? share : `${share} %`} ${
      basis === 'equal'
        ? 'is split equally'
        : basis === 'population'
          ? `is split by population (${formatNumberEn(total ?? '0')} inhabitants)`
          : basis === 'stated-shares'
            ? 'is split by the shares the agreement states'
            : `is split by the measured ${name ?? measure ?? ''}${
                period === null ? '' : ` ${formatDateEn(period.from)}–${formatDateEn(period.to)}`
              } (${formatNumberEn(total ?? '0')} ${unit ?? ''} in all)`
    }${
      figures === null
        ? ''
        : `: ${figures.map((f) => `${f.number} ${basis === 'stated-shares' && !f.value.includes('/') ? `${f.value} %` : formatNumberEn(f.value)}`).join(', ')}`
    }.${datedEn(populationDate)}`,
  rate_sets_amount: ({ rate, totalPopulation, amount }) =>
    `The rate of NOK ${rate} per inhabitant sets the amount: NOK ${rate} × ${formatNumberEn(totalPopulation)} inhabitants = NOK ${formatNumberEn(amount)}; each municipality pays the rate times its population.`,
  rate_sets_settlement: ({ amount, days, periods }) =>
    `The rate per inhabitant sets the year's amount: ${periods
      .map(
        (p) =>
          `${formatDateEn(p.from)}–${formatDateEn(p.to)}: NOK ${p.rate} × ${formatNumberEn(p.population)} inhabitants × ${p.days}/${days} days`,
      )
      .join(
        '; ',
      )}; in all NOK ${formatNumberEn(amount)} (each municipality's amount rounded to whole øre). A party on all those days pays the rate times its population.`,
  cost_key_limits: ({ limited, rest }) =>
    `${limited
      .map(
        (l) =>
          `${l.number} pays ${l.bound === 'floor' ? 'its floor of' : 'at most (its cap)'} NOK ${formatNumberEn(l.amount)}`,
      )
      .join(', ')}; the rest, NOK ${formatNumberEn(rest)}, is split among the others by the key.`,
  cost_pool: ({ name, ownKey }) =>
    ownKey
      ? `The costs belong to ${name} and are split by that pool's key.`
      : `The costs belong to ${name}, which has no key of its own; they are split by the common key.`,
  service_area: ({ area, participants }) =>
    `${area}: the participants are ${listEn(participants)}.`,
  service_area_own_agreement: ({ area }) =>
    `The budget and cost split of ${area} are to be set by the area's own agreement; this split follows the framework's key and holds only where the area's agreement says nothing else.`,
  service_area_start_unknown: ({ area, noLaterThan }) =>
    `When ${area} started is unknown; the agreement says the area is to be in place by ${formatDateEn(noLaterThan)}.`,
  percent_half_up: ({ sum, table: name }) =>
    `Percentages are rounded half up to two decimals${
      name === null ? '' : `, as ${name} does`
    }; they then sum to ${sum} %.`,
  percent_largest_remainder: ({ sum }) =>
    `A second rounding by largest remainder always sums to ${sum} %.`,
  stated_table_not_applicable: ({ table: name, date, tableDate }) =>
    `${capitalise(table(name))} describes the parties on ${formatDateEn(tableDate)}; the shares on ${formatDateEn(
      date,
    )} are computed from the populations of the parties on that day.`,
  stated_total_population: ({ table: name, stated, computed }) =>
    `${capitalise(table(name))} states ${formatNumberEn(stated)} inhabitants, but the parties' populations sum to ${formatNumberEn(computed)}.`,
  stated_percent_differs: ({ table: name, differences }) =>
    `${capitalise(table(name))} states shares that differ from the populations: ${differences
      .map((d) => `${d.number} ${d.name} ${d.stated} % (computed ${d.computed} %)`)
      .join(', ')}.`,
  stated_percent_sum: ({ table: name, statedSum, statedTotal }) =>
    `The percentages printed in ${table(name)} sum to ${statedSum} %, not the ${statedTotal} % it states.`,
  quorum_met: (v) => quorumEn(v, true),
  quorum_not_met: (v) => quorumEn(v, false),
  majority_adopted: ({ for: yes, against, abstain, countedAsFor }) =>
    `Adopted by simple majority: ${yes} for${countedEn(countedAsFor)}, ${against} against${abstainEn(abstain)}.`,
  majority_rejected: ({ for: yes, against, abstain }) =>
    `Not adopted: ${yes} for and ${against} against is no majority${abstainEn(abstain)}.`,
  tie_chair_decides: ({ votes, chair, chairVote }) =>
    `A tie (${votes}–${votes}): the presiding member's vote (${chair}) decides, and the proposal is ${
      chairVote === 'for' ? 'adopted' : 'not adopted'
    }.`,
  tie_rejected: ({ votes }) => `A tie (${votes}–${votes}): the proposal falls.`,
  tie_lot: ({ votes, election }) =>
    `A tie (${votes}–${votes})${election === true ? ' in an election' : ''}: settled by drawing lots, so the votes cannot tell the outcome.`,
  tie_no_casting_vote: ({ votes, chair, why }) =>
    `A tie (${votes}–${votes}) with no casting vote: ${
      why === 'chair-abstained'
        ? `the presiding member (${chair}) voted neither for nor against`
        : why === 'no-leader'
          ? 'the body has no leader, so nobody has a casting vote'
          : `the presiding member (${chair}) is not the leader and, under the reading chosen, has no casting vote`
    }; the proposal falls.`,
  consensus_sought: ({ reached, against }) =>
    reached
      ? 'Consensus was reached.'
      : `Consensus was not reached (${
          against.length > 0 ? `against: ${listEn(against)}` : 'nobody voted for'
        }); the matter is decided by vote.`,
  unanimity_met: ({ of, required, countedAsFor }) =>
    countedAsFor === undefined || countedAsFor.length === 0
      ? `Unanimous: all ${required} ${of === 'all-seats' ? 'seats' : 'present'} voted for.`
      : `Counted as unanimous under the reading chosen: ${required - countedAsFor.length} of ${required} ${
          of === 'all-seats' ? 'seats' : 'present'
        } voted for, and the vote against by ${listEn(countedAsFor)} is counted as for.`,
  unanimity_not_met: ({ of, for: yes, required, against, abstain, absent }) =>
    `Not unanimous: ${yes} of ${required} ${of === 'all-seats' ? 'seats' : 'present'} voted for${[
      against.length > 0 ? `; against: ${listEn(against)}` : '',
      abstain.length > 0 ? `; abstained: ${listEn(abstain)}` : '',
      of === 'all-seats' && absent.length > 0 ? `; absent: ${listEn(absent)}` : '',
    ].join('')}.`,
  consensus_reached: ({ for: yes, abstain, countedAsFor }) =>
    countedAsFor === undefined || countedAsFor.length === 0
      ? `Consensus: nobody voted against (${yes} for${abstainEn(abstain)}).`
      : `Counted as consensus under the reading chosen: ${yes} for${countedEn(countedAsFor)}${abstainEn(abstain)}.`,
  consensus_not_reached: ({ for: yes, against }) =>
    against.length > 0
      ? `No consensus: ${listEn(against)} voted against.`
      : `No consensus: ${yes === 0 ? 'nobody voted for' : 'nobody voted against'}.`,
  chair_decides: ({ chair, chairVote }) =>
    `No consensus, so the leader (${chair}) decides: ${
      chairVote === 'for'
        ? 'the proposal is adopted'
        : chairVote === 'against'
          ? 'the proposal is not adopted'
          : 'the leader took no position, so the proposal is not adopted'
    }.`,
  no_chair_decision: ({ presiding }) =>
    `No consensus, and the presiding member (${presiding}) is not the leader and, under the reading chosen, cannot decide in the leader's place; the proposal is not adopted.`,
  qualified_met: (v) => qualifiedEn(v, true),
  qualified_not_met: (v) => qualifiedEn(v, false),
  stand_in_presides: ({ presiding, role, castingVote, reading }) =>
    `${role === 'deputy-leader' ? 'The deputy leader' : 'Someone other than the leader'} (${presiding}) presides; under the reading "${reading}" the presiding member ${
      castingVote ? 'has' : 'does not have'
    } the leader's deciding vote.`,
  designee_presides: ({ presiding }) =>
    `The person presiding (${presiding}) was designated by the leader to lead in the leader's place and has the leader's powers.`,
  case_prepared: ({ byName }) =>
    `The case was treated by ${byName} first, as the agreement requires.`,
  case_not_prepared: ({ byName, voided }) =>
    `The case was not treated by ${byName} first, as the agreement requires; ${
      voided
        ? 'under the reading chosen, no decision is then validly made.'
        : 'the procedure breaks the agreement, but under the reading chosen the decision stands.'
    }`,
  councils_must_adopt: ({ councils }) =>
    `The decision takes effect only when ${
      councils === 1 ? 'the kommunestyre has' : `all ${councils} kommunestyrer have`
    } adopted it too, in identical text.`,
  candidate_opposed: ({ candidate, seats, effect, conditions }) =>
    `${listEn(seats)} voted against ${candidate}, which meets the conditions that protect it (${listEn(conditions.map((c) => `«${c}»`))}); existing parties may not oppose such a municipality. ${
      effect === 'count-as-for'
        ? 'Under the reading chosen, the vote counts as a vote for.'
        : 'The vote is contrary to the agreement but, under the reading chosen, counts as cast.'
    }`,
  candidate_not_eligible: ({ candidate, missingTexts, unknownTexts }) =>
    `${
      missingTexts.length === 0 && unknownTexts.length === 0
        ? `The agreement has no condition that protects ${candidate} against opposition`
        : `${candidate} is not shown to meet the conditions that protect against opposition${
            missingTexts.length > 0 ? `; not met: ${listEn(missingTexts.map((c) => `«${c}»`))}` : ''
          }${unknownTexts.length > 0 ? `; not given: ${listEn(unknownTexts.map((c) => `«${c}»`))}` : ''}`
    }; the parties are free to vote against.`,
  reading_applied: ({ note, reading, chosen }) =>
    `The rule follows the reading "${reading}" of interpretation note "${note}"${chosen ? ' (chosen explicitly instead of the default reading)' : ''}.`,
  board_region_without_member: ({ region }) =>
    `Region ${region} has no kommunedirektør on the board.`,
  board_region_several_members: ({ region, members }) =>
    `Region ${region} has several board members (${listEn(members)}); the board has one kommunedirektør per region.`,
  board_member_outside_region: ({ region, member }) =>
    `Board member ${member} does not belong to region ${region}, which it represents.`,
  board_deputy_missing: ({ region, single }) =>
    single
      ? `Region ${region} has a single municipality, so there are no "remaining municipalities" to choose a deputy from.`
      : `Region ${region} lacks a deputy chosen among the region's other municipalities.`,
  board_deputy_outside_region: ({ region, deputy }) =>
    `Deputy ${deputy} does not belong to region ${region}.`,
  board_deputy_is_member: ({ region, deputy }) =>
    `The deputy for ${region} (${deputy}) is from the same municipality as the member; it must come from the region's remaining municipalities.`,
  board_unknown_region: ({ region }) => `Region ${region} is not in the region division.`,
  board_party_without_region: ({ parties }) => `${listEn(parties)} belong to no region.`,
  board_leader_not_member: ({ role, number }) =>
    `The ${role === 'leader' ? 'leader' : 'deputy leader'} (${number}) is not a board member.`,
  board_leaders_same_region: ({ region }) =>
    `Leader and deputy leader are both from region ${region}; they must come from different regions.`,
  board_term_length: ({ from, to, expected, years }) =>
    `Leader and deputy leader are elected for ${years} year${years === 1 ? '' : 's'} at a time: the term ${formatDateEn(from)}–${formatDateEn(to)} should end on ${formatDateEn(expected)}.`,
  board_not_a_member: ({ role, number, date }) =>
    `The ${{ member: 'board member', deputy: 'deputy', leader: 'leader', 'deputy-leader': 'deputy leader' }[role]} (${number}) is not from an owner municipality on ${formatDateEn(date)}.`,
  board_regions_invalid: ({ problems }) =>
    `The region division is not valid: ${problems.join('; ')}.`,
  board_leader_missing: ({ role }) =>
    `The board has not chosen a ${role === 'leader' ? 'leader' : 'deputy leader'}.`,
  board_leader_is_deputy_leader: ({ number }) =>
    `${number} is both leader and deputy leader; they must be two people from different regions.`,
  board_valid: ({ regions, withoutDeputy }) =>
    withoutDeputy.length === 0
      ? `The board meets the composition requirements: one kommunedirektør and a deputy from each of the ${regions} regions.`
      : `The board meets the composition requirements: one kommunedirektør from each of the ${regions} regions, and a deputy from each region except ${listEn(withoutDeputy)}, which has only one municipality.`,
  withdrawal_effective: ({ noticeSentOn, months, effectiveDate, lastFinancedDate }) =>
    `Written notice of withdrawal sent ${formatDateEn(noticeSentOn)}; the withdrawal takes effect ${
      months % 12 === 0 ? `${months / 12} year${months === 12 ? '' : 's'}` : `${months} months`
    } later, on ${formatDateEn(effectiveDate)}. The duty to finance ends from that day; the last financed day is ${formatDateEn(lastFinancedDate)}.`,
  withdrawal_notice_period: ({ countedFrom, noticeDate, period, unit, periodEnd }) =>
    `Written notice of withdrawal ${countedFrom} ${formatDateEn(noticeDate)}; the notice period of ${periodEn(period, unit)} runs from that day and ends on ${formatDateEn(periodEnd)}.`,
  withdrawal_minimum_membership: ({ joined, period, unit, earliest, applies }) =>
    `A party must have been a member for at least ${periodEn(period, unit)}: it joined on ${formatDateEn(joined)}, so it can withdraw on ${formatDateEn(earliest)} at the earliest${
      applies ? ', after the notice period has ended' : '; that is not later than the notice period'
    }.`,
  withdrawal_takes_effect: ({ takesEffect, from, effectiveDate }) =>
    `${
      takesEffect === 'next-1-january'
        ? `The withdrawal takes effect at the first turn of the year after ${formatDateEn(from)}`
        : `The withdrawal takes effect at the end of the calendar year in which the period ends (${formatDateEn(from)})`
    }: ${formatDateEn(effectiveDate)}.`,
  withdrawal_statute: ({ law, section, months, verified, agreementDate, statutoryDate, applies }) =>
    `Under ${law} ${section} a municipality may in any case withdraw with ${periodEn(months, 'months')} of written notice${
      verified ? '' : ' (the rule is not verified against the statute)'
    }, that is from ${formatDateEn(statutoryDate)}. ${
      applies
        ? `That is earlier than under the agreement (${formatDateEn(agreementDate)}), so the statutory period applies.`
        : `The agreement's date (${formatDateEn(agreementDate)}) is not later, so the agreement applies.`
    }`,
  withdrawal_effective_date: ({ effectiveDate, lastFinancedDate }) =>
    `The withdrawal takes effect on ${formatDateEn(effectiveDate)}. The duty to finance ends from that day; the last financed day is ${formatDateEn(lastFinancedDate)}.`,
  ownership_restatement_needed: ({ party, remaining, sum }) =>
    `The agreement states the ownership shares; without ${party} the shares of the ${remaining} who remain make up ${sum}, not the whole. The agreement does not say how the share is spread: the ownership shares must be stated anew (an amendment), and none are worked out here.`,
  share_redistributed: ({ party, remaining, basis }) =>
    `The share of ${party} is spread over the ${remaining} remaining municipalities ${
      basis === 'population'
        ? 'by their scaled-up shares, which equals their share of the population of those who remain'
        : basis === 'cost-key'
          ? 'by the cost key, worked out again for those who remain'
          : 'by the ownership shares the agreement states for those who remain'
    }.`,
  shares_stated_in_table: ({ table: name, change, decidedBy, note }) =>
    `The shares are printed in ${name ?? 'a table'} of the agreement. ${
      change === 'withdrawal'
        ? 'The shares after the withdrawal are worked out by the agreement’s rule of scaled-up shares; they are not in the table.'
        : `The new party’s share is decided by ${decidedBy ?? 'the body the agreement names'}; the shares shown follow the agreement’s rule and have not been decided.`
    }${note === null ? '' : ' Whether the table in the agreement must also be amended is a question of interpretation (see the notes).'}`,
  extra_costs_charged: ({ party, amount }) =>
    `${party} bears the documented extra costs of its withdrawal: NOK ${formatNumberEn(amount)}.`,
  admission_condition: ({ candidate, condition, status }) =>
    `Admission condition: ${candidate} «${condition}» – ${
      status === 'met'
        ? 'met'
        : status === 'not-met'
          ? 'not met'
          : 'not given, so whether it is met is unknown'
    }.`,
  admission_eligible: ({ candidate }) => `${candidate} meets every condition for admission.`,
  admission_not_eligible: ({ candidate, missing }) =>
    `${candidate} does not meet the conditions for admission; not met: ${listEn(missing.map((m) => `«${m}»`))}.`,
  admission_eligibility_unknown: ({ candidate, unknown }) =>
    `Whether ${candidate} meets the conditions for admission is unknown; not given: ${listEn(unknown.map((m) => `«${m}»`))}.`,
  admission_protection: ({ candidate, status, conditions }) =>
    `${
      status === 'yes'
        ? `${candidate} is protected against opposition: existing parties may not oppose its accession`
        : status === 'no'
          ? `${candidate} is not protected against opposition`
          : `Whether ${candidate} is protected against opposition is unknown`
    }; the protection covers a municipality that ${listEn(conditions.map((m) => `«${m}»`))}.`,
  admission_vote: ({ organ, rule }) => `Admission is decided by ${organ}: ${describeRuleEn(rule)}.`,
  admission_share: ({ candidate, population, referenceDate, effectiveDate }) =>
    `The share of ${candidate} follows its population of ${formatNumberEn(population)}${
      referenceDate === null ? '' : ` on ${formatDateEn(referenceDate)}`
    } and applies from ${formatDateEn(effectiveDate)}; every share is recomputed from that day.`,
  admission_share_stated_table: ({ candidate, decidedBy, effectiveDate, parties }) =>
    `From ${formatDateEn(effectiveDate)} the new table of shares that the ${decidedBy} decided on admitting ${candidate} applies, for all ${parties} parties.`,
  admission_share_by_population: ({
    candidate,
    population,
    totalPopulation,
    referenceDate,
    effectiveDate,
  }) =>
    `The share of ${candidate} is its share of the population${
      referenceDate === null ? '' : ` on ${formatDateEn(referenceDate)}`
    }: ${formatNumberEn(population)} of ${formatNumberEn(totalPopulation)}. The other parties' stated shares are scaled down to the rest, from ${formatDateEn(effectiveDate)}.`,
  adoption_complete: ({ councils, councilsMustAdopt }) =>
    councilsMustAdopt
      ? councils === 1
        ? 'The council of the only party has adopted the same, unedited text.'
        : `All ${councils} councils have adopted the same, unedited text.`
      : councils === 1
        ? 'The only party has agreed to the same text.'
        : `All ${councils} parties have agreed to the same text.`,
  adoption_parties_unknown: ({ known, councilsMustAdopt }) =>
    `${known === 1 ? 'The only known party has' : `All ${known} known parties have`} ${
      councilsMustAdopt ? 'adopted' : 'agreed to'
    } the text, but the sources do not name every party; whether all parties agree is therefore unknown.`,
  adoption_missing: ({ missing, councilsMustAdopt }) =>
    councilsMustAdopt
      ? `No council decision yet from ${listEn(missing)}.`
      : `No consent yet from ${listEn(missing)}.`,
  adoption_different_text: ({ councils, councilsMustAdopt }) =>
    `${listEn(councils)} ${councilsMustAdopt ? 'adopted' : 'agreed to'} a different text from the one to apply; every party must ${
      councilsMustAdopt ? 'adopt' : 'agree to'
    } the same text, unedited.`,
  in_force: ({ date, validFrom, validUntil }) =>
    `The agreement is in force on ${formatDateEn(date)} (from ${formatDateEn(validFrom)}${validUntil === null ? '' : ` to ${formatDateEn(validUntil)}`}).`,
  not_in_force: ({ date, validFrom, validUntil }) =>
    `The agreement is not in force on ${formatDateEn(date)} (it applies from ${formatDateEn(validFrom)}${
      validUntil === null ? '' : ` to ${formatDateEn(validUntil)}`
    }).`,
  breach_complaint_open: ({ deadline }) =>
    `No complaint yet; the time limit for a written complaint is ${formatDateEn(deadline)}.`,
  breach_complaint_in_time: ({ deadline, complainedOn }) =>
    `The complaint of ${formatDateEn(complainedOn)} came within the time limit, ${formatDateEn(deadline)}.`,
  breach_complaint_late: ({ deadline, complainedOn, claimKept }) =>
    `${complainedOn === null ? 'No complaint was made' : `The complaint of ${formatDateEn(complainedOn)} came after the time limit`}; the limit was ${formatDateEn(deadline)}. ${
      claimKept
        ? 'The remedies are kept because the breach was intentional or grossly negligent.'
        : 'The remedies are lost.'
    }`,
  termination_needs_all_others: ({ party, others }) =>
    `Terminating the agreement against ${party} needs the agreement of all ${others} other parties.`,
  deadline_due: ({ due, who, duty }) => `By ${formatDateEn(due)}: ${who} – ${dutyEn(duty)}.`,
  settlement_by_days: ({ year, days, periods }) =>
    `The cost of ${year} is split by calendar day (${days} days); each day is split by the shares of the municipalities that were parties that day (${periods} period${periods === 1 ? '' : 's'} of different membership).`,
  settlement_no_members: ({ days }) =>
    `${days} day${days === 1 ? '' : 's'} of the year had no parties and ${days === 1 ? 'is' : 'are'} left out of the split.`,
  deflator_applied: ({ fromYear, toYear, factor, years }) =>
    `Adjusted from ${fromYear} to ${toYear} prices by the municipal deflator (${years
      .map((y) => `${y.year}: ${y.percent} % (${y.status}, ${y.published})`)
      .join(', ')}): factor ${factor}.`,
  deflator_method_not_in_sources: ({ document }) =>
    `The agreement says the price adjustment follows the principles of ${document}, which is not among the sources; the factor is worked out by the general method and has not been checked against that document.`,
  host_unknown_area: ({ area }) =>
    `Service area ${area} does not exist (or lists no participants).`,
  host_not_participant: ({ area, host }) => `${host} hosts ${area} but does not take part in it.`,
  host_contradicts_data: ({ area, host, recorded, source }) =>
    `The assignment makes ${host} the host of ${area}, but the data records ${recorded} as its host${
      source === null ? '' : ` (source: ${source})`
    }.`,
  host_missing: ({ area }) => `${area} has no host in the assignment.`,
  host_roles_uneven: ({ roles, uneven }) =>
    `The ${roles} host roles deviate by more than one from a distribution by population: ${uneven
      .map((u) => `${u.name}: ${u.roles} (fair: ${u.fair})`)
      .join('; ')}.`,
  merger_negotiation: ({ merging, third }) =>
    `${listEn(merging)} merge: the agreement calls for negotiation with ${third} to continue the cooperation and set up the new service areas between the new municipality and ${third}.`,
  stated_sum_not_100: ({ of, table: name, sum, expected, unit, part }) =>
    `${
      of === 'table-percents'
        ? `The percentages in ${table(name)}`
        : `The stated shares${part === undefined ? '' : ` of part ${part + 1} of the key`}`
    } sum to ${sum}${unit === 'percent' ? ' %' : ''}, not ${expected}${unit === 'percent' ? ' %' : ''}.`,
  party_not_in_table: ({ table: name, parties, part }) =>
    `${listEn(parties)} ${parties.length === 1 ? 'is' : 'are'} missing from ${
      part === undefined
        ? table(name)
        : `the shares the agreement states for part ${part + 1} of the key`
    }.`,
  quantities_needed: ({ measure, name, unit, part }) =>
    `Part ${part + 1} of the key is split by ${name} (${unit}): a split needs each participant's quantity of "${measure}" (in the CLI: split --quantities FILE).`,
  clause_parties_differ: ({ clause, notParties, notInClause }) =>
    `The parties in ${clause} and in the data differ${
      notParties.length > 0 ? `; named in ${clause} but not a party: ${listEn(notParties)}` : ''
    }${notInClause.length > 0 ? `; a party but not named in ${clause}: ${listEn(notInClause)}` : ''}.`,
  organ_without_rule: ({ organ }) => `The agreement states no decision rule for ${organ}.`,
  organ_without_seats: ({ organ }) => `${organ} has no seats when the agreement starts.`,
  statutory_defaults_apply: ({ organ, settings, source, verified }) =>
    `For ${organ} the agreement does not say ${listEn(
      settings.map(
        (setting) =>
          ({
            quorum: 'when the body can decide',
            tie: 'what a tie does',
            deputies: 'whether deputies may attend',
            abstention: 'whether members may abstain',
          })[setting],
      ),
    )}; the statute's rules apply. ${verifiedEn(verified, source)}`,
  statutory_item_missing: ({ form, item, source, verified }) =>
    `For ${form} the agreement is expected to state: ${STATUTORY_ITEMS_EN[item]}. The data does not. ${verifiedEn(verified, source)}`,
  statutory_checklist: ({ form, items, source, verifiedItems }) =>
    verifiedItems === undefined
      ? `The agreement was checked against ${items} items expected for ${form}. The list is not verified against the statute's text; source: ${source}.`
      : `The agreement was checked against ${items} items expected for ${form}. ${verifiedItems} of them are verified against the statute, the others are not; source: ${source}.`,
  form_of_repealed_law: ({ form, replacedBy, source, verified }) =>
    `The cooperation is ${form}, a form of kommuneloven 1992; in kommuneloven 2018 it corresponds to ${listOrEn(replacedBy)}. ${verifiedEn(verified, source)}`,
  notice_longer_than_statute: ({ form, months, statutoryMonths, source, verified }) =>
    `The agreement requires ${months} months' notice of withdrawal, but a participant in ${form} may in any case withdraw with ${statutoryMonths} months' written notice. ${verifiedEn(verified, source)}`,
  outside_statutory_forms: ({ form, inferred }) =>
    `The cooperation is ${form}, not one of the forms of kommuneloven § 17-1; it cannot exercise public authority on the municipalities' behalf, and it binds the parties only as a contract.${
      inferred
        ? ' No clause of the agreement states the form; it is inferred from its content.'
        : ''
    }`,
  fill_in_left: ({ path, mark }) =>
    `"${mark}" (fill in) is still in ${path}: write what the agreement says there.`,
  interpretation_open: ({ note, question }) => `Interpretation note "${note}": ${question}`,
  invoice_sum_as_amount: ({ amount, lines }) =>
    `No amount given: the invoice's sum, NOK ${formatNumberEn(amount)} (${lines} ${lines === 1 ? 'line' : 'lines'}), is the amount split.`,
  invoice_sum_differs: ({ amount, invoicedSum, difference }) =>
    `The invoice's lines sum to NOK ${formatNumberEn(invoicedSum)}, not NOK ${formatNumberEn(amount)}: ${overUnderEn(difference)}.`,
  invoice_deviates: ({ number, name, expected, invoiced, difference }) =>
    `${number} ${name} is invoiced NOK ${formatNumberEn(invoiced)} but owes NOK ${formatNumberEn(expected)} by the split: ${overUnderEn(difference)}.`,
  invoice_party_missing: ({ number, name, expected }) =>
    `${number} ${name} owes NOK ${formatNumberEn(expected)} by the split but is not on the invoice.`,
  invoice_party_extra: ({ number, invoiced }) =>
    `${number} is on the invoice with NOK ${formatNumberEn(invoiced)} but is not among the parties of the split.`,
  invoice_matches: ({ parties, amount }) =>
    `The invoice matches the split: ${parties === 1 ? 'the one municipality is' : `each of the ${parties} municipalities is`} invoiced what the split gives it, NOK ${formatNumberEn(amount)} in all.`,
  split_largest_remainder: ({ amount, parties, leftoverOre, by }) =>
    `NOK ${formatNumberEn(amount)} is split among ${parties} ${parties === 1 ? 'municipality' : 'municipalities'} ${
      by === 'ownership'
        ? 'by their ownership shares'
        : by === 'cost-key'
          ? 'by the cost key'
          : 'by their days of membership and the cost key on each day'
    }. ${
      leftoverOre === 0
        ? 'Every part is a whole number of øre; nothing is left over.'
        : `Each part is rounded down to whole øre; the ${leftoverOre} øre left over go to the largest remainders (equal remainders: larger share first, then lower kommunenummer), so the parts sum exactly to the amount.`
    }`,
  ownership_stated: ({ parties }) =>
    `The agreement states the ownership shares apart from its cost key; the shares here are the ownership shares of ${parties === 1 ? 'the one party' : `the ${parties} parties`}.`,
  liability_is_ownership: ({ law, verified, basis }) =>
    `Each party is liable for a share of the obligations equal to its ownership share (${law}${verified ? '' : ', not verified'}), as the agreement says nothing else; the ownership shares are ${basis === 'stated-ownership' ? 'those the agreement states' : 'the shares by the cost key'}.`,
  vote_held_by: ({ seat, holder, takesOver, absent }) =>
    takesOver
      ? `${seat}'s vote was cast by its ${holder}, who takes over because ${listEn(absent)} ${absent.length === 1 ? 'was' : 'were'} absent.`
      : `${seat}'s vote was cast by its ${holder}.`,
  quorum_weight_met: (v) => weightQuorumEn(v, true),
  quorum_weight_not_met: (v) => weightQuorumEn(v, false),
  weighted_met: (v) => weightedEn(v, true),
  weighted_not_met: (v) => weightedEn(v, false),
  all_of_met: ({ parts }) => `Adopted: all ${parts} conditions hold at once.`,
  all_of_not_met: ({ parts, failed }) =>
    `Not adopted: ${failed.length} of the ${parts} conditions that must hold at once ${
      failed.length === 1 ? 'fails' : 'fail'
    } (condition ${listEn(failed.map(String))}).`,
  statutory_default: ({ subject, applied, law, section, verified }) =>
    `${
      {
        quorum: 'The agreement does not say when the body can decide',
        tie: 'The agreement does not say what a tie does',
        deputies: 'The agreement does not say whether deputies may attend',
        abstention: 'The agreement does not say whether members may abstain',
      }[subject]
    }; the statute's rule applies: ${
      {
        'half-present': 'at least half the members must be present',
        'chair-decides': "the chair's vote decides",
        lot: 'in an election a tie is settled by lot',
        allowed: "a deputy attends in a member's place",
        'not-allowed': 'members must vote',
      }[applied]
    } (${law} ${section}${verified ? '' : '; wording not verified'}).`,
};

/** A decision rule in a few words of English, e.g. "simple majority, the leader's casting vote in a tie". */
export function describeRuleEn(rule: DecisionRule): string {
  switch (rule.kind) {
    case 'simple-majority':
      return `${rule.consensusSought ? 'consensus sought, else ' : ''}simple majority, ${
        rule.tie === 'chair-decides'
          ? "the leader's casting vote in a tie"
          : rule.tie === 'lot'
            ? 'drawing lots in a tie'
            : rule.tie === 'rejected'
              ? 'the motion falls in a tie'
              : "in a tie the statute's rule (the chair's casting vote, lots in an election)"
      }`;
    case 'unanimity':
      return rule.of === 'all-seats' ? 'unanimity of all members' : 'unanimity of those present';
    case 'consensus':
      return 'consensus (no votes against)';
    case 'consensus-else-chair':
      return 'consensus, else the leader decides';
    case 'qualified-majority':
      return `qualified majority: ${rule.threshold === 'more-than' ? 'more than' : 'at least'} ${rule.fraction.numerator}/${rule.fraction.denominator} of ${
        rule.of === 'votes-cast' ? 'votes cast' : 'all members'
      }`;
    case 'weighted-majority':
      return `${rule.fraction === undefined ? 'majority' : 'qualified majority'} of weight: ${
        (rule.threshold ?? (rule.fraction === undefined ? 'more-than' : 'at-least')) === 'more-than'
          ? 'more than'
          : 'at least'
      } ${rule.fraction?.numerator ?? 1}/${rule.fraction?.denominator ?? 2} of the weight of ${
        rule.of === 'votes-cast' ? 'the votes cast' : 'all members'
      }`;
    case 'all-of':
      return `all at once: ${rule.rules.map((part) => `${describeRuleEn(part)} (${part.clause})`).join('; and ')}`;
  }
}

/** A dated duty in English: the agreement's own words (as it writes them), or the duty a withdrawal brings. */
export function dutyEn(duty: Duty): string {
  return duty.kind === 'stated'
    ? duty.what
    : duty.kind === 'last-financed-day'
      ? 'Last day of the duty to finance'
      : 'The withdrawal takes effect; its share is spread over the remaining parties by adjusted ownership share';
}

/** The date of the population figures, where a reason must say more than the reference date. */
function datedEn(at: PopulationDateValues | undefined): string {
  if (at === undefined) return '';
  const date = formatDateEn(String(at.date));
  switch (at.rule) {
    case 'reference-date':
      return ` The figures are of ${date}, after ${formatDateEn(at.day)}, the day split: the key names no date, and the data hold no earlier figures.`;
    case 'budget-year':
      return ` The figures are of ${date}, 1 January of the budget year.`;
    case 'year-before':
      return ` The figures are of ${date}, 1 January of the year before the budget year.`;
    case 'fixed':
      return ` The figures are of ${date}, the date the key names.`;
  }
}

/** What the weights are, in English. */
const WEIGHT_BY_EN = {
  ownership: 'weight by ownership share',
  population: 'weight by population',
  stated: 'weight as the agreement states it',
} as const;

function weightQuorumEn(v: WeightQuorumValues, met: boolean): string {
  const share = `${v.threshold === 'more-than' ? 'more than' : 'at least'} ${v.numerator}/${v.denominator}`;
  return `${met ? 'The quorum by weight is met' : 'Not quorate by weight'}: the seats present hold ${v.present} of ${v.total} (${WEIGHT_BY_EN[v.by]}); ${share} requires at least ${v.required}.`;
}

function weightedEn(v: WeightedValues, met: boolean): string {
  const base = v.of === 'votes-cast' ? 'the weight of the votes cast' : 'the weight of all members';
  const share = `${v.threshold === 'more-than' ? 'more than' : 'at least'} ${v.numerator}/${v.denominator}`;
  const by = v.by === 'seats' ? 'every seat weighing one' : WEIGHT_BY_EN[v.by];
  return `${met ? 'Adopted' : 'Not adopted'} by weight: ${v.for} for${countedEn(v.countedAsFor)} and ${v.against} against of ${v.base}, ${base} (${by}); ${share} and more for than against requires at least ${v.required} for.`;
}
