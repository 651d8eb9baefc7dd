import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { khsVestreViken as khs } from '../../../src/agreements/khs-vestre-viken/index.js';
import { ownershipShares } from '../../../src/finance/ownership-shares.js';
import { settle } from '../../../src/finance/settle.js';
import { splitCost } from '../../../src/finance/split-cost.js';
import { admit } from '../../../src/lifecycle/admit.js';
import { breachComplaint, terminationRequirement } from '../../../src/lifecycle/breach.js';
import { isInForce } from '../../../src/lifecycle/in-force.js';
import { withdraw } from '../../../src/lifecycle/withdraw.js';
import type { Agreement } from '../../../src/model/agreement.js';
import { membersOn } from '../../../src/rules/membership.js';
import { infoCodes, notInfo } from '../../helpers/check.js';
import { catchInputError, problemsOf } from '../../helpers/errors.js';
import { sourceMissing } from '../../helpers/sources.js';
import { words } from '../../helpers/words.js';

const SOURCE = new URL(
  '../../../../shared/sources/khs-vestre-viken-saksframlegg.txt',
  import.meta.url,
);
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('KHS Vestre Viken', () => {
  it('Vurdering: et avtalebasert nettverk, ikke et eget rettssubjekt og ikke en lovbestemt samarbeidsform', () => {
    expect(khs.legalForm).toBe('avtalebasert-samarbeid');
    expect(khs.obligations?.[0]).toMatchObject({
      duty: 'Har ikke beslutningsmyndighet på vegne av kommunene',
    });
  });

  it('Om KHS: gjelder som nettverk fra 12. juni 2015, en dato fra KHS’ nettside «Om KHS», ikke fra saksframlegget', () => {
    expect(isInForce(khs, '2015-06-11').inForce).toBe(false);
    expect(isInForce(khs, '2019-01-01').inForce).toBe(true);
    expect(isInForce(khs, '2019-01-01').reasons[0]?.clause).toBe('Om KHS');
    expect(khs.clauses.find((c) => c.ref === 'Om KHS')?.text).toContain('Fra 12.06.2015');
    expect(khs.clauses.find((c) => c.ref === 'Saksopplysninger')?.text).not.toContain('2015');
  });

  it('Saksopplysninger: den midlertidige forlengelsen fra 21.11.2022 «til det forelå en fornyet juridisk vurdering» er registrert, uten en oppdiktet sluttdato', () => {
    const note = khs.interpretations?.find((n) => n.id === 'interim-extension-2022');
    expect(note?.clauses).toEqual(['Saksopplysninger']);
    expect(note?.reading).toContain('21.11.2022');
    expect(note?.reading).toContain('til det forelå en fornyet juridisk vurdering');
    expect(khs.validUntil).toBeUndefined();
  });

  it('Om KHS: hvem som var med før listen over 21 har kilde (1. januar 2024, kommunenummer fra 2024), er ukjent, ikke dagens 21 (26 i 2009–2022)', () => {
    expect(khs.partiesKnownFrom).toEqual({ date: '2024-01-01', note: 'membership-history' });
    expect(membersOn(khs, '2024-01-01')).toHaveLength(21);
    const error = catchInputError(() => membersOn(khs, '2016-01-01'));
    expect(error.problems).toEqual([
      {
        path: 'date',
        code: 'membership_unknown',
        message:
          'who was a party of khs-vestre-viken on 2016-01-01 is unknown: the list of parties is sourced only from 2024-01-01 (interpretation note "membership-history")',
      },
    ]);
    // Even the 2015 rate cannot be applied: who the members were in 2015 is unknown.
    expect(problemsOf(() => splitCost(khs, '1000.00', { date: '2015-12-31' }))).toEqual([
      ['date', 'membership_unknown'],
    ]);
  });

  it('Om KHS: varamedlemmer, vedtaksførhet og å avstå i Samarbeidsstyret står ikke i kildene og er merket som ukjent', () => {
    const note = khs.interpretations?.find((n) => n.id === 'samarbeidsstyre-settings-unknown');
    expect(note?.reading.startsWith('Ukjent')).toBe(true);
    // No clause is cited for them, so the handbook says the sources are silent instead of stating a default.
    const organ = khs.organs?.[0];
    expect([organ?.deputies?.clause, organ?.abstention?.clause, organ?.quorum?.clause]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(khs.organs?.[0]?.matters).toEqual([]);
  });

  it('Vedlegg: uttreden, opptak og mislighold er ukjent fordi avtaleteksten ikke er blant kildene, ikke fordi avtalen «ikke har regler»', () => {
    const unknown = (path: string) => [
      {
        path,
        code: 'rule_unknown',
        message:
          'khs-vestre-viken: unknown, because the agreement text is not in the sources (interpretation note "agreement-text-unknown")',
      },
    ];
    expect(
      catchInputError(() => withdraw(khs, { party: '3201', noticeSentOn: '2025-01-01' })).problems,
    ).toEqual(unknown('agreement.lifecycle.withdrawal'));
    expect(
      catchInputError(() =>
        admit(khs, { municipality: { number: '3228', name: 'Nes' }, population: 1 }),
      ).problems,
    ).toEqual(unknown('agreement.lifecycle.admission'));
    expect(catchInputError(() => breachComplaint(khs, { awareOn: '2025-01-01' })).problems).toEqual(
      unknown('agreement.lifecycle.breach'),
    );
    expect(
      catchInputError(() => terminationRequirement(khs, { party: '3201', date: '2025-01-01' }))
        .problems,
    ).toEqual(unknown('agreement.lifecycle.breach'));
  });

  it('Om KHS: 21 kommuner, med Bærum (3201) som ledende kommune', () => {
    expect(khs.parties).toHaveLength(21);
    expect(
      khs.parties
        .filter((p) => p.roles?.includes('ledende-kommune'))
        .map((p) => p.municipality.number),
    ).toEqual(['3201']);
    expect(new Set(khs.parties.map((p) => p.municipality.number)).size).toBe(21);
  });

  it('Saksopplysninger og Om KHS: Bærums oppgaver er delt etter kilde: arbeidsgiver for den ene stillingen etter saksframlegget («de siste årene … Bærum»), lederrollen og KS eKomp-koordinatoren etter nettsiden, utpekt for 2019–2022 (notat "lead-municipality-period")', () => {
    expect(khs.obligations?.map((o) => [o.clause, o.who])).toEqual([
      ['Om KHS', 'KHS'],
      ['Saksopplysninger', 'Kommunen som leder samarbeidet (de siste årene 3201 Bærum)'],
      ['Om KHS', '3201 Bærum (ledende kommune, utpekt for 2019–2022)'],
    ]);
    const [, employer, lead] = khs.obligations ?? [];
    expect(employer?.duty).toContain('1 årsverk');
    expect(employer?.duty).not.toContain('eKomp');
    expect(lead?.duty).toContain('KS eKomp-koordinatoren');
    const note = khs.interpretations?.find((n) => n.id === 'lead-municipality-period');
    expect(note?.clauses).toEqual(['Saksopplysninger', 'Om KHS']);
    expect(note?.reading).toContain('«de siste årene har dette vært Bærum kommune»');
    expect(note?.reading).toContain('for 2019–2022');
    expect(note?.reading).toContain('Hvem som er utpekt etter 2022, står ikke i kildene');
  });

  it('Om KHS: kommunenumrene er kontrollert mot lister i kodearkiver, ikke mot offisielle kilder, og må verifiseres mot SSB (notat "municipality-numbers")', () => {
    const reading =
      khs.interpretations?.find((n) => n.id === 'municipality-numbers')?.reading ?? '';
    expect(reading).toContain('lister publisert i kodelagre på GitHub');
    expect(reading).toContain('Det er ikke offisielle kilder');
    expect(reading).toContain('må verifiseres mot SSBs standard for kommuneinndeling');
    expect(reading).not.toContain('offentlige lister');
  });

  it('Saksopplysninger: dataene beskriver ordningen som forlenget 21.11.2022; når den reviderte nettverksavtalen ble vedtatt og begynte å gjelde, er ukjent (notat "interim-extension-2022")', () => {
    const reading =
      khs.interpretations?.find((n) => n.id === 'interim-extension-2022')?.reading ?? '';
    expect(reading).toContain('21.11.2022');
    expect(reading).toContain('ordningen slik den gjelder under forlengelsen');
    expect(reading).toContain(
      'Når den reviderte avtalen er vedtatt, og fra hvilken dato, står ikke i kildene',
    );
    expect(reading).toContain(
      '«Avtalebasert nettverk» i tittelen er formen saksframlegget anbefaler',
    );
    expect(khs.validUntil).toBeUndefined();
  });

  it('Om KHS: Samarbeidsstyret har 7 seter fra delregionene, fire års funksjonstid og minst fire møter i året', () => {
    const styre = khs.organs?.[0];
    expect(styre?.seats.fixed?.map((s) => s.name)).toEqual([
      'Ringeriksregionen',
      'Hallingdal',
      'Midt-Buskerud',
      'Drammensområdet',
      'Kongsbergregionen',
      'Asker',
      'Bærum',
    ]);
    expect(styre?.termYears?.years).toBe(4);
    expect(styre?.meetings?.perYearAtLeast).toBe(4);
    expect(styre?.duties?.[0]?.text).toContain('minst to fra små kommuner');
  });

  it('Om KHS: 2 kr per innbygger gjelder bare for 2015; etter 2015 er ingen nøkkel kjent, så ingenting kan fordeles', () => {
    expect(khs.costKeys[0]).toMatchObject({
      kind: 'per-inhabitant',
      ratePerInhabitant: '2.00',
      validUntil: '2015-12-31',
    });
    expect(problemsOf(() => splitCost(khs, '1000.00', { date: '2024-01-01' }))).toEqual([
      ['date', 'cost_key_ended'],
    ]);
  });

  it('markerer det kildene lar være ukjent: den reviderte avtaleteksten og dagens kostnadsnøkkel', () => {
    expect(khs.interpretations?.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        'agreement-text-unknown',
        'cost-key-unknown',
        'populations-not-verified',
      ]),
    );
  });

  it.skipIf(sourceMissing(SOURCE))(
    'hvert avsnitt hentet fra saksframlegget står ordrett i det',
    () => {
      const source = squeeze(readFileSync(SOURCE, 'utf8'));
      for (const clause of khs.clauses.filter((c) => c.ref !== 'Om KHS')) {
        for (const paragraph of clause.text.split('\n\n'))
          expect(source, clause.ref).toContain(squeeze(paragraph));
      }
    },
  );
});

