import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../../src/agreements/digitrondelag/index.js';
import { decide } from '../../../src/governance/decide/index.js';
import type { Region } from '../../../src/model/region.js';
import { infoCodes, notInfo } from '../../helpers/check.js';
import { problemsOf } from '../../helpers/errors.js';
import { meeting } from '../../helpers/meetings.js';

/**
 * AN EXAMPLE division into "de ulike delene av Trøndelag" for the regional
 * rådmann seats: the sources do not give one, nor the participating
 * municipalities (only Trondheim is a party in the data). The regional seats
 * are for "de øvrige deltakende kommuner", so the example names other
 * Trøndelag municipalities (Melhus, Orkland; Steinkjer, Levanger), never
 * Trondheim, which has its own seat.
 */
const EXAMPLE_PARTS: readonly Region[] = [
  { id: 'trondelag-sor', name: 'Eksempel: Trøndelag sør', municipalities: ['5028', '5059'] },
  { id: 'trondelag-nord', name: 'Eksempel: Trøndelag nord', municipalities: ['5006', '5037'] },
];
const programstyre = (m: ReturnType<typeof meeting>) =>
  decide(digitrondelag, {
    organ: 'programstyre',
    matter: 'decision',
    meeting: m,
    regions: EXAMPLE_PARTS,
  });
const organ = (id: string) => digitrondelag.organs?.find((o) => o.id === id);

