import { describe, expect, it } from 'vitest';

/**
 * Each schema accepts the example its documentation gives, and rejects the
 * counter-example where it gives one.
 *
 * The modules are imported inside the tests, not at the top of the file: a
 * schema that cannot be built (a discriminated union whose option has lost its
 * discriminator, say) throws while its module loads, and Stryker's vitest
 * runner scores a test file that fails to load as no test at all
 * (stryker-mutator/stryker-js#6150). Imported here, such a failure fails a test.
 */
describe('the schemas accept their documented examples', () => {
  it('clause, kommunenummer, municipality, date', async () => {
    const { ClauseRefSchema, ClauseSchema } = await import('../../src/model/clause.js');
    const { KommunenummerSchema, MunicipalitySchema } = await import(
      '../../src/model/municipality.js'
    );
    const { IsoDateSchema } = await import('../../src/model/iso-date.js');
    expect(ClauseRefSchema.safeParse('§9').success).toBe(true);
    expect(
      ClauseSchema.safeParse({
        ref: '§18',
        title: 'Tvisteløsning',
        text: 'Uenighet skal forsøkes løst i minnelighet.',
      }).success,
    ).toBe(true);
    expect(KommunenummerSchema.safeParse('0301').success).toBe(true);
    expect(KommunenummerSchema.safeParse(301).success).toBe(false);
    expect(MunicipalitySchema.safeParse({ number: '5001', name: 'Trondheim' }).success).toBe(true);
    expect(MunicipalitySchema.safeParse({ number: '501', name: 'Trondheim' }).success).toBe(false);
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDateSchema.safeParse('2025-02-29').success).toBe(false);
  });

  it('the four kinds of cost key, each alone and in the union', async () => {
    const keys = await import('../../src/model/cost-key.js');
    const population = { kind: 'population', validFrom: '2025-01-01', clause: '§9' };
    const fixed = {
      kind: 'fixed-and-population',
      validFrom: '2019-01-01',
      clause: '§8 B',
      fixedPercent: '40',
      populationPercent: '60',
    };
    const perInhabitant = {
      kind: 'per-inhabitant',
      validFrom: '2015-01-01',
      clause: 'KHS',
      ratePerInhabitant: '2.00',
    };
    const stated = {
      kind: 'stated-shares',
      validFrom: '2025-01-01',
      clause: '§9',
      shares: { '5001': '1/2', '5025': '1/2' },
    };
    expect(keys.PopulationCostKeySchema.safeParse(population).success).toBe(true);
    expect(keys.FixedAndPopulationCostKeySchema.safeParse(fixed).success).toBe(true);
    expect(keys.PerInhabitantCostKeySchema.safeParse(perInhabitant).success).toBe(true);
    expect(keys.StatedSharesCostKeySchema.safeParse(stated).success).toBe(true);
    for (const key of [population, fixed, perInhabitant, stated]) {
      expect(keys.CostKeySchema.safeParse(key).data).toEqual(key);
    }
    expect(
      keys.PopulationCostKeySchema.safeParse({ ...population, kind: 'people' }).error?.issues,
    ).toMatchObject([{ code: 'invalid_value', path: ['kind'], message: 'must be "population"' }]);
  });

  it('membership events, interpretation notes, lifecycle, regions, service areas, parties', async () => {
    const { MembershipEventSchema } = await import('../../src/model/events.js');
    const { InterpretationNoteSchema } = await import('../../src/model/interpretation.js');
    const { LifecycleSchema } = await import('../../src/model/lifecycle.js');
    const { RegionSchema } = await import('../../src/model/region.js');
    const { ServiceAreaSchema } = await import('../../src/model/service-area.js');
    const { PartySchema } = await import('../../src/model/party.js');
    expect(
      MembershipEventSchema.safeParse({
        type: 'withdrawal',
        party: '5038',
        noticeSentOn: '2025-03-15',
      }).success,
    ).toBe(true);
    expect(
      InterpretationNoteSchema.safeParse({
        id: 'start-date',
        clauses: ['§19'],
        question: 'Når gjelder avtalen fra?',
        reading: 'Fra 1. januar 2025.',
        alternatives: [],
      }).success,
    ).toBe(true);
    expect(
      LifecycleSchema.safeParse({ withdrawal: { notice: { months: 12 }, clause: '§12' } }).success,
    ).toBe(true);
    expect(
      RegionSchema.safeParse({ id: 'nord', name: 'Nord', municipalities: ['5001'] }).success,
    ).toBe(true);
    expect(
      ServiceAreaSchema.safeParse({
        id: 'barnevern',
        name: 'Felles barnevern',
        clause: '§4 A i',
        participants: ['5025'],
      }).success,
    ).toBe(true);
    expect(
      PartySchema.safeParse({
        municipality: { number: '5033', name: 'Tydal' },
        population: 773,
        membership: { joined: '2025-01-01' },
      }).success,
    ).toBe(true);
  });

  it('quorum and decision rules, matters, organs, meetings, agreements', async () => {
    const { QuorumRuleSchema, DecisionRuleSchema, MatterSchema, OrganSchema } = await import(
      '../../src/model/organ.js'
    );
    const { MeetingSchema } = await import('../../src/model/meeting.js');
    const { AgreementSchema } = await import('../../src/model/agreement.js');
    expect(
      QuorumRuleSchema.safeParse({
        kind: 'fraction-present',
        fraction: { numerator: 1, denominator: 2 },
        clause: '§5',
      }).success,
    ).toBe(true);
    expect(QuorumRuleSchema.safeParse({ kind: 'all-seats', clause: '§6' }).success).toBe(true);
    expect(QuorumRuleSchema.safeParse({ kind: 'none' }).success).toBe(true);
    for (const rule of [
      { kind: 'unanimity', of: 'all-seats', clause: '§15' },
      { kind: 'simple-majority', tie: 'chair-decides', clause: '§5' },
      { kind: 'consensus', clause: '§6' },
      { kind: 'consensus-else-chair', clause: '§4.3' },
      {
        kind: 'qualified-majority',
        fraction: { numerator: 2, denominator: 3 },
        of: 'votes-cast',
        clause: '§1',
      },
    ]) {
      expect(DecisionRuleSchema.safeParse(rule).data).toEqual(rule);
    }
    expect(
      MatterSchema.safeParse({
        id: 'budget',
        name: 'Budsjett',
        rule: { kind: 'consensus', clause: '§5' },
      }).success,
    ).toBe(true);
    expect(OrganSchema.safeParse({}).success).toBe(false);
    expect(
      MeetingSchema.safeParse({
        date: '2025-03-12',
        presiding: '5001',
        attendance: { '5001': 'member', '1508': 'deputy' },
        ballots: { '5001': 'for', '1508': 'against' },
      }).success,
    ).toBe(true);
    expect(AgreementSchema.safeParse({}).success).toBe(false);
  });

  it('a fraction may be the whole (1/1), not more', async () => {
    const { QuorumRuleSchema } = await import('../../src/model/organ.js');
    const quorum = (numerator: number, denominator: number) =>
      QuorumRuleSchema.safeParse({
        kind: 'fraction-present',
        fraction: { numerator, denominator },
        clause: '§5',
      }).success;
    expect([quorum(1, 1), quorum(1000, 1000), quorum(2, 1), quorum(1001, 1000)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
