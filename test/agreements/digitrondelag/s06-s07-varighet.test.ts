import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../../src/agreements/digitrondelag/index.js';
import { adoptionStatus, textFingerprint } from '../../../src/lifecycle/adoption.js';
import { deadlines } from '../../../src/lifecycle/deadlines.js';
import { isInForce } from '../../../src/lifecycle/in-force.js';

describe('§6 Varighet and §7 Endringer (DigiTrøndelag)', () => {
  it('§6 "gjelder … frem til 2022": in force through 31 December 2022, not after (interpretation "end-of-2022")', () => {
    expect(isInForce(digitrondelag, '2022-12-31').inForce).toBe(true);
    expect(isInForce(digitrondelag, '2023-01-01')).toMatchObject({
      inForce: false,
      reasons: [{ code: 'not_in_force', clause: '§6' }],
    });
  });

  it('§6 "evalueres innen februar 2021": the evaluation is in the 2021 calendar only', () => {
    expect(deadlines(digitrondelag, { year: 2021 }).map((d) => [d.id, d.due])).toEqual([
      ['evaluation', '2021-02-28'],
    ]);
    expect(deadlines(digitrondelag, { year: 2022 }).map((d) => d.id)).toEqual(['agreement-ends']);
    expect(deadlines(digitrondelag, { year: 2023 })).toEqual([]);
  });

  it('§7 changes are made in writing and need all the parties', () => {
    expect(digitrondelag.lifecycle?.amendment).toEqual({
      clause: '§7',
      councilsMustAdopt: false,
      inWriting: true,
    });
  });

  const fingerprint = textFingerprint(digitrondelag.clauses);
  const trondheim = { party: '5001', adoptedOn: '2020-03-01', fingerprint };

  it('§7 "krever enighet mellom alle avtalepartene": Trondheim alone agreeing is not all the parties while the parties are not all known (note "participants-not-listed")', () => {
    const status = adoptionStatus(digitrondelag, {
      fingerprint,
      decisions: [trondheim],
      date: '2020-06-01',
    });
    expect(status).toMatchObject({
      procedure: 'amendment',
      clause: '§7',
      councilsMustAdopt: false,
      status: 'unknown',
      complete: false,
      completedOn: null,
      missing: [],
      differentText: [],
    });
    expect(status.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      [
        'adoption_parties_unknown',
        '§7',
        { known: 1, note: 'participants-not-listed', councilsMustAdopt: false },
      ],
    ]);
    expect(status.reasons[0]?.text.nb).toBe(
      'Den eneste kjente parten har sluttet seg til teksten, men kildene nevner ikke alle avtalepartene; det er derfor ukjent om alle partene er enige.',
    );
  });

  it('§7 asks for the parties’ written agreement, not council decisions: the reasons speak of parties, never of kommunestyrer', () => {
    const none = adoptionStatus(digitrondelag, { fingerprint, decisions: [], date: '2020-06-01' });
    expect(none).toMatchObject({ status: 'pending', missing: ['5001'] });
    expect(none.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      ['adoption_missing', '§7', { missing: ['5001'], councilsMustAdopt: false }],
    ]);
    expect(none.reasons[0]?.text.nb).toBe('Mangler tilslutning fra 5001.');
    const other = adoptionStatus(digitrondelag, {
      fingerprint,
      decisions: [{ ...trondheim, fingerprint: 'a'.repeat(64) }],
      date: '2020-06-01',
    });
    expect(
      other.reasons.map((r) => [
        r.code,
        (r.values as { councilsMustAdopt?: boolean }).councilsMustAdopt,
      ]),
    ).toEqual([['adoption_different_text', false]]);
    const known = adoptionStatus(digitrondelag, {
      fingerprint,
      decisions: [trondheim],
      date: '2020-06-01',
    });
    for (const reason of [...none.reasons, ...other.reasons, ...known.reasons]) {
      expect(reason.clause).toBe('§7');
    }
  });

  it('§7 once every party is known and has agreed, the amendment is agreed by all (no kommunestyre decision needed)', () => {
    const { partiesNotAllKnown: _, ...listed } = digitrondelag;
    const status = adoptionStatus(
      {
        ...listed,
        parties: [
          ...digitrondelag.parties,
          {
            municipality: { number: '5006', name: 'Steinkjer' },
            membership: { joined: '2019-01-01' },
          },
        ],
      },
      {
        fingerprint,
        decisions: [trondheim, { party: '5006', adoptedOn: '2020-04-02', fingerprint }],
        date: '2020-06-01',
      },
    );
    expect(status).toMatchObject({ status: 'complete', complete: true, completedOn: '2020-04-02' });
    expect(status.reasons.map((r) => [r.code, r.values])).toEqual([
      ['adoption_complete', { councils: 2, fingerprint, councilsMustAdopt: false }],
    ]);
    expect(status.reasons[0]?.text.nb).toBe(
      'Alle de 2 partene har sluttet seg til den samme teksten.',
    );
  });
});
