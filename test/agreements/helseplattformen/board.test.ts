import { describe, expect, it } from 'vitest';
import {
  type Board,
  helseplattformenBoard,
  validateHelseplattformenBoard,
} from '../../../src/agreements/helseplattformen/board.js';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import type { Agreement } from '../../../src/model/agreement.js';
import type { Region } from '../../../src/model/region.js';
import { catchInputError } from '../../helpers/errors.js';
import { EXAMPLE_BOARD, EXAMPLE_REGIONS, OS_LEAVES_2026 } from '../../helpers/meetings.js';
import { withWords } from '../../helpers/words.js';

/** A board that meets §6 on the example region division (Trondheim, a region of one, has no deputy). */
const board: Board = EXAMPLE_BOARD;

/** Each finding as [severity, code, values]; every one cites §6. */
function findings(b: Board, agreement: Agreement = helseplattformen) {
  const all = validateHelseplattformenBoard(agreement, b);
  expect(all.map((f) => f.clause)).toEqual(all.map(() => '§6'));
  return all.map((f) => [f.severity, f.code, f.values]);
}

const trondheimWithoutDeputy = [
  'info',
  'board_deputy_missing',
  { region: 'trondheim', single: true },
];

describe('validateHelseplattformenBoard: Helseplattformen §6 (med en regioninndeling som bare er et EKSEMPEL)', () => {
  it('§6: et gyldig styre gir ett funn om at det er gyldig, og hvorfor Trondheim ikke har varamedlem', () => {
    expect(withWords(validateHelseplattformenBoard(helseplattformen, board))).toEqual([
      {
        code: 'board_deputy_missing',
        agreement: 'helseplattformen',
        clause: '§6',
        values: { region: 'trondheim', single: true },
        text: {
          nb: 'Regionen trondheim har bare én kommune, så det finnes ingen «resterende kommuner» å velge vararepresentant blant.',
          en: 'Region trondheim has a single municipality, so there are no "remaining municipalities" to choose a deputy from.',
        },
        severity: 'info',
      },
      {
        code: 'board_valid',
        agreement: 'helseplattformen',
        clause: '§6',
        values: { regions: 5, withoutDeputy: ['trondheim'] },
        text: {
          nb: 'Styret oppfyller kravene til sammensetning: én kommunedirektør fra hver av de 5 regionene, og en vararepresentant fra hver region unntatt trondheim, som bare har én kommune.',
          en: 'The board meets the composition requirements: one kommunedirektør from each of the 5 regions, and a deputy from each region except trondheim, which has only one municipality.',
        },
        severity: 'info',
      },
    ]);
  });

  it('§6: et styre uten registrert funksjonstid for lederne kontrolleres ikke mot de to årene', () => {
    const { leadersTerm: _, ...noTerm } = board;
    expect(findings(noTerm)).toEqual([
      trondheimWithoutDeputy,
      ['info', 'board_valid', { regions: 5, withoutDeputy: ['trondheim'] }],
    ]);
  });

  it('§6: dagen og ledernes funksjonstid må være datoer som finnes', () => {
    const invalid = (path: string, value: string) => ({
      title: 'Invalid date (1 problem):',
      problems: [
        {
          path,
          code: 'invalid_date',
          message: `must be a date YYYY-MM-DD that exists in the calendar: "${value}"`,
        },
      ],
    });
    const failure = (b: Board) => {
      const error = catchInputError(() => validateHelseplattformenBoard(helseplattformen, b));
      return {
        title: error.message.split('\n')[0],
        problems: error.problems.map(({ path, code, message }) => ({ path, code, message })),
      };
    };
    expect(failure({ ...board, date: '2025-02-30' })).toEqual(invalid('board.date', '2025-02-30'));
    expect(failure({ ...board, leadersTerm: { from: '2025-13-01', to: '2026-12-31' } })).toEqual(
      invalid('board.leadersTerm.from', '2025-13-01'),
    );
    expect(failure({ ...board, leadersTerm: { from: '2025-01-01', to: '2026-02-29' } })).toEqual(
      invalid('board.leadersTerm.to', '2026-02-29'),
    );
  });

  it('§6: alle funnene for et styre med mange feil, i rekkefølge: medlemmer, regioner, seter, ledere', () => {
    const wrong: Board = {
      ...board,
      members: [
        { region: 'trondheim', member: '5001' },
        // Molde (1506) belongs to Nordmøre og Romsdal.
        { region: 'trondelag-sor', member: '1506', deputy: '5028' },
        { region: 'trondelag-nord', member: '5037', deputy: '5037' },
        // Ålesund (1508) belongs to Sunnmøre.
        { region: 'nordmore-romsdal', member: '1505', deputy: '1508' },
        { region: 'nordmore-romsdal', member: '1506' },
        // Bergen (4601) and Bindal (1811) are no owner municipalities; Vestland is no region.
        { region: 'vestland', member: '4601', deputy: '1811' },
      ],
      // Sula (1531) has no seat on this board.
      deputyLeader: '1531',
    };
    expect(findings(wrong)).toEqual([
      ['error', 'board_not_a_member', { role: 'member', number: '4601', date: '2025-01-01' }],
      ['error', 'board_not_a_member', { role: 'deputy', number: '1811', date: '2025-01-01' }],
      ['error', 'board_unknown_region', { region: 'vestland' }],
      trondheimWithoutDeputy,
      ['error', 'board_member_outside_region', { region: 'trondelag-sor', member: '1506' }],
      ['error', 'board_deputy_is_member', { region: 'trondelag-nord', deputy: '5037' }],
      [
        'error',
        'board_region_several_members',
        { region: 'nordmore-romsdal', members: ['1505', '1506'] },
      ],
      ['error', 'board_deputy_outside_region', { region: 'nordmore-romsdal', deputy: '1508' }],
      ['error', 'board_deputy_missing', { region: 'nordmore-romsdal', single: false }],
      ['error', 'board_region_without_member', { region: 'sunnmore' }],
      ['error', 'board_leader_not_member', { role: 'deputy-leader', number: '1531' }],
    ]);
  });

  it('§6 «velger leder og nestleder»: et styre uten dem får varsel, to ganger', () => {
    const { leader: _, deputyLeader: __, ...noLeaders } = board;
    expect(findings(noLeaders)).toEqual([
      trondheimWithoutDeputy,
      ['warning', 'board_leader_missing', { role: 'leader' }],
      ['warning', 'board_leader_missing', { role: 'deputy-leader' }],
    ]);
  });

  it('§6: leder og nestleder er to styremedlemmer; én person i begge rollene er én feil', () => {
    expect(findings({ ...board, leader: '5025', deputyLeader: '5025' })).toEqual([
      trondheimWithoutDeputy,
      ['error', 'board_leader_is_deputy_leader', { number: '5025' }],
    ]);
  });

  it('§6: ledere som ikke er styremedlemmer, nevnes ved navn og regnes ikke som fra samme region', () => {
    expect(findings({ ...board, leader: '1811', deputyLeader: '4601' })).toEqual([
      trondheimWithoutDeputy,
      ['error', 'board_leader_not_member', { role: 'leader', number: '1811' }],
      ['error', 'board_leader_not_member', { role: 'deputy-leader', number: '4601' }],
    ]);
  });

  it('§6 «Leder og nestleder skal være fra ulike kommuneregioner»: den felles regionen nevnes', () => {
    const twoInSor: Board = {
      ...board,
      members: [...board.members, { region: 'trondelag-sor', member: '5028' }],
      leader: '5025',
      deputyLeader: '5028',
    };
    // Only possible with two members seated for one region, itself an error.
    expect(findings(twoInSor)).toEqual([
      trondheimWithoutDeputy,
      [
        'error',
        'board_region_several_members',
        { region: 'trondelag-sor', members: ['5025', '5028'] },
      ],
      ['error', 'board_deputy_missing', { region: 'trondelag-sor', single: false }],
      ['error', 'board_leaders_same_region', { region: 'trondelag-sor' }],
    ]);
  });

  it('§6: en kommune i to regioner gjør inndelingen ugyldig, også når ingen region står to ganger', () => {
    const [trondheim, sor, ...rest] = EXAMPLE_REGIONS as [Region, Region, ...Region[]];
    const regions = [
      trondheim,
      { ...sor, municipalities: [...sor.municipalities, '5001'] },
      ...rest,
    ];
    expect(findings({ ...board, regions })).toEqual([
      [
        'error',
        'board_regions_invalid',
        {
          problems: [
            'regions[1].municipalities[10]: 5001 is already in regions[0]; a municipality belongs to one region',
          ],
        },
      ],
      trondheimWithoutDeputy,
    ]);
  });

  it('§6: en region som står to ganger, gjør inndelingen ugyldig, også når hver kommune er i én region', () => {
    const regions = [
      ...EXAMPLE_REGIONS,
      { id: 'sunnmore', name: 'Sunnmøre igjen', municipalities: [] },
    ];
    expect(findings({ ...board, regions })).toEqual([
      ['error', 'board_regions_invalid', { problems: ['region sunnmore is listed twice'] }],
      trondheimWithoutDeputy,
      // The second listing has no municipalities, so the Sunnmøre seat is outside it.
      ['error', 'board_member_outside_region', { region: 'sunnmore', member: '1508' }],
      ['error', 'board_deputy_outside_region', { region: 'sunnmore', deputy: '1531' }],
    ]);
  });

  it('§6: en region kan bare ha kommuner som er eiere den dagen', () => {
    const osLeft = OS_LEAVES_2026;
    expect(findings(board, osLeft)).toEqual([
      trondheimWithoutDeputy,
      ['info', 'board_valid', { regions: 5, withoutDeputy: ['trondheim'] }],
    ]);
    // Os (3430) is the tenth municipality of the example region Trøndelag sør.
    expect(findings({ ...board, date: '2026-02-01' }, osLeft)).toEqual([
      [
        'error',
        'board_regions_invalid',
        { problems: ['regions[1].municipalities[9]: names 3430, which is not among the parties'] },
      ],
      trondheimWithoutDeputy,
    ]);
  });
});

