import { describe, expect, it } from 'vitest';
import { applyDecisionRule } from '../../src/rules/decision-rules.js';
import { citing, type ReasonCode, type ReasonValues } from '../../src/rules/reason.js';
import { messagesEn } from '../../src/words/en.js';
import { messagesNb } from '../../src/words/nb.js';
import { words } from '../helpers/words.js';

const cite = citing('test');
/** Both sentences of one reason. */
const say = <C extends ReasonCode>(code: C, values: ReasonValues[C]) =>
  words(cite('§1', code, values)) as { nb: string; en: string };

describe('reason sentences: every variant reads right in Norwegian and English', () => {
  it('every reason code has a sentence in both languages', () => {
    expect(Object.keys(messagesNb).sort()).toEqual(Object.keys(messagesEn).sort());
  });

  it('consensus not reached: nobody for, nobody against, or who voted against', () => {
    expect(say('consensus_not_reached', { for: 0, against: [] })).toEqual({
      nb: 'Ikke konsensus: ingen stemte for.',
      en: 'No consensus: nobody voted for.',
    });
    expect(say('consensus_not_reached', { for: 2, against: [] }).en).toBe(
      'No consensus: nobody voted against.',
    );
    expect(say('consensus_not_reached', { for: 2, against: ['A', 'B', 'C'] }).en).toBe(
      'No consensus: A, B and C voted against.',
    );
  });

  it('a candidate not eligible names each protecting condition it lacks or did not give, by its text, joined by "and"', () => {
    const neither = say('candidate_not_eligible', {
      candidate: '5001 Trondheim',
      missing: ['vilkar-a', 'vilkar-b'],
      missingTexts: ['har signert avtale A', 'har betalt innskudd'],
      unknown: [],
      unknownTexts: [],
    });
    expect(neither).toEqual({
      nb: '5001 Trondheim er ikke vist å oppfylle vilkårene som verner mot motstand; ikke oppfylt: «har signert avtale A» og «har betalt innskudd»; partene står fritt til å stemme mot.',
      en: '5001 Trondheim is not shown to meet the conditions that protect against opposition; not met: «har signert avtale A» and «har betalt innskudd»; the parties are free to vote against.',
    });
    const both = say('candidate_not_eligible', {
      candidate: '5001 Trondheim',
      missing: ['vilkar-a'],
      missingTexts: ['har signert avtale A'],
      unknown: ['vilkar-b'],
      unknownTexts: ['har betalt innskudd'],
    });
    expect(both).toEqual({
      nb: '5001 Trondheim er ikke vist å oppfylle vilkårene som verner mot motstand; ikke oppfylt: «har signert avtale A»; ikke oppgitt: «har betalt innskudd»; partene står fritt til å stemme mot.',
      en: '5001 Trondheim is not shown to meet the conditions that protect against opposition; not met: «har signert avtale A»; not given: «har betalt innskudd»; the parties are free to vote against.',
    });
  });

  it('board findings name the leader or the deputy leader', () => {
    expect(say('board_leader_not_member', { role: 'leader', number: '5001' }).en).toBe(
      'The leader (5001) is not a board member.',
    );
    expect(say('board_leader_not_member', { role: 'deputy-leader', number: '5001' }).nb).toBe(
      'Nestleder (5001) er ikke et av styremedlemmene.',
    );
    expect(say('board_leader_missing', { role: 'leader' }).nb).toBe('Styret har ikke valgt leder.');
    expect(say('board_leader_missing', { role: 'deputy-leader' }).en).toBe(
      'The board has not chosen a deputy leader.',
    );
    expect(say('board_unknown_region', { region: 'Sør' }).en).toBe(
      'Region Sør is not in the region division.',
    );
    expect(say('board_regions_invalid', { problems: ['a', 'b'] }).nb).toBe(
      'Regioninndelingen er ikke gyldig: a; b.',
    );
  });

  it('a notice period reads in years when whole years, else in months', () => {
    const values = {
      noticeSentOn: '2025-03-01',
      effectiveDate: '2026-03-01',
      lastFinancedDate: '2026-02-28',
    };
    expect(say('withdrawal_effective', { ...values, months: 12 }).en).toContain(
      'takes effect 1 year later',
    );
    expect(say('withdrawal_effective', { ...values, months: 24 }).en).toContain(
      'takes effect 2 years later',
    );
    expect(say('withdrawal_effective', { ...values, months: 18 }).en).toContain(
      'takes effect 18 months later',
    );
    expect(say('withdrawal_effective', { ...values, months: 24 }).nb).toContain('2 år');
    expect(say('withdrawal_effective', { ...values, months: 6 }).nb).toContain('6 måneder');
  });

  it('a share without a reference date leaves the date out', () => {
    const values = { candidate: '5035 Stjørdal', population: 24_772, effectiveDate: '2027-01-01' };
    expect(say('admission_share', { ...values, referenceDate: null }).en).toBe(
      'The share of 5035 Stjørdal follows its population of 24,772 and applies from 1 January 2027; every share is recomputed from that day.',
    );
    expect(say('admission_share', { ...values, referenceDate: '2026-01-01' }).en).toContain(
      'population of 24,772 on 1 January 2026 and applies',
    );
    expect(
      say('cost_key_population', {
        referenceDate: null,
        totalPopulation: 10,
        parties: 2,
        table: null,
        source: null,
      }).nb,
    ).not.toContain(' per ');
  });

  it('a late complaint: made late or never made; remedies kept only for intent or gross negligence', () => {
    const values = { awareOn: '2026-01-10', deadline: '2026-03-10' };
    expect(
      say('breach_complaint_late', { ...values, complainedOn: null, claimKept: false }).en,
    ).toBe('No complaint was made; the limit was 10 March 2026. The remedies are lost.');
    const kept = say('breach_complaint_late', {
      ...values,
      complainedOn: '2026-04-01',
      claimKept: true,
    });
    expect(kept.en).toBe(
      'The complaint of 1 April 2026 came after the time limit; the limit was 10 March 2026. The remedies are kept because the breach was intentional or grossly negligent.',
    );
    expect(kept.nb).toContain('grov uaktsomhet');
  });

  it('days without parties: one day or several', () => {
    expect(say('settlement_no_members', { days: 1 })).toEqual({
      nb: '1 dag i året hadde ingen deltakere og er ikke med i fordelingen.',
      en: '1 day of the year had no parties and is left out of the split.',
    });
    expect(say('settlement_no_members', { days: 31 }).en).toBe(
      '31 days of the year had no parties and are left out of the split.',
    );
  });

  it('parties that differ from the clause: named but not a party, a party but not named, or both', () => {
    const both = say('clause_parties_differ', {
      clause: '§1.3',
      notParties: ['3430'],
      notInClause: ['5033 Tydal', '5034 Meråker'],
    });
    expect(both.en).toContain('; named in §1.3 but not a party: 3430');
    expect(both.en).toContain('; a party but not named in §1.3: 5033 Tydal and 5034 Meråker.');
    const one = say('clause_parties_differ', {
      clause: '§1.3',
      notParties: [],
      notInClause: ['5033 Tydal'],
    });
    expect(one.en).not.toContain('not a party');
    expect(one.nb).toContain('; part, men ikke nevnt i §1.3: 5033 Tydal.');
    expect(
      say('party_not_in_table', { table: 'Tabell 9.1', parties: ['5033 Tydal', '5034 Meråker'] })
        .en,
    ).toBe('5033 Tydal and 5034 Meråker are missing from Tabell 9.1.');
    expect(say('party_not_in_table', { table: 'Tabell 9.1', parties: ['5033 Tydal'] }).en).toBe(
      '5033 Tydal is missing from Tabell 9.1.',
    );
  });

  it('consensus sought but not reached: who voted against, or that nobody voted for (not an empty list)', () => {
    const rule = {
      kind: 'simple-majority',
      tie: 'rejected',
      consensusSought: true,
      clause: '§6',
    } as const;
    const record = (votes: [string, 'for' | 'against' | 'abstain'][]) => ({
      seats: ['a', 'b', 'c'],
      attending: new Map(votes.map(([seat]) => [seat, 'member' as const])),
      votes: new Map(votes),
      presiding: 'a',
    });
    const sought = (votes: [string, 'for' | 'against' | 'abstain'][]) =>
      applyDecisionRule(rule, record(votes), { decides: true, clause: '§6' }, cite).reasons[0];
    expect(
      words(
        sought([
          ['a', 'abstain'],
          ['b', 'abstain'],
        ]),
      ),
    ).toEqual({
      nb: 'Konsensus ble ikke oppnådd (ingen stemte for); saken avgjøres ved avstemning.',
      en: 'Consensus was not reached (nobody voted for); the matter is decided by vote.',
    });
    expect(
      words(
        sought([
          ['a', 'for'],
          ['b', 'against'],
          ['c', 'against'],
        ]),
      ),
    ).toEqual({
      nb: 'Konsensus ble ikke oppnådd (mot: b og c); saken avgjøres ved avstemning.',
      en: 'Consensus was not reached (against: b and c); the matter is decided by vote.',
    });
    expect(words(sought([['a', 'for']]))?.en).toBe('Consensus was reached.');
  });

  it('a table without a name is "the agreement’s table"', () => {
    expect(
      say('stated_percent_sum', { table: null, statedSum: '99.99', statedTotal: '100.00' }),
    ).toEqual({
      nb: 'Prosentene som står i avtalens tabell summerer til 99,99 %, ikke 100,00 % som tabellen oppgir.',
      en: "The percentages printed in the agreement's table sum to 99.99 %, not the 100.00 % it states.",
    });
    expect(
      say('stated_percent_sum', { table: 'Tabell 9.1', statedSum: '99.99', statedTotal: '100.00' })
        .nb,
    ).toBe(
      'Prosentene som står i tabell 9.1 summerer til 99,99 %, ikke 100,00 % som tabellen oppgir.',
    );
  });

  it('a quorum of every seat: one seat "is" missing, two "are"', () => {
    const values = { rule: 'all-seats', seats: 5, present: 3, required: 5, deputies: 0 } as const;
    expect(say('quorum_not_met', { ...values, missing: ['Nord', 'Sør'] }).en).toBe(
      'Not quorate: every seat must be represented, but Nord and Sør are missing.',
    );
    expect(say('quorum_not_met', { ...values, present: 4, missing: ['Sør'] }).en).toBe(
      'Not quorate: every seat must be represented, but Sør is missing.',
    );
    expect(say('quorum_not_met', { ...values, missing: ['Nord', 'Sør'] }).nb).toBe(
      'Ikke vedtaksfør: alle må være representert, men Nord og Sør mangler.',
    );
  });

  it('a candidate protection with no protecting condition in the agreement says so; a candidate opposed is told what protects it', () => {
    expect(
      say('candidate_not_eligible', {
        candidate: '5035 Stjørdal',
        missing: [],
        missingTexts: [],
        unknown: [],
        unknownTexts: [],
      }),
    ).toEqual({
      nb: 'Avtalen har ingen vilkår som verner 5035 Stjørdal mot motstand; partene står fritt til å stemme mot.',
      en: 'The agreement has no condition that protects 5035 Stjørdal against opposition; the parties are free to vote against.',
    });
    const opposed = (effect: 'count-as-for' | 'count-as-cast') =>
      say('candidate_opposed', {
        candidate: '5035 Stjørdal',
        seats: ['A', 'B'],
        reading: 'r',
        effect,
        conditions: ['har signert avtale A', 'har betalt innskudd'],
      });
    expect(opposed('count-as-cast')).toEqual({
      nb: 'A og B stemte mot 5035 Stjørdal, som har signert avtale A og har betalt innskudd; eksisterende parter kan ikke motsette seg en slik kommune. Stemmen er i strid med avtalen, men teller etter valgt tolkning som avgitt.',
      en: 'A and B voted against 5035 Stjørdal, which meets the conditions that protect it («har signert avtale A» and «har betalt innskudd»); existing parties may not oppose such a municipality. The vote is contrary to the agreement but, under the reading chosen, counts as cast.',
    });
    expect(opposed('count-as-for').nb).toMatch(
      /Etter valgt tolkning regnes stemmen som en stemme for\.$/,
    );
    expect(opposed('count-as-for').en).toMatch(
      /Under the reading chosen, the vote counts as a vote for\.$/,
    );
  });
});