describe('Om KHS: satsen for 2015 på 2 kr per innbygger videreføres ikke', () => {
  // A user who knows the 2015 members and their populations supplies them (the sources give neither).
  const { partiesKnownFrom: _known, ...withoutKnownFrom } = khs;
  const withPopulations: Agreement = {
    ...withoutKnownFrom,
    populationReferenceDate: '2015-01-01',
    parties: khs.parties.map((p, i) => ({ ...p, population: 1000 + i })),
  };

  it('Om KHS: i 2015 gjelder satsen, med kilde og dato, og fordelingen er etter kostnadsandel, ikke eierandel', () => {
    // «Kommunene betaler 2 kr pr innbygger»: the rate sets the amount (issue 14 fixed the old
    // behaviour of dividing any amount by population). Populations 1000 + i for i = 0 … 20:
    // 21 × 1000 + (0 + … + 20) = 21 210 inhabitants, × 2 kr = 42 420 kr.
    const split = splitCost(withPopulations, null, { date: '2015-12-31' });
    expect(withPopulations.parties).toHaveLength(21);
    expect(split.sum).toBe('42420.00');
    expect(split.parties.map((p) => p.amount)).toEqual(
      withPopulations.parties.map((_, i) => `${2 * (1000 + i)}.00`),
    );
    expect(
      catchInputError(() => splitCost(withPopulations, '1000.00', { date: '2015-12-31' })).problems,
    ).toEqual([
      {
        path: 'amount',
        code: 'amount_differs_from_rate',
        message: expect.stringContaining('2.00 NOK × 21210 inhabitants = 42420.00 NOK'),
      },
    ]);
    const key = split.reasons.find((r) => r.code === 'cost_key_per_inhabitant');
    expect(key?.values).toMatchObject({ rate: '2.00', validUntil: '2015-12-31' });
    expect(words(key)?.nb).toContain('(satsen gjelder til og med 31. desember 2015)');
    expect(words(key)?.nb).toContain('kilde: Eiermøte 2015');
    expect(words(split.reasons.at(-1))?.nb).toContain('etter fordelingsnøkkelen');
    expect(ownershipShares(withPopulations, { date: '2015-12-31' }).kind).toBe('cost-share');
  });

  it('Om KHS: en fordeling i 2025 er en feil som sier hvorfor: den eneste kjente satsen gjaldt til 31. desember 2015', () => {
    expect(
      catchInputError(() => splitCost(withPopulations, '1000.00', { date: '2025-06-01' })).problems,
    ).toEqual([
      {
        path: 'date',
        code: 'cost_key_ended',
        message: expect.stringMatching(
          /^no cost key of khs-vestre-viken applies on 2025-06-01: the key from 2015-06-12 \(Om KHS; source: Eiermøte 2015: .*\) applies only until 2015-12-31, and no other key applies on that date$/,
        ),
      },
    ]);
  });

  it('Om KHS: 2015 kan gjøres opp med 2 kr per innbygger, uten avkorting for månedene før satsen gjaldt; 2016 kan ikke, for ingen nøkkel gjelder', () => {
    // The rate applies from 12 June 2015, on all 203 days settled: each party pays 2 × its
    // population, 42 420 kr in all (as the split above), whatever amount the year had.
    const year = settle(withPopulations, { year: 2015, amount: null });
    expect(year.sum).toBe('42420.00');
    expect(year.parties.map((p) => [p.amount, p.days])).toEqual(
      withPopulations.parties.map((_, i) => [`${2 * (1000 + i)}.00`, 203]),
    );
    expect(problemsOf(() => settle(withPopulations, { year: 2015, amount: '1000.00' }))).toEqual([
      ['amount', 'amount_differs_from_rate'],
    ]);
    expect(settle(withPopulations, { year: 2015, amount: '42420.00' }).sum).toBe('42420.00');
    expect(problemsOf(() => settle(withPopulations, { year: 2016, amount: '1000.00' }))).toEqual([
      ['date', 'cost_key_ended'],
    ]);
  });
});

describe('Om KHS: kontrollen av avtalen', () => {
  it('Om KHS: kontroll: gyldig; et nettverk utenfor de lovbestemte samarbeidsformene; det som er ukjent, står i registeret', () => {
    expect(notInfo(khs)).toEqual([]);
    // One open note each, including lead-municipality-period (K6).
    expect(infoCodes(khs).filter((c) => c === 'interpretation_open')).toHaveLength(9);
  });
});
