import { formatDateNb, formatNumberNb } from '../internal/format-nb.js';
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

/** "Tabell 9.1" → "tabell 9.1" inside a sentence; no name → "avtalens tabell". */
const table = (name: string | null) =>
  name === null ? 'avtalens tabell' : `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

/** A legal form (samarbeidsform) by its id, in bokmål; an id not listed is shown as it is. */
const FORMS_NB: Readonly<Record<string, string>> = {
  'interkommunalt-politisk-rad': 'et interkommunalt politisk råd',
  'kommunalt-oppgavefellesskap': 'et kommunalt oppgavefellesskap',
  vertskommunesamarbeid: 'et vertskommunesamarbeid',
  'interkommunalt-selskap': 'et interkommunalt selskap (IKS)',
  aksjeselskap: 'et aksjeselskap (AS)',
  samvirkeforetak: 'et samvirkeforetak (SA)',
  forening: 'en forening',
  'avtalebasert-samarbeid': 'et avtalebasert samarbeid',
  'interkommunalt-styre-1992': 'et interkommunalt styre etter kommuneloven 1992 § 27',
  'administrativt-vertskommunesamarbeid-1992':
    'et administrativt vertskommunesamarbeid etter kommuneloven 1992 § 28-1 b',
  'vertskommunesamarbeid-med-nemnd-1992':
    'et vertskommunesamarbeid med felles folkevalgt nemnd etter kommuneloven 1992 § 28-1 c',
};

/** A difference (invoiced − expected) in bokmål: `'-0.01'` → `'0,01 kr for lite'`. */
const overUnderNb = (difference: string) =>
  difference.startsWith('-')
    ? `${formatNumberNb(difference.slice(1))} kr for lite`
    : `${formatNumberNb(difference)} kr for mye`;

/** "12 måneder" as "1 år"; a number of years or months in bokmål. */
function periodNb(period: number, unit: 'months' | 'years'): string {
  if (unit === 'years') return `${period} år`;
  return period % 12 === 0
    ? `${period / 12} år`
    : `${period} ${period === 1 ? 'måned' : 'måneder'}`;
}

function formNb(form: string): string {
  return Object.hasOwn(FORMS_NB, form) ? (FORMS_NB[form] as string) : form;
}

/** What a statutory form's agreement is expected to state, in bokmål. */
const STATUTORY_ITEMS_NB: Readonly<Record<StatutoryItemId, string>> = {
  name: 'navn',
  participants: 'deltakerne',
  'office-municipality': 'kontorkommune',
  'tasks-and-authority': 'oppgaver og myndighet',
  'council-members-per-participant': 'antall medlemmer i representantskapet per deltaker',
  contributions: 'innskuddsplikt og økonomiske forpliktelser',
  'shares-stated': 'eierandel/ansvarsandel angitt i prosent eller brøk',
  borrowing: 'om fellesskapet kan ta opp lån',
  council: 'representantskap',
  'host-municipality': 'vertskommune',
  'delegated-tasks': 'oppgaver og myndighet som delegeres',
  'financial-settlement': 'økonomisk oppgjør',
  'withdrawal-and-termination': 'uttreden og oppsigelse',
  'adopted-by-council': 'at selskapsavtalen er skriftlig og vedtatt av kommunestyret selv',
  'head-office': 'kommunen der selskapet har sitt hovedkontor',
  purpose: 'selskapets formål',
};

/** Whether a statutory item or rule is verified against the statute, in bokmål, with its source. */
const verifiedNb = (verified: boolean | undefined, source: string) =>
  verified === true
    ? `(Verifisert; kilde: ${source}.)`
    : `(Ikke verifisert mot lovteksten; kilde: ${source}.)`;

/** The status of a deflator value, in bokmål. */
const DEFLATOR_STATUS_NB = {
  estimate: 'anslag',
  'revised-estimate': 'revidert anslag',
  'outturn-derived': 'utledet av regnskap',
  final: 'endelig',
} as const;

/** Reason sentences in Norwegian bokmål. */
export const messagesNb: Messages = {
  parties_active: ({ date, count }) =>
    `${count} ${count === 1 ? 'kommune er deltaker' : 'kommuner er deltakere'} per ${formatDateNb(date)}.`,
  cost_key_population: ({
    referenceDate,
    totalPopulation,
    parties,
    table: name,
    source,
    populationDate,
  }) =>
    `Kostnadene fordeles etter antall innbyggere${referenceDate === null || populationDate?.rule === 'reference-date' ? '' : ` per ${formatDateNb(referenceDate)}`}${
      name === null ? '' : ` (${table(name)})`
    }: ${formatNumberNb(totalPopulation)} innbyggere i ${parties} ${parties === 1 ? 'kommune' : 'kommuner'}.${datedNb(populationDate)}${sourceNb(source)}`,
  cost_key_fixed_and_population: ({
    fixedPercent,
    populationPercent,
    parties,
    totalPopulation,
    source,
    populationDate,
  }) =>
    `${formatNumberNb(fixedPercent)} % av kostnadene fordeles likt på de ${parties} kommunene og ${formatNumberNb(populationPercent)} % etter folketall (${formatNumberNb(totalPopulation)} innbyggere).${datedNb(populationDate)}${sourceNb(source)}`,
  cost_key_per_inhabitant: ({
    rate,
    totalPopulation,
    parties,
    source,
    validUntil,
    populationDate,
  }) =>
    `Kommunene betaler ${formatNumberNb(rate)} kr per innbygger${
      validUntil === null ? '' : ` (satsen gjelder til og med ${formatDateNb(validUntil)})`
    }; hver kommune betaler satsen ganger sitt folketall (${formatNumberNb(totalPopulation)} innbyggere i ${parties} kommuner).${datedNb(populationDate)}${sourceNb(source)}`,
  cost_key_stated_shares: ({ parties, source, scaled }) =>
    `Kostnadene fordeles etter andelene avtalen oppgir for de ${parties} kommunene${
      scaled ? ', oppjustert slik at de til sammen utgjør hele kostnaden, som avtalen sier' : ''
    }.${sourceNb(source)}`,
  cost_key_parts: ({ parts, parties, source }) =>
    `Kostnadene fordeles i ${parts} ${parts === 1 ? 'del' : 'deler'} på de ${parties} kommunene; hver kommunes andel av hele beløpet regnes eksakt over alle delene, og beløpet fordeles én gang.${sourceNb(source)}`,
  cost_key_part: ({ share, basis, measure, name, unit, period, total, figures, populationDate }) =>
    `${share.includes('/') ? share : `${formatNumberNb(share)} %`} ${
      basis === 'equal'
        ? 'fordeles likt'
        : basis === 'population'
          ? `fordeles etter folketall (${formatNumberNb(total ?? '0')} innbyggere)`
          : basis === 'stated-shares'
            ? 'fordeles etter andelene avtalen oppgir'
            : `fordeles etter målt mengde ${name ?? measure ?? ''}${
                period === null ? '' : ` ${formatDateNb(period.from)}–${formatDateNb(period.to)}`
              } (i alt ${formatNumberNb(total ?? '0')} ${unit ?? ''})`
    }${
      figures === null
        ? ''
        : `: ${figures.map((f) => `${f.number} ${basis === 'stated-shares' && !f.value.includes('/') ? `${formatNumberNb(f.value)} %` : formatNumberNb(f.value)}`).join(', ')}`
    }.${datedNb(populationDate)}`,
  rate_sets_amount: ({ rate, totalPopulation, amount }) =>
    `Satsen på ${formatNumberNb(rate)} kr per innbygger gir beløpet: ${formatNumberNb(rate)} kr × ${formatNumberNb(totalPopulation)} innbyggere = ${formatNumberNb(amount)} kr; hver kommune betaler satsen ganger sitt folketall.`,
  rate_sets_settlement: ({ amount, days, periods }) =>
    `Satsen per innbygger gir årets beløp: ${periods
      .map(
        (p) =>
          `${formatDateNb(p.from)}–${formatDateNb(p.to)}: ${formatNumberNb(p.rate)} kr × ${formatNumberNb(p.population)} innbyggere × ${p.days}/${days} dager`,
      )
      .join(
        '; ',
      )}; til sammen ${formatNumberNb(amount)} kr (hver kommunes beløp avrundet til hele øre). Den som er deltaker alle disse dagene, betaler satsen ganger sitt folketall.`,
  cost_key_limits: ({ limited, rest }) =>
    `${limited
      .map(
        (l) =>
          `${l.number} betaler ${l.bound === 'floor' ? 'minstebeløpet' : 'høyst'} ${formatNumberNb(l.amount)} kr${l.bound === 'floor' ? '' : ' (tak)'}`,
      )
      .join(', ')}; resten, ${formatNumberNb(rest)} kr, fordeles på de andre etter nøkkelen.`,
  cost_pool: ({ name, ownKey }) =>
    ownKey
      ? `Kostnadene hører til ${name} og fordeles etter nøkkelen for dette kostnadsområdet.`
      : `Kostnadene hører til ${name}, som ikke har egen nøkkel; de fordeles etter den felles nøkkelen.`,
  service_area: ({ area, participants }) => `${area}: deltakere er ${listNb(participants)}.`,
  service_area_own_agreement: ({ area }) =>
    `Budsjett og kostnadsfordeling for ${area} skal fremgå av områdets egen avtale; fordelingen her følger rammeavtalens nøkkel og gjelder bare så langt den avtalen ikke sier noe annet.`,
  service_area_start_unknown: ({ area, noLaterThan }) =>
    `Når ${area} startet, er ukjent; avtalen sier at området skal være iverksatt innen ${formatDateNb(noLaterThan)}.`,
  percent_half_up: ({ sum, table: name }) =>
    `Prosentene er avrundet halv opp til to desimaler${
      name === null ? '' : `, slik ${table(name)} gjør`
    }; de summerer da til ${formatNumberNb(sum)} %.`,
  percent_largest_remainder: ({ sum }) =>
    `En andre avrunding etter største rest summerer alltid til ${formatNumberNb(sum)} %.`,
  stated_table_not_applicable: ({ table: name, date, tableDate }) =>
    `${capitalise(table(name))} gjelder deltakerne per ${formatDateNb(tableDate)}; andelene per ${formatDateNb(
      date,
    )} er regnet ut fra innbyggertallene til deltakerne den dagen.`,
  stated_total_population: ({ table: name, stated, computed }) =>
    `${capitalise(table(name))} oppgir ${formatNumberNb(stated)} innbyggere, men deltakernes innbyggertall summerer til ${formatNumberNb(computed)}.`,
  stated_percent_differs: ({ table: name, differences }) =>
    `${capitalise(table(name))} oppgir andeler som avviker fra innbyggertallene: ${differences
      .map(
        (d) =>
          `${d.number} ${d.name} ${formatNumberNb(d.stated)} % (utregnet ${formatNumberNb(d.computed)} %)`,
      )
      .join(', ')}.`,
  stated_percent_sum: ({ table: name, statedSum, statedTotal }) =>
    `Prosentene som står i ${table(name)} summerer til ${formatNumberNb(statedSum)} %, ikke ${formatNumberNb(
      statedTotal,
    )} % som tabellen oppgir.`,
  quorum_met: (v) => quorumNb(v, true),
  quorum_not_met: (v) => quorumNb(v, false),
  majority_adopted: ({ for: yes, against, abstain, countedAsFor }) =>
    `Vedtatt med alminnelig flertall: ${votes(yes)} for${countedNb(countedAsFor)}, ${against} mot${abstainNb(abstain)}.`,
  majority_rejected: ({ for: yes, against, abstain }) =>
    `Ikke vedtatt: ${votes(yes)} for og ${against} mot gir ikke flertall${abstainNb(abstain)}.`,
  tie_chair_decides: ({ votes: n, chair, chairVote }) =>
    `Stemmelikhet (${n}–${n}): møteleders stemme (${chair}) er avgjørende (dobbeltstemme), og forslaget er ${
      chairVote === 'for' ? 'vedtatt' : 'ikke vedtatt'
    }.`,
  tie_rejected: ({ votes: n }) => `Stemmelikhet (${n}–${n}): forslaget faller.`,
  tie_lot: ({ votes: n, election }) =>
    `Stemmelikhet (${n}–${n})${election === true ? ' ved valg' : ''}: avgjøres ved loddtrekning, så utfallet kan ikke regnes ut av stemmene.`,
  tie_no_casting_vote: ({ votes: n, chair, why }) =>
    `Stemmelikhet (${n}–${n}) uten avgjørende stemme: ${
      why === 'chair-abstained'
        ? `møteleder (${chair}) stemte ikke for eller mot`
        : why === 'no-leader'
          ? 'organet har ingen leder, og ingen har dobbeltstemme'
          : `møteleder (${chair}) er ikke leder, og etter valgt tolkning har stedfortrederen ikke dobbeltstemme`
    }; forslaget faller.`,
  consensus_sought: ({ reached, against }) =>
    reached
      ? 'Konsensus ble oppnådd.'
      : `Konsensus ble ikke oppnådd (${
          against.length > 0 ? `mot: ${listNb(against)}` : 'ingen stemte for'
        }); saken avgjøres ved avstemning.`,
  unanimity_met: ({ of, required, countedAsFor }) =>
    countedAsFor === undefined || countedAsFor.length === 0
      ? `Enstemmig: alle ${required} ${of === 'all-seats' ? 'medlemmer' : 'til stede'} stemte for.`
      : `Regnet som enstemmig etter valgt tolkning: ${required - countedAsFor.length} av ${required} ${
          of === 'all-seats' ? 'medlemmer' : 'til stede'
        } stemte for, og stemmen mot fra ${listNb(countedAsFor)} regnes som en stemme for.`,
  unanimity_not_met: ({ of, for: yes, required, against, abstain, absent }) =>
    `Ikke enstemmig: ${yes} av ${required} ${of === 'all-seats' ? 'medlemmer' : 'til stede'} stemte for${[
      against.length > 0 ? `; mot: ${listNb(against)}` : '',
      abstain.length > 0 ? `; avsto: ${listNb(abstain)}` : '',
      of === 'all-seats' && absent.length > 0 ? `; fraværende: ${listNb(absent)}` : '',
    ].join('')}.`,
  consensus_reached: ({ for: yes, abstain, countedAsFor }) =>
    countedAsFor === undefined || countedAsFor.length === 0
      ? `Konsensus: ingen stemte mot (${votes(yes)} for${abstainNb(abstain)}).`
      : `Regnet som konsensus etter valgt tolkning: ${votes(yes)} for${countedNb(countedAsFor)}${abstainNb(abstain)}.`,
  consensus_not_reached: ({ for: yes, against }) =>
    against.length > 0
      ? `Ikke konsensus: ${listNb(against)} stemte mot.`
      : `Ikke konsensus: ${yes === 0 ? 'ingen stemte for' : 'ingen stemte mot'}.`,
  chair_decides: ({ chair, chairVote }) =>
    `Konsensus ble ikke nådd, og leder (${chair}) beslutter: ${
      chairVote === 'for'
        ? 'forslaget er vedtatt'
        : chairVote === 'against'
          ? 'forslaget er ikke vedtatt'
          : 'leder tok ikke stilling, så forslaget er ikke vedtatt'
    }.`,
  no_chair_decision: ({ presiding }) =>
    `Konsensus ble ikke nådd, og møteleder (${presiding}) er ikke leder og kan etter valgt tolkning ikke beslutte i leders sted; forslaget er ikke vedtatt.`,
  qualified_met: (v) => qualifiedNb(v, true),
  qualified_not_met: (v) => qualifiedNb(v, false),
  stand_in_presides: ({ presiding, role, castingVote, reading }) =>
    `${role === 'deputy-leader' ? 'Nestleder' : 'En annen enn leder'} (${presiding}) leder møtet; etter tolkningen «${reading}» har møteleder ${
      castingVote ? '' : 'ikke '
    }leders avgjørende stemme.`,
  designee_presides: ({ presiding }) =>
    `Møteleder (${presiding}) er utpekt av leder til å lede i leders sted og har leders myndighet.`,
  case_prepared: ({ byName }) =>
    `Saken er behandlet av ${lowerFirst(byName)} først, slik avtalen krever.`,
  case_not_prepared: ({ byName, voided }) =>
    `Saken er ikke behandlet av ${lowerFirst(byName)} først, slik avtalen krever; ${
      voided
        ? 'etter valgt tolkning er et vedtak da ikke gyldig fattet.'
        : 'saksbehandlingen er i strid med avtalen, men etter valgt tolkning står vedtaket.'
    }`,
  councils_must_adopt: ({ councils }) =>
    `Vedtaket får først virkning når ${
      councils === 1 ? 'kommunestyret' : `alle de ${councils} kommunestyrene`
    } også har vedtatt det, med identisk tekst.`,
  candidate_opposed: ({ candidate, seats, effect, conditions }) =>
    `${listNb(seats)} stemte mot ${candidate}, som ${listNb(conditions)}; eksisterende parter kan ikke motsette seg en slik kommune. ${
      effect === 'count-as-for'
        ? 'Etter valgt tolkning regnes stemmen som en stemme for.'
        : 'Stemmen er i strid med avtalen, men teller etter valgt tolkning som avgitt.'
    }`,
  candidate_not_eligible: ({ candidate, missingTexts, unknownTexts }) =>
    `${
      missingTexts.length === 0 && unknownTexts.length === 0
        ? `Avtalen har ingen vilkår som verner ${candidate} mot motstand`
        : `${candidate} er ikke vist å oppfylle vilkårene som verner mot motstand${
            missingTexts.length > 0 ? `; ikke oppfylt: ${listNb(missingTexts.map(quoteNb))}` : ''
          }${unknownTexts.length > 0 ? `; ikke oppgitt: ${listNb(unknownTexts.map(quoteNb))}` : ''}`
    }; partene står fritt til å stemme mot.`,
  reading_applied: ({ note, reading, chosen }) =>
    `Regelen følger tolkningen «${reading}» i tolkningsnotatet «${note}»${chosen ? ' (valgt uttrykkelig i stedet for standardlesningen)' : ''}.`,
  board_region_without_member: ({ region }) =>
    `Regionen ${region} har ingen kommunedirektør i styret.`,
  board_region_several_members: ({ region, members }) =>
    `Regionen ${region} har flere styremedlemmer (${listNb(members)}); styret skal ha én kommunedirektør per region.`,
  board_member_outside_region: ({ region, member }) =>
    `Styremedlemmet ${member} hører ikke til regionen ${region} som det representerer.`,
  board_deputy_missing: ({ region, single }) =>
    single
      ? `Regionen ${region} har bare én kommune, så det finnes ingen «resterende kommuner» å velge vararepresentant blant.`
      : `Regionen ${region} mangler vararepresentant valgt blant de andre kommunene i regionen.`,
  board_deputy_outside_region: ({ region, deputy }) =>
    `Vararepresentanten ${deputy} hører ikke til regionen ${region}.`,
  board_deputy_is_member: ({ region, deputy }) =>
    `Vararepresentanten for ${region} (${deputy}) er fra samme kommune som styremedlemmet; den skal velges blant de resterende kommunene i regionen.`,
  board_unknown_region: ({ region }) => `Regionen ${region} finnes ikke i regioninndelingen.`,
  board_party_without_region: ({ parties }) => `${listNb(parties)} er ikke plassert i noen region.`,
  board_leader_not_member: ({ role, number }) =>
    `${role === 'leader' ? 'Leder' : 'Nestleder'} (${number}) er ikke et av styremedlemmene.`,
  board_leaders_same_region: ({ region }) =>
    `Leder og nestleder er begge fra regionen ${region}; de skal være fra ulike kommuneregioner.`,
  board_term_length: ({ from, to, expected, years }) =>
    `Leder og nestleder velges for ${years} år av gangen: perioden ${formatDateNb(from)}–${formatDateNb(to)} skulle ha vart til ${formatDateNb(expected)}.`,
  board_not_a_member: ({ role, number, date }) =>
    `${{ member: 'Styremedlemmet', deputy: 'Vararepresentanten', leader: 'Leder', 'deputy-leader': 'Nestleder' }[role]} (${number}) er ikke fra en eierkommune per ${formatDateNb(date)}.`,
  board_regions_invalid: ({ problems }) =>
    `Regioninndelingen er ikke gyldig: ${problems.join('; ')}.`,
  board_leader_missing: ({ role }) =>
    `Styret har ikke valgt ${role === 'leader' ? 'leder' : 'nestleder'}.`,
  board_leader_is_deputy_leader: ({ number }) =>
    `${number} er både leder og nestleder; de skal være to personer fra ulike kommuneregioner.`,
  board_valid: ({ regions, withoutDeputy }) =>
    withoutDeputy.length === 0
      ? `Styret oppfyller kravene til sammensetning: én kommunedirektør og en vararepresentant fra hver av de ${regions} regionene.`
      : `Styret oppfyller kravene til sammensetning: én kommunedirektør fra hver av de ${regions} regionene, og en vararepresentant fra hver region unntatt ${listNb(withoutDeputy)}, som bare har én kommune.`,
  withdrawal_effective: ({ noticeSentOn, months, effectiveDate, lastFinancedDate }) =>
    `Skriftlig varsel om uttreden sendt ${formatDateNb(noticeSentOn)}; uttreden skjer ${
      months % 12 === 0 ? `${months / 12} år` : `${months} måneder`
    } etter, ${formatDateNb(effectiveDate)}. Plikten til finansiering opphører fra og med den datoen; siste finansierte dag er ${formatDateNb(lastFinancedDate)}.`,
  withdrawal_notice_period: ({ countedFrom, noticeDate, period, unit, periodEnd }) =>
    `Skriftlig varsel om uttreden ${countedFrom === 'sent' ? 'sendt' : 'mottatt'} ${formatDateNb(noticeDate)}; oppsigelsestiden på ${periodNb(period, unit)} regnes fra den dagen og løper ut ${formatDateNb(periodEnd)}.`,
  withdrawal_minimum_membership: ({ joined, period, unit, earliest, applies }) =>
    `Kommunen må ha vært deltaker i minst ${periodNb(period, unit)}: den ble med ${formatDateNb(joined)}, så uttreden kan tidligst skje ${formatDateNb(earliest)}${
      applies
        ? ', etter at oppsigelsestiden har løpt ut'
        : '; det er ikke senere enn oppsigelsestiden'
    }.`,
  withdrawal_takes_effect: ({ takesEffect, from, effectiveDate }) =>
    `${
      takesEffect === 'next-1-january'
        ? `Uttreden skjer fra første årsskifte etter ${formatDateNb(from)}`
        : `Uttreden skjer ved utgangen av kalenderåret da fristen løper ut (${formatDateNb(from)})`
    }: ${formatDateNb(effectiveDate)}.`,
  withdrawal_statute: ({ law, section, months, verified, agreementDate, statutoryDate, applies }) =>
    `Etter ${law} ${section} kan kommunen i alle fall si opp med ${periodNb(months, 'months')} skriftlig varsel${
      verified ? '' : ' (regelen er ikke verifisert mot lovteksten)'
    }, det vil si fra ${formatDateNb(statutoryDate)}. ${
      applies
        ? `Det er tidligere enn etter avtalen (${formatDateNb(agreementDate)}), så lovens frist gjelder.`
        : `Avtalens dato (${formatDateNb(agreementDate)}) er ikke senere, så avtalen gjelder.`
    }`,
  withdrawal_effective_date: ({ effectiveDate, lastFinancedDate }) =>
    `Uttreden skjer ${formatDateNb(effectiveDate)}. Plikten til finansiering opphører fra og med den datoen; siste finansierte dag er ${formatDateNb(lastFinancedDate)}.`,
  ownership_restatement_needed: ({ party, remaining, sum }) =>
    `Avtalen oppgir eierandelene; uten ${party} utgjør andelene til de ${remaining} som blir igjen ${formatNumberNb(sum.replace(' %', ''))}${sum.endsWith('%') ? ' %' : ''}, ikke det hele. Avtalen sier ikke hvordan andelen fordeles: eierandelene må fastsettes på nytt (avtaleendring), og ingen andeler er regnet ut her.`,
  share_redistributed: ({ party, remaining, basis }) =>
    `Andelen til ${party} fordeles mellom de ${remaining} gjenværende kommunene ${
      basis === 'population'
        ? 'etter oppjustert eierandel, som er det samme som andelen av innbyggertallet blant dem som blir igjen'
        : basis === 'cost-key'
          ? 'etter kostnadsnøkkelen, regnet på nytt for dem som blir igjen'
          : 'etter eierandelene avtalen oppgir for dem som blir igjen'
    }.`,
  shares_stated_in_table: ({ table: name, change, decidedBy, note }) =>
    `Andelene står i ${name === null ? 'en tabell' : table(name)} i avtalen. ${
      change === 'withdrawal'
        ? 'Andelene etter uttreden er regnet ut etter avtalens regel om oppjustert eierandel; de står ikke i tabellen.'
        : `Den nye kommunens andel besluttes av ${decidedBy ?? 'det organet avtalen angir'}; andelene som vises, er regnet ut etter avtalens regel og er ikke vedtatt.`
    }${note === null ? '' : ' Om tabellen i avtalen også må endres, er et tolkningsspørsmål (se tolkningsnotatene).'}`,
  extra_costs_charged: ({ party, amount }) =>
    `${party} dekker dokumenterte ekstra kostnader ved uttreden: ${formatNumberNb(amount)} kr.`,
  admission_condition: ({ candidate, condition, status }) =>
    `Vilkår for opptak: ${candidate} ${condition} – ${
      status === 'met'
        ? 'oppfylt'
        : status === 'not-met'
          ? 'ikke oppfylt'
          : 'ikke oppgitt, så det er ukjent om vilkåret er oppfylt'
    }.`,
  admission_eligible: ({ candidate }) => `${candidate} oppfyller alle vilkårene for opptak.`,
  admission_not_eligible: ({ candidate, missing }) =>
    `${candidate} oppfyller ikke vilkårene for opptak; ikke oppfylt: ${listNb(missing.map(quoteNb))}.`,
  admission_eligibility_unknown: ({ candidate, unknown }) =>
    `Det er ukjent om ${candidate} oppfyller vilkårene for opptak; ikke oppgitt: ${listNb(unknown.map(quoteNb))}.`,
  admission_protection: ({ candidate, status, conditions }) =>
    status === 'yes'
      ? `${candidate} er vernet mot motstand: eksisterende parter kan ikke motsette seg tiltredelsen, fordi kommunen ${listNb(conditions)}.`
      : `${status === 'no' ? `${candidate} er ikke vernet mot motstand` : `Det er ukjent om ${candidate} er vernet mot motstand`}; vernet gjelder en kommune som ${listNb(conditions)}.`,
  admission_vote: ({ organ, rule }) => `Opptak vedtas av ${organ} ved ${describeRuleNb(rule)}.`,
  admission_share: ({ candidate, population, referenceDate, effectiveDate }) =>
    `Andelen til ${candidate} følger innbyggertallet ${formatNumberNb(population)}${
      referenceDate === null ? '' : ` per ${formatDateNb(referenceDate)}`
    } og gjelder fra ${formatDateNb(effectiveDate)}; alle andeler regnes om fra den datoen.`,
  admission_share_stated_table: ({ candidate, decidedBy, effectiveDate, parties }) =>
    `Fra ${formatDateNb(effectiveDate)} gjelder den nye tabellen over andeler som ${decidedBy} har vedtatt ved opptaket av ${candidate}, for alle de ${parties} partene.`,
  admission_share_by_population: ({
    candidate,
    population,
    totalPopulation,
    referenceDate,
    effectiveDate,
  }) =>
    `Andelen til ${candidate} er dens andel av innbyggertallet${
      referenceDate === null ? '' : ` per ${formatDateNb(referenceDate)}`
    }: ${formatNumberNb(population)} av ${formatNumberNb(totalPopulation)}. De andre partenes oppgitte andeler skaleres ned til resten, fra ${formatDateNb(effectiveDate)}.`,
  adoption_complete: ({ councils, councilsMustAdopt }) =>
    councilsMustAdopt
      ? councils === 1
        ? 'Kommunestyret i den eneste parten har vedtatt den samme, uredigerte teksten.'
        : `Alle de ${councils} kommunestyrene har vedtatt den samme, uredigerte teksten.`
      : councils === 1
        ? 'Den eneste parten har sluttet seg til den samme teksten.'
        : `Alle de ${councils} partene har sluttet seg til den samme teksten.`,
  adoption_parties_unknown: ({ known, councilsMustAdopt }) =>
    `${known === 1 ? 'Den eneste kjente parten' : `Alle de ${known} kjente partene`} har ${
      councilsMustAdopt ? 'vedtatt' : 'sluttet seg til'
    } teksten, men kildene nevner ikke alle avtalepartene; det er derfor ukjent om alle partene er enige.`,
  adoption_missing: ({ missing, councilsMustAdopt }) =>
    councilsMustAdopt
      ? `Mangler vedtak i kommunestyret i ${listNb(missing)}.`
      : `Mangler tilslutning fra ${listNb(missing)}.`,
  adoption_different_text: ({ councils, councilsMustAdopt }) =>
    `${listNb(councils)} har ${councilsMustAdopt ? 'vedtatt' : 'sluttet seg til'} en annen tekst enn den som skal gjelde; alle må ${
      councilsMustAdopt ? 'vedta' : 'slutte seg til'
    } samme tekst uredigert.`,
  in_force: ({ date, validFrom, validUntil }) =>
    `Avtalen gjelder ${formatDateNb(date)} (fra ${formatDateNb(validFrom)}${validUntil === null ? '' : ` til og med ${formatDateNb(validUntil)}`}).`,
  not_in_force: ({ date, validFrom, validUntil }) =>
    `Avtalen gjelder ikke ${formatDateNb(date)} (den gjelder fra ${formatDateNb(validFrom)}${
      validUntil === null ? '' : ` til og med ${formatDateNb(validUntil)}`
    }).`,
  breach_complaint_open: ({ deadline }) =>
    `Det er ikke reklamert ennå; fristen for skriftlig reklamasjon er ${formatDateNb(deadline)}.`,
  breach_complaint_in_time: ({ deadline, complainedOn }) =>
    `Reklamasjonen ${formatDateNb(complainedOn)} kom innen fristen ${formatDateNb(deadline)}.`,
  breach_complaint_late: ({ deadline, complainedOn, claimKept }) =>
    `${complainedOn === null ? 'Det er ikke reklamert' : `Reklamasjonen ${formatDateNb(complainedOn)} kom etter fristen`}; fristen var ${formatDateNb(deadline)}. ${
      claimKept
        ? 'Misligholdsbeføyelsene er likevel i behold fordi misligholdet skyldes forsett eller grov uaktsomhet.'
        : 'Misligholdsbeføyelsene er tapt.'
    }`,
  termination_needs_all_others: ({ party, others }) =>
    `Heving av avtalen overfor ${party} krever enighet blant alle de ${others} øvrige partene.`,
  deadline_due: ({ due, who, duty }) => `Innen ${formatDateNb(due)}: ${who} – ${dutyNb(duty)}.`,
  settlement_by_days: ({ year, days, periods }) =>
    `Årets kostnad for ${year} er fordelt per kalenderdag (${days} dager); hver dag fordeles etter andelene til kommunene som var deltakere den dagen (${periods} ${periods === 1 ? 'periode' : 'perioder'} med ulik sammensetning).`,
  settlement_no_members: ({ days }) =>
    `${days} ${days === 1 ? 'dag' : 'dager'} i året hadde ingen deltakere og er ikke med i fordelingen.`,
  deflator_applied: ({ fromYear, toYear, factor, years }) =>
    `Prisjustert fra ${fromYear}-kroner til ${toYear}-kroner med kommunal deflator (${years
      .map(
        (y) =>
          `${y.year}: ${formatNumberNb(y.percent)} % (${DEFLATOR_STATUS_NB[y.status]}, ${y.published})`,
      )
      .join(', ')}): faktor ${formatNumberNb(factor)}.`,
  deflator_method_not_in_sources: ({ document }) =>
    `Avtalen sier at prisjusteringen følger prinsippene i ${document}, som ikke er blant kildene; faktoren er regnet med den generelle metoden og er ikke kontrollert mot dette dokumentet.`,
  host_unknown_area: ({ area }) =>
    `Samarbeidsområdet ${area} finnes ikke (eller har ikke oppgitte deltakere).`,
  host_not_participant: ({ area, host }) =>
    `${host} er vertskommune for ${area}, men deltar ikke i det området.`,
  host_contradicts_data: ({ area, host, recorded, source }) =>
    `Fordelingen gjør ${host} til vertskommune for ${area}, men ${recorded} er vertskommune etter dataene${
      source === null ? '' : ` (kilde: ${source})`
    }.`,
  host_missing: ({ area }) => `${area} har ingen vertskommune i fordelingen.`,
  host_roles_uneven: ({ roles, uneven }) =>
    `Fordelingen av ${roles} vertskommuneroller avviker med mer enn én fra en fordeling etter folketall: ${uneven
      .map((u) => `${u.name}: ${u.roles} (rimelig: ${u.fair})`)
      .join('; ')}.`,
  merger_negotiation: ({ merging, third }) =>
    `${listNb(merging)} slår seg sammen: det skal forhandles med ${third} om å videreføre samarbeidet og etablere de nye samarbeidsområdene mellom den nye kommunen og ${third}.`,
  stated_sum_not_100: ({ of, table: name, sum, expected, unit, part }) => {
    const what =
      of === 'table-percents'
        ? `Prosentene i ${name ?? 'avtalens tabell'}`
        : `De oppgitte andelene${part === undefined ? '' : ` for del ${part + 1} av nøkkelen`}`;
    return unit === 'percent'
      ? `${what} summerer til ${formatNumberNb(sum)} %, ikke ${formatNumberNb(expected)} %.`
      : `${what} summerer til ${sum}, ikke ${expected}.`;
  },
  party_not_in_table: ({ table: name, parties, part }) =>
    `${listNb(parties)} mangler i ${
      part === undefined
        ? (name ?? 'avtalens tabell')
        : `andelene avtalen oppgir for del ${part + 1} av nøkkelen`
    }.`,
  quantities_needed: ({ measure, name, unit, part }) =>
    `Del ${part + 1} av nøkkelen fordeles etter ${name} (${unit}): en fordeling trenger hver deltakers mengde av «${measure}» (i CLI: split --quantities FIL).`,
  clause_parties_differ: ({ clause, notParties, notInClause }) =>
    `Partene i ${clause} og partene i dataene er ikke de samme${
      notParties.length > 0 ? `; nevnt i ${clause}, men ikke part: ${listNb(notParties)}` : ''
    }${notInClause.length > 0 ? `; part, men ikke nevnt i ${clause}: ${listNb(notInClause)}` : ''}.`,
  organ_without_rule: ({ organ }) => `Avtalen oppgir ingen beslutningsregel for ${organ}.`,
  organ_without_seats: ({ organ }) => `${organ} har ingen seter når avtalen starter.`,
  statutory_defaults_apply: ({ organ, settings, source, verified }) =>
    `For ${organ} sier avtalen ikke ${listNb(
      settings.map(
        (setting) =>
          ({
            quorum: 'når organet er vedtaksført',
            tie: 'hva stemmelikhet gjør',
            deputies: 'om varamedlemmer kan møte',
            abstention: 'om medlemmene kan avstå',
          })[setting],
      ),
    )}; lovens regler gjelder. ${verifiedNb(verified, source)}`,
  statutory_item_missing: ({ form, item, source, verified }) =>
    `For ${formNb(form)} forventes avtalen å angi: ${STATUTORY_ITEMS_NB[item]}. Det finnes ikke i dataene. ${verifiedNb(verified, source)}`,
  statutory_checklist: ({ form, items, source, verifiedItems }) =>
    verifiedItems === undefined
      ? `Avtalen er sjekket mot ${items} punkter som forventes for ${formNb(form)}. Listen er ikke verifisert mot lovteksten; kilde: ${source}.`
      : `Avtalen er sjekket mot ${items} punkter som forventes for ${formNb(form)}. ${verifiedItems} av dem er verifisert mot loven, de andre ikke; kilde: ${source}.`,
  form_of_repealed_law: ({ form, replacedBy, source, verified }) =>
    `Samarbeidet er ${formNb(form)}. Formen er fra kommuneloven 1992; i kommuneloven 2018 svarer den til ${listOrNb(replacedBy.map(formNb))}. ${verifiedNb(verified, source)}`,
  notice_longer_than_statute: ({ form, months, statutoryMonths, source, verified }) =>
    `Avtalen krever ${months} måneders varsel ved uttreden, men en deltaker i ${formNb(form)} kan i alle fall si opp med ${statutoryMonths} måneders skriftlig varsel. ${verifiedNb(verified, source)}`,
  outside_statutory_forms: ({ form, inferred }) =>
    `Samarbeidet er ${formNb(form)}, ikke en av samarbeidsformene i kommuneloven § 17-1: det kan ikke utøve offentlig myndighet på kommunenes vegne, og det binder partene bare som avtale.${
      inferred
        ? ' Ingen bestemmelse i avtalen angir samarbeidsformen; den er utledet av innholdet.'
        : ''
    }`,
  fill_in_left: ({ path, mark }) =>
    `«${mark}» står fortsatt i ${path}: skriv inn det avtalen sier der.`,
  interpretation_open: ({ note, question }) => `Tolkningsnotat «${note}»: ${question}`,
  invoice_sum_as_amount: ({ amount, lines }) =>
    `Intet beløp er oppgitt: fakturaens sum, ${formatNumberNb(amount)} kr (${lines} ${lines === 1 ? 'linje' : 'linjer'}), er beløpet som fordeles.`,
  invoice_sum_differs: ({ amount, invoicedSum, difference }) =>
    `Fakturaens linjer summerer til ${formatNumberNb(invoicedSum)} kr, ikke ${formatNumberNb(amount)} kr: ${overUnderNb(difference)}.`,
  invoice_deviates: ({ number, name, expected, invoiced, difference }) =>
    `${number} ${name} er fakturert ${formatNumberNb(invoiced)} kr, men skal betale ${formatNumberNb(expected)} kr etter fordelingen: ${overUnderNb(difference)}.`,
  invoice_party_missing: ({ number, name, expected }) =>
    `${number} ${name} skal betale ${formatNumberNb(expected)} kr etter fordelingen, men står ikke på fakturaen.`,
  invoice_party_extra: ({ number, invoiced }) =>
    `${number} står på fakturaen med ${formatNumberNb(invoiced)} kr, men er ikke blant deltakerne i fordelingen.`,
  invoice_matches: ({ parties, amount }) =>
    `Fakturaen stemmer med fordelingen: ${parties === 1 ? 'kommunen' : `hver av de ${parties} kommunene`} er fakturert det fordelingen gir, til sammen ${formatNumberNb(amount)} kr.`,
  split_largest_remainder: ({ amount, parties, leftoverOre, by }) =>
    `${formatNumberNb(amount)} kr er fordelt på ${parties} ${parties === 1 ? 'kommune' : 'kommuner'} ${
      by === 'ownership'
        ? 'etter eierandel'
        : by === 'cost-key'
          ? 'etter fordelingsnøkkelen'
          : 'etter antall dager som deltaker og fordelingsnøkkelen hver dag'
    }. ${
      leftoverOre === 0
        ? 'Hver andel går opp i hele øre; ingen øre gjenstår.'
        : `Hver andel er rundet ned til hele øre; ${
            leftoverOre === 1 ? 'det ene øret' : `de ${leftoverOre} ørene`
          } som da gjenstår, går til de største restene (ved lik rest: største andel, deretter laveste kommunenummer), slik at andelene summerer nøyaktig til beløpet.`
    }`,
  ownership_stated: ({ parties }) =>
    `Avtalen oppgir eierandelene for seg, uavhengig av kostnadsnøkkelen; andelene her er eierandelene til ${parties === 1 ? 'den ene deltakeren' : `de ${parties} deltakerne`}.`,
  liability_is_ownership: ({ law, verified, basis }) =>
    `Hver deltaker hefter for en andel av forpliktelsene lik sin eierandel (${law}${verified ? '' : ', ikke verifisert'}), siden avtalen ikke sier noe annet; eierandelene er ${basis === 'stated-ownership' ? 'de avtalen oppgir' : 'andelene etter kostnadsnøkkelen'}.`,
  vote_held_by: ({ seat, holder, takesOver, absent }) =>
    takesOver
      ? `${seat}s stemme ble avgitt av ${holder}, som trer inn fordi ${listNb(absent)} ikke var til stede.`
      : `${seat}s stemme ble avgitt av ${holder}.`,
  quorum_weight_met: (v) => weightQuorumNb(v, true),
  quorum_weight_not_met: (v) => weightQuorumNb(v, false),
  weighted_met: (v) => weightedNb(v, true),
  weighted_not_met: (v) => weightedNb(v, false),
  all_of_met: ({ parts }) => `Vedtatt: alle ${parts} vilkårene er oppfylt samtidig.`,
  all_of_not_met: ({ parts, failed }) =>
    `Ikke vedtatt: ${failed.length} av de ${parts} vilkårene som må være oppfylt samtidig, er ikke oppfylt (vilkår ${listNb(failed.map(String))}).`,
  statutory_default: ({ subject, applied, law, section, verified }) =>
    `${
      {
        quorum: 'Avtalen sier ikke når organet er vedtaksført',
        tie: 'Avtalen sier ikke hva stemmelikhet gjør',
        deputies: 'Avtalen sier ikke om varamedlemmer kan møte',
        abstention: 'Avtalen sier ikke om medlemmene kan avstå',
      }[subject]
    }; lovens regel gjelder: ${
      {
        'half-present': 'minst halvparten av medlemmene må være til stede',
        'chair-decides': 'møteleders stemme er avgjørende',
        lot: 'ved valg avgjøres stemmelikhet ved loddtrekning',
        allowed: 'et varamedlem møter i et medlems sted',
        'not-allowed': 'medlemmene har stemmeplikt',
      }[applied]
    } (${law} ${section}${verified ? '' : '; ordlyden er ikke verifisert'}).`,
};

/** A key's source, when it is not the agreement text. */
function sourceNb(source: string | null): string {
  return source === null ? '' : ` Nøkkelen står ikke i avtaleteksten; kilde: ${source}.`;
}

function votes(n: number): string {
  return `${n}`;
}

/** The votes against counted as for under a reading, as a parenthesis after the count of votes for. */
function countedNb(counted: readonly string[] | undefined): string {
  return counted === undefined || counted.length === 0
    ? ''
    : ` (herav ${counted.length} ${counted.length === 1 ? 'stemme' : 'stemmer'} mot fra ${listNb(counted)}, regnet som for etter valgt tolkning)`;
}

function abstainNb(abstain: number): string {
  return abstain === 0 ? '' : `, ${abstain} avsto`;
}

/** `['a', 'b', 'c']` → `'a, b og c'`. */
/** A condition's text in Norwegian quotation marks. */
function quoteNb(text: string): string {
  return `«${text}»`;
}

function listNb(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

/** `['a', 'b', 'c']` → `'a, b eller c'`. */
function listOrNb(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} eller ${items.at(-1)}`;
}

