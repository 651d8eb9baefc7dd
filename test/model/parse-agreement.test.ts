import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { AgreementInputError, formatPath } from '../../src/model/errors.js';
import { parseAgreement, safeParseAgreement } from '../../src/model/parse-agreement.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

/** A JSON copy of the built-in agreement, as a file would hold it. */
const asFile = () =>
  JSON.parse(JSON.stringify(helseplattformen)) as Record<string, unknown> & {
    parties: Record<string, unknown>[];
  };

describe('parseAgreement', () => {
  it('accepts the built-in Helseplattformen agreement unchanged', () => {
    expect(parseAgreement(asFile())).toEqual(helseplattformen);
  });

  it('rejects a malformed kommunenummer, naming its path', () => {
    const file = asFile();
    file.parties[3] = { ...file.parties[3], municipality: { number: '508', name: 'Ålesund' } };
    const error = catchInputError(() => parseAgreement(file));
    expect(error.problems).toEqual([
      {
        path: 'costKeys[0].statedTable.percents["1508"]',
        code: 'unknown_party',
        message: 'names 1508, which is not among the parties',
      },
      {
        path: 'parties[3].municipality.number',
        code: 'invalid_format',
        message: 'must be a kommunenummer: four digits as a string, e.g. "5001"',
      },
    ]);
    expect(error.message).toContain('parties[3].municipality.number: must be a kommunenummer');
  });

  it('rejects a kommunenummer given as a number (the leading zero would be lost)', () => {
    const file = asFile();
    file.parties[0] = { ...file.parties[0], municipality: { number: 301, name: 'Oslo' } };
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['costKeys[0].statedTable.percents["5001"]', 'unknown_party'],
      ['parties[0].municipality.number', 'invalid_type'],
    ]);
  });

  it('rejects duplicate parties, pointing at the first listing', () => {
    const file = asFile();
    file.parties.push(file.parties[3] as Record<string, unknown>);
    const error = catchInputError(() => parseAgreement(file));
    expect(error.problems).toEqual([
      {
        path: 'parties[34].municipality.number',
        code: 'duplicate_party',
        message: 'duplicate party 1508: already listed as parties[3]',
      },
    ]);
  });

  it.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['textual', '1000'],
  ])('rejects a %s population with "must be a whole number ≥ 0"', (_, population) => {
    const file = asFile();
    file.parties[3] = { ...file.parties[3], population };
    const error = catchInputError(() => parseAgreement(file));
    expect(error.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'parties[3].population: must be a whole number ≥ 0',
    ]);
  });

  it('rejects a total population of zero', () => {
    const file = asFile();
    file.parties = file.parties.map((p) => ({ ...p, population: 0 }));
    expect(problemsOf(() => parseAgreement(file))).toEqual([['parties', 'zero_total_population']]);
  });

  it('reports every problem at once, in path order', () => {
    const file = asFile();
    file.parties[1] = { ...file.parties[1], population: -3 };
    file.parties[2] = { ...file.parties[2], municipality: { number: '5001', name: 'Trondheim' } };
    file.parties[5] = { ...file.parties[5], populaton: 5 };
    file['validFrom'] = '2025-02-30';
    file['legalForm'] = 'IKS';
    delete file['title'];
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['costKeys[0].statedTable.percents["1506"]', 'unknown_party'],
      ['legalForm', 'invalid_value'],
      ['parties[1].population', 'too_small'],
      ['parties[2].municipality.number', 'duplicate_party'],
      ['parties[5].populaton', 'unknown_field'],
      ['title', 'required'],
      ['validFrom', 'invalid_format'],
    ]);
  });

  it('rejects membership dates out of order and clause references that name no clause', () => {
    const file = asFile();
    file.parties[0] = {
      ...file.parties[0],
      membership: { joined: '2025-01-01', noticeSentOn: '2025-03-01', withdrawn: '2025-02-01' },
    };
    file['costKeys'] = [{ kind: 'population', validFrom: '2025-01-01', clause: '§99' }];
    file['validUntil'] = '2024-12-31';
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['costKeys[0].clause', 'unknown_clause'],
      ['parties[0].membership.withdrawn', 'date_order'],
      ['validUntil', 'date_order'],
    ]);
  });

  it('rejects what the schema alone cannot see: two keys from one date, a second kontorkommune, a missing population, unknown notes and readings, repeated organs and matters', () => {
    type Organ = Record<string, unknown> & {
      abstention: Record<string, unknown>;
      chair: { standIn: Record<string, unknown> };
      matters: Record<string, unknown>[];
    };
    const file = asFile() as ReturnType<typeof asFile> & { organs: Organ[]; costKeys: unknown[] };
    file.costKeys = [file.costKeys[0], file.costKeys[0]];
    delete file['populationReferenceDate'];
    const { population: _, ...noPopulation } = file.parties[2] as { population: number };
    file.parties[2] = noPopulation;
    file.parties[1] = { ...file.parties[1], roles: ['kontorkommune'] };
    file.parties[3] = {
      ...file.parties[3],
      membership: { joined: '2025-06-01', noticeSentOn: '2025-03-01' },
    };
    const [representantskap] = file.organs as [Organ];
    representantskap.abstention = { ...representantskap.abstention, note: 'no-such-note' };
    representantskap.chair.standIn = {
      note: 'chair-absent-casting-vote',
      castingVote: { 'presiding-person': true, 'someone-else': false },
    };
    representantskap.matters = [
      representantskap.matters[0] ?? {},
      representantskap.matters[0] ?? {},
    ];
    file.organs = [representantskap, representantskap];
    expect(problemsOf(() => parseAgreement(file))).toEqual([
      ['costKeys[1].validFrom', 'duplicate_cost_key'],
      ['organs[0].abstention.note', 'unknown_note'],
      ['organs[0].chair.standIn', 'missing_reading'],
      ['organs[0].chair.standIn.note', 'unknown_reading'],
      ['organs[0].matters[1].id', 'duplicate_matter'],
      ['organs[1].abstention.note', 'unknown_note'],
      ['organs[1].chair.standIn', 'missing_reading'],
      ['organs[1].chair.standIn.note', 'unknown_reading'],
      ['organs[1].id', 'duplicate_organ'],
      ['organs[1].matters[1].id', 'duplicate_matter'],
      ['parties', 'several_kontorkommuner'],
      ['parties[2].population', 'required'],
      ['parties[3].membership.noticeSentOn', 'date_order'],
      ['populationReferenceDate', 'required'],
    ]);
  });

  it('rejects input that is not an object at all', () => {
    for (const input of [null, 42, 'agreement', [], undefined]) {
      const result = safeParseAgreement(input);
      expect(result.success).toBe(false);
    }
    expect(problemsOf(() => parseAgreement([]))).toEqual([['', 'invalid_type']]);
  });

  it('treats a "__proto__" key as an unknown field and pollutes no prototype', () => {
    const file = JSON.parse(
      `{"__proto__": {"polluted": true}, ${JSON.stringify(helseplattformen).slice(1)}`,
    );
    expect(problemsOf(() => parseAgreement(file))).toEqual([['__proto__', 'unknown_field']]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('does not modify its input', () => {
    const file = asFile();
    const before = structuredClone(file);
    parseAgreement(file);
    file.parties[0] = { ...file.parties[0], population: -1 };
    const broken = structuredClone(file);
    safeParseAgreement(file);
    expect(file).toEqual(broken);
    expect(before).toEqual(asFile());
  });

  it('never throws anything but AgreementInputError, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = safeParseAgreement(value);
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error).toBeInstanceOf(AgreementInputError);
      }),
    );
  });
});

describe('formatPath', () => {
  it('writes paths the way a JSON author reads them', () => {
    expect(formatPath(['parties', 3, 'population'])).toBe('parties[3].population');
    expect(formatPath([])).toBe('');
    expect(formatPath(['a key'])).toBe('["a key"]');
  });
});
