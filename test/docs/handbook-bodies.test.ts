import { describe, expect, it } from 'vitest';
import { handbook } from '../../src/docs/handbook/index.js';
import { describeRule } from '../../src/words/explain.js';
import { weightedIksAgreement } from '../fixtures/weighted-iks.js';

describe('the handbook renders seats of several members, weights, quorum by weight and defaults', () => {
  const { markdown } = handbook(weightedIksAgreement(), {
    testTitles: [],
    year: 2026,
    apiBase: '../api',
  });

  it('members per party: one vote held in order, or a vote for every member', () => {
    expect(markdown).toContain(
      '- Medlemmer: 3 per part, med én stemme per part; stemmen har ordfører, deretter varaordfører, deretter medlem, i den rekkefølgen de er til stede (§3).\n',
    );
    expect(markdown).toContain('- Medlemmer: 2 per part, og hvert medlem har én stemme (§5).\n');
  });

  it('vote weights: stated, by ownership, by population', () => {
    expect(markdown).toContain(
      '- Stemmevekt: som avtalen oppgir: 0001 45,5; 0002 30; 0003 14,5; 0004 10 (§3).\n',
    );
    expect(markdown).toContain('- Stemmevekt: hver parts stemme veier dens eierandel (§5).\n');
    const a = weightedIksAgreement();
    const organs = (a.organs ?? []).map((o) => ({
      ...o,
      weights: { by: 'population' as const, clause: '§9' },
    }));
    const other = handbook(
      { ...a, organs },
      { testTitles: [], year: 2026, apiBase: '../api' },
    ).markdown;
    expect(other).toContain('- Stemmevekt: hver parts stemme veier dens folketall (§9).\n');
  });
});

describe('the handbook renders a quorum by weight', () => {
  it('the part by weight after the part by seats, each with its clause', () => {
    const { markdown } = handbook(weightedIksAgreement(), {
      testTitles: [],
      year: 2026,
      apiBase: '../api',
    });
    expect(markdown).toContain(
      '- Vedtaksført: minst 1/2 av setene til stede, varamedlemmer medregnet, og de til stede har minst 2/3 av stemmevekten (§4).\n',
    );
    const a = weightedIksAgreement();
    const organs = (a.organs ?? []).map((o) =>
      o.quorum?.kind !== 'fraction-present' || o.quorum.weight === undefined
        ? o
        : {
            ...o,
            quorum: {
              ...o.quorum,
              weight: { ...o.quorum.weight, threshold: 'more-than' as const, clause: '§9' },
            },
          },
    );
    expect(
      handbook({ ...a, organs }, { testTitles: [], year: 2026, apiBase: '../api' }).markdown,
    ).toContain('og de til stede har mer enn 2/3 av stemmevekten (§9) (§4).\n');
  });
});