describe('reason sentences for readings that count votes and for the councils', () => {
  it('votes against counted as for are named in every rule that reports them, one or several', () => {
    expect(
      say('majority_adopted', { for: 5, against: 0, abstain: 0, countedAsFor: ['A'] }),
    ).toEqual({
      nb: 'Vedtatt med alminnelig flertall: 5 for (herav 1 stemme mot fra A, regnet som for etter valgt tolkning), 0 mot.',
      en: 'Adopted by simple majority: 5 for (1 of them a vote against by A, counted as for under the reading chosen), 0 against.',
    });
    expect(
      say('qualified_met', {
        for: 4,
        against: 0,
        base: 4,
        required: 3,
        numerator: 2,
        denominator: 3,
        of: 'votes-cast',
        threshold: 'at-least',
        countedAsFor: ['A', 'B'],
      }),
    ).toEqual({
      nb: 'Vedtatt: 4 for (herav 2 stemmer mot fra A og B, regnet som for etter valgt tolkning) og 0 mot av 4 avgitte stemmer; minst 2/3 og flere for enn mot krever minst 3 for.',
      en: 'Adopted: 4 for (2 of them votes against by A and B, counted as for under the reading chosen) and 0 against of 4 votes cast; at least 2/3 and more for than against requires at least 3 for.',
    });
    expect(say('consensus_reached', { for: 3, abstain: 1, countedAsFor: ['A'] })).toEqual({
      nb: 'Regnet som konsensus etter valgt tolkning: 3 for (herav 1 stemme mot fra A, regnet som for etter valgt tolkning), 1 avsto.',
      en: 'Counted as consensus under the reading chosen: 3 for (1 of them a vote against by A, counted as for under the reading chosen), 1 abstained.',
    });
    expect(
      say('unanimity_met', { of: 'present', for: 3, required: 3, countedAsFor: ['A'] }),
    ).toEqual({
      nb: 'Regnet som enstemmig etter valgt tolkning: 2 av 3 til stede stemte for, og stemmen mot fra A regnes som en stemme for.',
      en: 'Counted as unanimous under the reading chosen: 2 of 3 present voted for, and the vote against by A is counted as for.',
    });
    // An empty list reads as no vote counted.
    expect(
      say('unanimity_met', { of: 'all-seats', for: 3, required: 3, countedAsFor: [] }).nb,
    ).toBe('Enstemmig: alle 3 medlemmer stemte for.');
    expect(say('consensus_reached', { for: 3, abstain: 0, countedAsFor: [] }).en).toBe(
      'Consensus: nobody voted against (3 for).',
    );
  });

  it('the councils: one kommunestyre, or all of them', () => {
    expect(say('councils_must_adopt', { councils: 1 })).toEqual({
      nb: 'Vedtaket får først virkning når kommunestyret også har vedtatt det, med identisk tekst.',
      en: 'The decision takes effect only when the kommunestyre has adopted it too, in identical text.',
    });
    expect(say('councils_must_adopt', { councils: 3 }).en).toBe(
      'The decision takes effect only when all 3 kommunestyrer have adopted it too, in identical text.',
    );
  });

  it('a tie settled by lot, and a designee presiding', () => {
    expect(say('tie_lot', { votes: 2 }).en).toBe(
      'A tie (2–2): settled by drawing lots, so the votes cannot tell the outcome.',
    );
    expect(say('designee_presides', { presiding: 'ks' })).toEqual({
      nb: 'Møteleder (ks) er utpekt av leder til å lede i leders sted og har leders myndighet.',
      en: "The person presiding (ks) was designated by the leader to lead in the leader's place and has the leader's powers.",
    });
  });
});