function quorumNb(v: QuorumValues, met: boolean): string {
  if (v.rule === 'none') return 'Avtalen stiller ikke krav om et bestemt antall til stede.';
  const deputies = v.deputies === 0 ? '' : `, herav ${v.deputies} ved varamedlem`;
  if (v.rule === 'all-seats') {
    return met
      ? `Vedtaksfør: alle ${v.seats} er representert${deputies}.`
      : `Ikke vedtaksfør: alle må være representert, men ${listNb(v.missing)} mangler.`;
  }
  if (v.counts === 'members') {
    return `${met ? 'Vedtaksfør' : 'Ikke vedtaksfør'}: ${v.membersPresent} av ${v.members} medlemmer er til stede (for ${v.present} av ${v.seats} seter${deputies}); minst ${v.required} medlemmer kreves.`;
  }
  return `${met ? 'Vedtaksfør' : 'Ikke vedtaksfør'}: ${v.present} av ${v.seats} er til stede${deputies}; minst ${v.required} kreves.`;
}

function qualifiedNb(v: QualifiedValues, met: boolean): string {
  const base = v.of === 'votes-cast' ? 'avgitte stemmer' : 'medlemmer';
  const share = `${v.threshold === 'more-than' ? 'mer enn' : 'minst'} ${v.numerator}/${v.denominator}`;
  return `${met ? 'Vedtatt' : 'Ikke vedtatt'}: ${v.for} for${countedNb(v.countedAsFor)} og ${v.against} mot av ${v.base} ${base}; ${share} og flere for enn mot krever minst ${v.required} for.`;
}