describe('§6: styreregelen leser styret fra dataene (helseplattformenBoard)', () => {
  const styre = helseplattformen.organs?.find((o) => o.id === 'styre');

  it('§6: regelen oppgir styrets bestemmelse fra dataene, og ingen for en avtale uten styret', () => {
    expect(helseplattformenBoard.clauses(helseplattformen)).toEqual(['§6']);
    expect(helseplattformenBoard.run(helseplattformen, board)).toEqual(
      validateHelseplattformenBoard(helseplattformen, board),
    );
    const noBoard: Agreement = {
      ...helseplattformen,
      organs: (helseplattformen.organs ?? []).filter((o) => o.id !== 'styre'),
    };
    expect(helseplattformenBoard.clauses(noBoard)).toEqual([]);
    expect(catchInputError(() => validateHelseplattformenBoard(noBoard, board)).problems).toEqual([
      {
        path: 'agreement.organs',
        code: 'unknown_organ',
        message: 'helseplattformen has no body "styre" (the board this rule checks)',
      },
    ]);
  });

  it('§6: bestemmelsen og funksjonstiden kommer fra styret i dataene: en annen bestemmelse gir en annen funksjonstid', () => {
    if (styre === undefined) throw new Error('styre');
    const { termYears: _, ...noTerm } = styre;
    const changed = (organ: typeof styre): Agreement => ({
      ...helseplattformen,
      organs: (helseplattformen.organs ?? []).map((o) => (o.id === 'styre' ? organ : o)),
    });
    const long = { ...board, leadersTerm: { from: '2025-01-01', to: '2027-12-31' } };
    expect(
      validateHelseplattformenBoard(changed({ ...noTerm, clause: '§7' }), long).map((f) => [
        f.code,
        f.clause,
      ]),
    ).toEqual([
      ['board_deputy_missing', '§7'],
      ['board_valid', '§7'],
    ]);
    const three = changed({ ...styre, termYears: { years: 3, of: 'chair', clause: '§6.2' } });
    expect(
      validateHelseplattformenBoard(three, long).find((f) => f.code === 'board_term_length'),
    ).toBeUndefined();
    expect(
      validateHelseplattformenBoard(three, board).find((f) => f.code === 'board_term_length'),
    ).toMatchObject({ clause: '§6.2', values: { years: 3, expected: '2027-12-31' } });
  });
});