describe('the board found valid by an agreement’s board composition rule', () => {
  it('says which regions have no deputy because they have only one municipality, or that every region has one', () => {
    expect(say('board_valid', { regions: 5, withoutDeputy: [] })).toEqual({
      nb: 'Styret oppfyller kravene til sammensetning: én kommunedirektør og en vararepresentant fra hver av de 5 regionene.',
      en: 'The board meets the composition requirements: one kommunedirektør and a deputy from each of the 5 regions.',
    });
    expect(say('board_valid', { regions: 5, withoutDeputy: ['a', 'b'] }).nb).toBe(
      'Styret oppfyller kravene til sammensetning: én kommunedirektør fra hver av de 5 regionene, og en vararepresentant fra hver region unntatt a og b, som bare har én kommune.',
    );
  });
});

describe('a case prepared by another body, in English', () => {
  it('says which body, and whether the decision stands', () => {
    expect(say('case_prepared', { by: 'styre', byName: 'Styret' }).en).toBe(
      'The case was treated by Styret first, as the agreement requires.',
    );
    expect(say('case_not_prepared', { by: 'styre', byName: 'Styret', voided: true })).toEqual({
      nb: 'Saken er ikke behandlet av styret først, slik avtalen krever; etter valgt tolkning er et vedtak da ikke gyldig fattet.',
      en: 'The case was not treated by Styret first, as the agreement requires; under the reading chosen, no decision is then validly made.',
    });
    expect(say('case_not_prepared', { by: 's', byName: 'S', voided: false }).en).toBe(
      'The case was not treated by S first, as the agreement requires; the procedure breaks the agreement, but under the reading chosen the decision stands.',
    );
  });
});