describe('the handbook renders rules by weight, double majorities and elections', () => {
  const { markdown } = handbook(weightedIksAgreement(), {
    testTitles: [],
    year: 2026,
    apiBase: '../api',
  });
  it('each in the table of matters', () => {
    const rows = markdown
      .split('\n')
      .filter(
        (l) => l.startsWith('| Eierstyring') || l.startsWith('| Endring') || l.startsWith('| Valg'),
      );
    expect(rows).toEqual([
      '| Eierstyring | flertall etter stemmevekt: mer enn 1/2 av vekten til de avgitte stemmene | §4 | – |',
      '| Endring av selskapsavtalen | alt på én gang: kvalifisert flertall: mer enn 1/2 av alle medlemmene (§6); og kvalifisert flertall etter stemmevekt: minst 2/3 av vekten til alle medlemmene (§6) | §6 | – |',
      '| Valg av styre (valg) | alminnelig flertall, loddtrekning ved stemmelikhet | §7 | – |',
      '| Valg av nestleder (valg) | alminnelig flertall, ved stemmelikhet lovens regel (møteleders dobbeltstemme, ved valg loddtrekning) | §5 | – |',
    ]);
  });

  it('in English too', () => {
    const matters = weightedIksAgreement().organs?.[0]?.matters ?? [];
    expect(matters.map((m) => describeRule(m.rule, 'en'))).toEqual([
      "simple majority, the leader's casting vote in a tie",
      'majority of weight: more than 1/2 of the weight of the votes cast',
      'all at once: qualified majority: more than 1/2 of all members (§6); and qualified majority of weight: at least 2/3 of the weight of all members (§6)',
      'simple majority, drawing lots in a tie',
    ]);
    expect(
      describeRule(
        {
          kind: 'weighted-majority',
          of: 'votes-cast',
          fraction: { numerator: 3, denominator: 4 },
          threshold: 'more-than',
          clause: '§1',
        },
        'nb',
      ),
    ).toBe('kvalifisert flertall etter stemmevekt: mer enn 3/4 av vekten til de avgitte stemmene');
    expect(
      describeRule(
        { kind: 'weighted-majority', of: 'all-weight', threshold: 'at-least', clause: '§1' },
        'en',
      ),
    ).toBe('majority of weight: at least 1/2 of the weight of all members');
  });
});

describe('the handbook says where the statute fills what the agreement leaves unsaid', () => {
  const { markdown } = handbook(weightedIksAgreement(), {
    testTitles: [],
    year: 2026,
    apiBase: '../api',
  });
  it('deputies, abstention and quorum of the board, each marked unverified', () => {
    const board = markdown.slice(markdown.indexOf('### Styret'));
    expect(board).toContain(
      '- Varamedlemmer: avtalen sier ingenting, så lovens regel gjelder (kommuneloven § 8-1, ikke verifisert): ja.\n',
    );
    expect(board).toContain(
      '- Kan avstå: avtalen sier ingenting, så lovens regel gjelder (kommuneloven § 8-1, ikke verifisert): nei, medlemmene har stemmeplikt.\n',
    );
    expect(board).toContain(
      '- Vedtaksført: avtalen sier ingenting, så lovens regel gjelder (kommuneloven § 11-9, ikke verifisert): minst halvparten av medlemmene til stede.\n',
    );
    expect(describeRule({ kind: 'simple-majority', clause: '§1' }, 'en')).toBe(
      "simple majority, in a tie the statute's rule (the chair's casting vote, lots in an election)",
    );
  });
});

describe('the handbook renders a quorum by weight alone', () => {
  it('no count of seats, only the weight present', () => {
    const a = weightedIksAgreement();
    const organs = (a.organs ?? []).map((o) =>
      o.id === 'representantskap'
        ? {
            ...o,
            quorum: {
              kind: 'none' as const,
              clause: '§4',
              weight: {
                fraction: { numerator: 1, denominator: 2 },
                threshold: 'more-than' as const,
                clause: '§4',
              },
            },
          }
        : o,
    );
    expect(
      handbook({ ...a, organs }, { testTitles: [], year: 2026, apiBase: '../api' }).markdown,
    ).toContain('- Vedtaksført: de til stede har mer enn 1/2 av stemmevekten (§4).\n');
  });
});

describe('the handbook renders a quorum of members', () => {
  it('a fraction of all the members, not of the seats, with the part by weight after it', () => {
    const a = weightedIksAgreement();
    const organs = (a.organs ?? []).map((o) =>
      o.quorum?.kind === 'fraction-present'
        ? { ...o, quorum: { ...o.quorum, counts: 'members' as const } }
        : o,
    );
    expect(
      handbook({ ...a, organs }, { testTitles: [], year: 2026, apiBase: '../api' }).markdown,
    ).toContain(
      '- Vedtaksført: minst 1/2 av alle medlemmene til stede (medlemmene telles, ikke setene), og de til stede har minst 2/3 av stemmevekten (§4).\n',
    );
  });
});