/** "Styret" → "styret" inside a sentence. */
function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** A decision rule in a few words of bokmål, e.g. "alminnelig flertall, leders dobbeltstemme ved stemmelikhet". */
export function describeRuleNb(rule: DecisionRule): string {
  switch (rule.kind) {
    case 'simple-majority':
      return `${rule.consensusSought ? 'konsensus søkes, ellers ' : ''}alminnelig flertall, ${
        rule.tie === 'chair-decides'
          ? 'leders dobbeltstemme ved stemmelikhet'
          : rule.tie === 'lot'
            ? 'loddtrekning ved stemmelikhet'
            : rule.tie === 'rejected'
              ? 'forslaget faller ved stemmelikhet'
              : 'ved stemmelikhet lovens regel (møteleders dobbeltstemme, ved valg loddtrekning)'
      }`;
    case 'unanimity':
      return rule.of === 'all-seats'
        ? 'enstemmighet blant alle medlemmene'
        : 'enstemmighet blant de fremmøtte';
    case 'consensus':
      return 'konsensus (ingen stemmer mot)';
    case 'consensus-else-chair':
      return 'konsensus, ellers beslutter leder';
    case 'qualified-majority':
      return `kvalifisert flertall: ${rule.threshold === 'more-than' ? 'mer enn' : 'minst'} ${rule.fraction.numerator}/${rule.fraction.denominator} av ${
        rule.of === 'votes-cast' ? 'avgitte stemmer' : 'alle medlemmene'
      }`;
    case 'weighted-majority':
      return `${rule.fraction === undefined ? 'flertall' : 'kvalifisert flertall'} etter stemmevekt: ${
        (rule.threshold ?? (rule.fraction === undefined ? 'more-than' : 'at-least')) === 'more-than'
          ? 'mer enn'
          : 'minst'
      } ${rule.fraction?.numerator ?? 1}/${rule.fraction?.denominator ?? 2} av vekten til ${
        rule.of === 'votes-cast' ? 'de avgitte stemmene' : 'alle medlemmene'
      }`;
    case 'all-of':
      return `alt på én gang: ${rule.rules.map((part) => `${describeRuleNb(part)} (${part.clause})`).join('; og ')}`;
  }
}