describe('§4 Organisering (DigiTrøndelag)', () => {
  describe('§4.3 Programstyret', () => {
    it('§4.3 seter: Trondheim (fast), rådmannssetene for regionene, KS Trøndelag og Trøndelag fylkeskommune', () => {
      const d = programstyre(
        meeting({
          date: '2020-05-01',
          presiding: 'trondheim',
          for: ['trondheim', 'ks-trondelag', 'trondelag-fylkeskommune', 'trondelag-sor'],
        }),
      );
      expect(d.tally.seats).toBe(5);
      expect(organ('programstyre')?.seats.fixed?.map((s) => s.id)).toEqual([
        'trondheim',
        'ks-trondelag',
        'trondelag-fylkeskommune',
      ]);
    });

    it('§4.3: rådmannssetene for regionene er for «de øvrige deltakende kommuner»: enhver kommune i en del av Trøndelag, aldri Trondheim, som har sitt eget sete', () => {
      const withTrondheim: readonly Region[] = [
        { id: 'trondelag-sor', name: 'Eksempel', municipalities: ['5001', '5028'] },
      ];
      expect(
        problemsOf(() =>
          decide(digitrondelag, {
            organ: 'programstyre',
            matter: 'decision',
            meeting: meeting({ date: '2020-05-01', presiding: 'trondheim', for: ['trondheim'] }),
            regions: withTrondheim,
          }),
        ),
      ).toEqual([['regions[0].municipalities[0]', 'holds_named_seat']]);
      // A municipality in two parts is still an error.
      const twice: readonly Region[] = [
        { id: 'trondelag-sor', name: 'Eksempel', municipalities: ['5028'] },
        { id: 'trondelag-nord', name: 'Eksempel', municipalities: ['5028'] },
      ];
      expect(
        problemsOf(() =>
          decide(digitrondelag, {
            organ: 'programstyre',
            matter: 'decision',
            meeting: meeting({ date: '2020-05-01', presiding: 'trondheim', for: ['trondheim'] }),
            regions: twice,
          }),
        ),
      ).toEqual([['regions[1].municipalities[0]', 'several_regions']]);
    });

    it('§4.2: en annen som leder møtet, er ikke lederen: uten konsensus blir ingenting vedtatt (notat "programstyre-stand-in"), og den andre lesningen vises', () => {
      const d = programstyre(
        meeting({
          date: '2020-05-01',
          presiding: 'ks-trondelag',
          presidingRole: 'other',
          for: ['ks-trondelag'],
          against: ['trondheim'],
        }),
      );
      expect([d.adopted, d.decidedByChair]).toEqual([false, false]);
      expect(d.reasons.map((r) => r.code)).toEqual([
        'quorum_met',
        'stand_in_presides',
        'consensus_not_reached',
        'no_chair_decision',
      ]);
      // The end date's note is consulted too: under "until-2022" a meeting in 2020 is the same.
      expect(d.alternatives.map((a) => [a.note, a.reading, a.adopted, a.differs])).toEqual([
        ['end-of-2022', 'until-2022', false, false],
        ['programstyre-stand-in', 'presiding-person', true, true],
      ]);
    });

    it('§4.3: medlemmene sitter i tre år; styret møtes «kvartalsvis eller ved behov», som ikke setter noe minste antall møter', () => {
      expect(organ('programstyre')?.termYears).toEqual({ years: 3, of: 'members', clause: '§4.3' });
      expect(organ('programstyre')?.meetings).toEqual({
        description: 'kvartalsvis eller ved behov',
        clause: '§4.3',
      });
    });

    it('§4.3 «Det søkes konsensus»: konsensus er at ingen er imot og minst én er for (notat "programstyre-consensus"); at lederen avstår, hindrer det ikke', () => {
      // Where the two readings differ: the leader abstains, the others present vote for.
      const d = programstyre(
        meeting({
          date: '2020-05-01',
          presiding: 'trondheim',
          for: ['ks-trondelag', 'trondelag-fylkeskommune'],
          abstain: ['trondheim'],
        }),
      );
      expect([d.adopted, d.decidedByChair]).toEqual([true, false]);
      expect(d.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
        ['quorum_met', '§4.3', expect.anything()],
        ['consensus_reached', '§4.3', { for: 2, abstain: 1 }],
      ]);
      // The alternative ("everyone present for") is recorded, not selectable: no alternative outcome is claimed.
      expect(d.alternatives.map((a) => a.note)).not.toContain('programstyre-consensus');
      const note = digitrondelag.interpretations?.find((n) => n.id === 'programstyre-consensus');
      expect(note?.clauses).toEqual(['§4.3']);
      expect(note?.readingId).toBeUndefined();
      expect(note?.reading).toContain('ingen stemmer imot og minst én stemmer for');
      expect(note?.alternatives.map((a) => [a.id, a.reading])).toEqual([
        [undefined, 'Konsensus krever at alle som er til stede, stemmer for.'],
      ]);
      expect(note?.alternatives[0]?.consequence).toContain('leder selv ikke stemmer for');
    });
  });

  describe('§4.1 Porteføljestyret', () => {
    it('§4.1 er RU (ett sete per part) pluss Fylkesmannen, og møtes én eller to ganger i året', () => {
      const p = organ('portefoljestyre');
      expect(p?.seats).toMatchObject({ perParty: true, fixed: [{ id: 'fylkesmannen' }] });
      expect(p?.meetings).toMatchObject({ perYearAtLeast: 1, perYearAtMost: 2 });
    });

    it('§4.1 «RU (rådmannsutvalget) samt med deltakelse fra Fylkesmannen»: setene er en stedfortreder (notat "portefoljestyre-composition"), og «i dag Statsforvalteren» er merket som vårt tillegg', () => {
      expect(organ('portefoljestyre')?.seats.fixed).toEqual([
        {
          id: 'fylkesmannen',
          name: 'Fylkesmannen i Trøndelag (i dag Statsforvalteren; tilføyd, ikke i avtaleteksten)',
        },
      ]);
      const note = digitrondelag.interpretations?.find(
        (n) => n.id === 'portefoljestyre-composition',
      );
      expect(note?.clauses).toEqual(['§4.1']);
      expect(note?.reading).toContain('rådmannsutvalget i KS Trøndelag');
      expect(note?.reading).toContain('ett sete per kjent part');
      expect(note?.reading).toContain('«deltakelse»');
      expect(note?.reading).toContain('står ikke i avtaleteksten');
      expect(note?.alternatives.map((a) => a.reading)).toEqual([
        'RU er rådmannsutvalget i KS Trøndelag med de medlemmene det har, uavhengig av hvem som er parter.',
        'Fylkesmannen deltar uten stemme, med rett til å møte og uttale seg.',
      ]);
    });

    it('§4.1 sier ingen vedtaksregel, så et vedtak i porteføljestyret kan ikke regnes ut', () => {
      const m = meeting({ date: '2020-05-01', presiding: '5001', for: ['5001'] });
      expect(
        problemsOf(() =>
          // @ts-expect-error: porteføljestyret has no matter, and the types know it
          decide(digitrondelag, { organ: 'portefoljestyre', matter: 'annual-plan', meeting: m }),
        ),
      ).toEqual([['matter', 'unknown_matter']]);
    });
  });

  it('§3.1: hver part tar prosjekteieransvar for regionale prosjekter og er medlem av DigiFin; §5: prosjekter finansieres særskilt', () => {
    const duties = (digitrondelag.obligations ?? []).map((o) => [o.clause, o.duty]);
    expect(duties).toEqual(
      expect.arrayContaining([
        ['§3.1', expect.stringContaining('prosjekteier for regionale prosjekter')],
        ['§3.1', expect.stringContaining('DigiFin')],
        ['§3.2', expect.stringContaining('programorganisasjon')],
        ['§5', expect.stringContaining('enkeltprosjekter og tiltak særskilt')],
      ]),
    );
  });
});

describe('§4.1: kontrollen av avtalen', () => {
  it('§4.1 kontroll: gyldig; utenfor de lovbestemte samarbeidsformene; porteføljestyret har ingen vedtaksregel', () => {
    expect(notInfo(digitrondelag)).toEqual([]);
    expect(infoCodes(digitrondelag)).toEqual(
      expect.arrayContaining(['organ_without_rule', 'outside_statutory_forms']),
    );
  });
});