describe('wording of a term longer than the agreement sets, and of a cooperation outside the statutory forms', () => {
  it('a leaders’ term that is not the years the agreement sets: "skulle ha vart til", with the years as a value', () => {
    expect(
      say('board_term_length', {
        from: '2025-01-01',
        to: '2027-06-30',
        expected: '2026-12-31',
        years: 2,
      }),
    ).toEqual({
      nb: 'Leder og nestleder velges for 2 år av gangen: perioden 1. januar 2025–30. juni 2027 skulle ha vart til 31. desember 2026.',
      en: 'Leader and deputy leader are elected for 2 years at a time: the term 1 January 2025–30 June 2027 should end on 31 December 2026.',
    });
    expect(
      say('board_term_length', {
        from: '2025-01-01',
        to: '2025-06-30',
        expected: '2025-12-31',
        years: 1,
      }).en,
    ).toBe(
      'Leader and deputy leader are elected for 1 year at a time: the term 1 January 2025–30 June 2025 should end on 31 December 2025.',
    );
  });

  it('a cooperation outside the forms of § 17-1 is named in bokmål, not by its id, and binds only as a contract', () => {
    expect(
      say('outside_statutory_forms', { form: 'avtalebasert-samarbeid', inferred: true }),
    ).toEqual({
      nb: 'Samarbeidet er et avtalebasert samarbeid, ikke en av samarbeidsformene i kommuneloven § 17-1: det kan ikke utøve offentlig myndighet på kommunenes vegne, og det binder partene bare som avtale. Ingen bestemmelse i avtalen angir samarbeidsformen; den er utledet av innholdet.',
      en: "The cooperation is avtalebasert-samarbeid, not one of the forms of kommuneloven § 17-1; it cannot exercise public authority on the municipalities' behalf, and it binds the parties only as a contract. No clause of the agreement states the form; it is inferred from its content.",
    });
    expect(
      say('statutory_item_missing', {
        form: 'vertskommunesamarbeid',
        item: 'financial-settlement',
        source: 'y',
      }).nb,
    ).toBe(
      'For et vertskommunesamarbeid forventes avtalen å angi: økonomisk oppgjør. Det finnes ikke i dataene. (Ikke verifisert mot lovteksten; kilde: y.)',
    );
    // The item is an id; each language words it.
    expect(
      say('statutory_item_missing', {
        form: 'interkommunalt-politisk-rad',
        item: 'council',
        source: 'y',
      }),
    ).toEqual({
      nb: 'For et interkommunalt politisk råd forventes avtalen å angi: representantskap. Det finnes ikke i dataene. (Ikke verifisert mot lovteksten; kilde: y.)',
      en: "For interkommunalt-politisk-rad the agreement is expected to state: a representantskap. The data does not. (Not verified against the statute's text; source: y.)",
    });
    // A form the words do not know is shown as it is.
    expect(say('statutory_checklist', { form: 'annet', items: 2, source: 'z' }).nb).toBe(
      'Avtalen er sjekket mot 2 punkter som forventes for annet. Listen er ikke verifisert mot lovteksten; kilde: z.',
    );
  });
});