/** A dated duty in bokmål: the agreement's own words, or the duty a withdrawal brings. */
export function dutyNb(duty: Duty): string {
  return duty.kind === 'stated'
    ? duty.what
    : duty.kind === 'last-financed-day'
      ? 'Siste dag med plikt til finansiering'
      : 'Uttreden trer i kraft; andelen fordeles på de gjenværende etter oppjustert eierandel';
}

/** The date of the population figures, where a reason must say more than the reference date. */
function datedNb(at: PopulationDateValues | undefined): string {
  if (at === undefined) return '';
  const date = formatDateNb(String(at.date));
  switch (at.rule) {
    case 'reference-date':
      return ` Folketallet er per ${date}, etter ${formatDateNb(at.day)} som det fordeles for: nøkkelen oppgir ingen dato, og dataene har ingen tall fra før.`;
    case 'budget-year':
      return ` Folketallet er per ${date}, 1. januar i budsjettåret.`;
    case 'year-before':
      return ` Folketallet er per ${date}, 1. januar året før budsjettåret.`;
    case 'fixed':
      return ` Folketallet er per ${date}, datoen nøkkelen oppgir.`;
  }
}

/** What the weights are, in bokmål. */
const WEIGHT_BY_NB = {
  ownership: 'vekt etter eierandel',
  population: 'vekt etter folketall',
  stated: 'vekt som avtalen oppgir',
} as const;

function weightQuorumNb(v: WeightQuorumValues, met: boolean): string {
  const share = `${v.threshold === 'more-than' ? 'mer enn' : 'minst'} ${v.numerator}/${v.denominator}`;
  return `${met ? 'Kravet til vekt er oppfylt' : 'Ikke vedtaksfør etter vekt'}: de til stede har ${v.present} av ${v.total} (${WEIGHT_BY_NB[v.by]}); ${share} krever minst ${v.required}.`;
}

function weightedNb(v: WeightedValues, met: boolean): string {
  const base =
    v.of === 'votes-cast' ? 'vekten av de avgitte stemmene' : 'vekten av alle medlemmene';
  const share = `${v.threshold === 'more-than' ? 'mer enn' : 'minst'} ${v.numerator}/${v.denominator}`;
  const by = v.by === 'seats' ? 'hvert sete veier én' : WEIGHT_BY_NB[v.by];
  return `${met ? 'Vedtatt' : 'Ikke vedtatt'} etter vekt: ${v.for} for${countedNb(v.countedAsFor)} og ${v.against} mot av ${v.base}, ${base} (${by}); ${share} og mer for enn mot krever minst ${v.required} for.`;
}
