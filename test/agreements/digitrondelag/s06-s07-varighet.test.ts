import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../../src/agreements/digitrondelag/index.js';
import { decide } from '../../../src/governance/decide/index.js';
import { adoptionStatus, textFingerprint } from '../../../src/lifecycle/adoption.js';
import { deadlines } from '../../../src/lifecycle/deadlines.js';
import { isInForce } from '../../../src/lifecycle/in-force.js';
import { withdraw } from '../../../src/lifecycle/withdraw.js';
import { safeParseAgreement } from '../../../src/model/parse-agreement.js';
import { catchInputError, problemsOf } from '../../helpers/errors.js';
import { words } from '../../helpers/words.js';

describe('§6 Varighet og §7 Endringer (DigiTrøndelag)', () => {
  it('§6 «gjelder … frem til 2022»: avtalen gjelder til og med 31. desember 2022, ikke etter (tolkning "end-of-2022")', () => {
    expect(isInForce(digitrondelag, '2022-12-31').inForce).toBe(true);
    expect(isInForce(digitrondelag, '2023-01-01')).toMatchObject({
      inForce: false,
      reasons: [{ code: 'not_in_force', clause: '§6' }],
    });
  });

  it('§6 «evalueres innen februar 2021»: evalueringen står bare i kalenderen for 2021', () => {
    expect(deadlines(digitrondelag, { year: 2021 }).map((d) => [d.id, d.due])).toEqual([
      ['evaluation', '2021-02-28'],
    ]);
    expect(deadlines(digitrondelag, { year: 2022 }).map((d) => d.id)).toEqual(['agreement-ends']);
    expect(deadlines(digitrondelag, { year: 2023 })).toEqual([]);
  });

  it('§6 «frem til 2022» er en lesning (notat "end-of-2022"): til og med 2022 som standard, og utfallet under «til 1. januar 2022» vises ved siden av', () => {
    const d = isInForce(digitrondelag, '2022-06-01');
    expect([d.inForce, d.reading]).toEqual([
      true,
      { note: 'end-of-2022', reading: 'through-2022' },
    ]);
    expect(d.alternatives.map((a) => [a.note, a.reading, a.inForce, a.reasons[0]?.values])).toEqual(
      [
        [
          'end-of-2022',
          'until-2022',
          false,
          { date: '2022-06-01', validFrom: '2019-01-01', validUntil: '2021-12-31' },
        ],
      ],
    );
    const until = isInForce(digitrondelag, '2022-06-01', {
      readings: { 'end-of-2022': 'until-2022' },
    });
    expect([until.inForce, until.reading?.reading, until.reasons[0]?.code]).toEqual([
      false,
      'until-2022',
      'not_in_force',
    ]);
    expect(until.alternatives.map((a) => [a.reading, a.inForce])).toEqual([['through-2022', true]]);
    expect(
      isInForce(digitrondelag, '2021-12-31', { readings: { 'end-of-2022': 'until-2022' } }).inForce,
    ).toBe(true);
  });

  it('§6 «evalueres innen februar 2021» er en lesning (notat "evaluation-february-2021"): 28. februar som standard, 31. januar under «før februar»', () => {
    const [evaluation] = deadlines(digitrondelag, { year: 2021 });
    expect(evaluation).toMatchObject({
      id: 'evaluation',
      due: '2021-02-28',
      reading: { note: 'evaluation-february-2021', reading: 'end-of-february' },
      alternatives: [
        { note: 'evaluation-february-2021', reading: 'before-february', due: '2021-01-31' },
      ],
    });
    const before = deadlines(digitrondelag, {
      year: 2021,
      readings: { 'evaluation-february-2021': 'before-february' },
    });
    expect(before.map((d) => [d.id, d.due, d.alternatives.map((a) => a.due)])).toEqual([
      ['evaluation', '2021-01-31', ['2021-02-28']],
    ]);
  });

  it('§6: avtalen løper ut 31. desember 2022, eller 31. desember 2021 under lesningen "until-2022"', () => {
    expect(
      deadlines(digitrondelag, { year: 2022 }).map((d) => [d.id, d.due, d.alternatives]),
    ).toEqual([
      ['agreement-ends', '2022-12-31', [{ note: 'end-of-2022', reading: 'until-2022', due: null }]],
    ]);
    const until = { readings: { 'end-of-2022': 'until-2022' } };
    expect(deadlines(digitrondelag, { year: 2022, ...until })).toEqual([]);
    expect(deadlines(digitrondelag, { year: 2021, ...until }).map((d) => [d.id, d.due])).toEqual([
      ['evaluation', '2021-02-28'],
      ['agreement-ends', '2021-12-31'],
    ]);
  });

  it('§6: en lesning som ikke finnes, eller et notat uten lesninger, er en feil i inndata som nevner den', () => {
    expect(
      problemsOf(() =>
        isInForce(digitrondelag, '2022-01-01', { readings: { 'end-of-2022': 'soon' } }),
      ),
    ).toEqual([['readings["end-of-2022"]', 'unknown_reading']]);
    expect(
      problemsOf(() => deadlines(digitrondelag, { year: 2021, readings: { 'signing-date': 'x' } })),
    ).toEqual([['readings["signing-date"]', 'unknown_note']]);
    expect(
      problemsOf(() => isInForce(digitrondelag, '2022-01-01', { readings: 'until-2022' } as never)),
    ).toEqual([['readings', 'invalid_type']]);
    expect(
      catchInputError(() => deadlines(digitrondelag, { year: 2021, readings: { nope: 'x' } }))
        .problems[0]?.message,
    ).toBe(
      'names no interpretation note with selectable readings (those with: end-of-2022, evaluation-february-2021, programstyre-stand-in)',
    );
  });

  it('§7: endringer gjøres skriftlig og krever alle partene', () => {
    expect(digitrondelag.lifecycle?.amendment).toEqual({
      clause: '§7',
      councilsMustAdopt: false,
      inWriting: true,
    });
  });

  it('§7: det kreves ikke vedtak i kommunestyret («enighet mellom alle avtalepartene», skriftlig), og hvem som signerer for en part, står ikke (notat "amendment-by-parties")', () => {
    const note = digitrondelag.interpretations?.find((n) => n.id === 'amendment-by-parties');
    expect(note?.clauses).toEqual(['§7']);
    expect(note?.reading).toContain('kommunestyrevedtak kreves ikke');
    expect(note?.reading).toContain('skriftlig enighet mellom alle partene');
    expect(note?.reading).toContain('sier ikke avtalen');
    expect(note?.alternatives.map((a) => a.reading)).toEqual([
      'En endring krever vedtak i hvert kommunestyre.',
    ]);
  });

  it('§7: en endring som alle er enige om, er eneste vei ut før utgangen av 2022; avtalen har ingen regel om uttreden, så ingen regnes ut (notat "no-exit-clause")', () => {
    expect(digitrondelag.lifecycle?.withdrawal).toBeUndefined();
    expect(
      problemsOf(() => withdraw(digitrondelag, { party: '5001', noticeSentOn: '2020-03-01' })),
    ).toEqual([['agreement.lifecycle.withdrawal', 'no_withdrawal_rule']]);
    const note = digitrondelag.interpretations?.find((n) => n.id === 'no-exit-clause');
    expect(note?.clauses).toEqual(['§7']);
    expect(note?.reading).toContain('ingen regel om uttreden eller oppsigelse');
    expect(note?.reading).toContain('endring av avtalen etter §7');
  });

  it('§3.1: partene er ikke listet opp (notat "participants-not-listed"), med følgene for §4.1, §4.3 og §7', () => {
    const note = digitrondelag.interpretations?.find((n) => n.id === 'participants-not-listed');
    expect(note?.clauses).toEqual(['§3.1', '§4.1', '§4.3', '§7']);
    expect(note?.reading).toContain('hvilken som helst kommune unntatt Trondheim');
    expect(note?.reading).toContain('kan ikke avgjøres');
    expect(note?.reading).toContain('i dag bare Trondheims sete');
    // The notes it points to («note-id») exist.
    const refs = [...(note?.reading ?? '').matchAll(/«([a-z0-9]+-[a-z0-9-]+)»/g)].map((m) => m[1]);
    expect(refs).toEqual([
      'programstyre-regional-seats',
      'amendment-by-parties',
      'portefoljestyre-composition',
    ]);
    const ids = digitrondelag.interpretations?.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(refs));
  });

  const fingerprint = textFingerprint(digitrondelag.clauses);
  const trondheim = { party: '5001', adoptedOn: '2020-03-01', fingerprint };

  it('§7 «krever enighet mellom alle avtalepartene»: at Trondheim alene er enig, er ikke alle partene så lenge ikke alle partene er kjent (notat "participants-not-listed")', () => {
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
    expect(words(status.reasons[0])?.nb).toBe(
      'Den eneste kjente parten har sluttet seg til teksten, men kildene nevner ikke alle avtalepartene; det er derfor ukjent om alle partene er enige.',
    );
  });

  it('§7 krever partenes skriftlige enighet, ikke vedtak i kommunestyrene: begrunnelsene taler om parter, aldri om kommunestyrer', () => {
    const none = adoptionStatus(digitrondelag, { fingerprint, decisions: [], date: '2020-06-01' });
    expect(none).toMatchObject({ status: 'pending', missing: ['5001'] });
    expect(none.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      ['adoption_missing', '§7', { missing: ['5001'], councilsMustAdopt: false }],
    ]);
    expect(words(none.reasons[0])?.nb).toBe('Mangler tilslutning fra 5001.');
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

  it('§7: når alle partene er kjent og har sagt ja, er endringen vedtatt av alle (uten vedtak i kommunestyret)', () => {
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
    expect(words(status.reasons[0])?.nb).toBe(
      'Alle de 2 partene har sluttet seg til den samme teksten.',
    );
  });
});

describe('§6 «frem til 2022» lest som til 1. januar 2022 gjelder i alle funksjonene, ikke bare i isInForce', () => {
  const meeting2022 = {
    date: '2022-06-01',
    presiding: 'trondheim',
    attendance: { trondheim: 'member' as const },
    ballots: { trondheim: 'for' as const },
  };
  const regions = [{ id: 'sor', name: 'Eksempel', municipalities: ['5028'] }];

  it('§6: et møte i programstyret i juni 2022 fatter vedtak under standardlesningen, og den andre lesningen vises som utenfor avtalen', () => {
    const d = decide(digitrondelag, {
      organ: 'programstyre',
      matter: 'decision',
      meeting: meeting2022,
      regions,
    });
    expect(d.adopted).toBe(true);
    expect(d.readings).toMatchObject({ 'end-of-2022': 'through-2022' });
    expect(d.alternatives.find((a) => a.note === 'end-of-2022')).toMatchObject({
      reading: 'until-2022',
      valid: false,
      adopted: false,
      differs: true,
      problems: [{ path: 'meeting.date', code: 'outside_validity' }],
    });
  });

  it('§6: under lesningen "until-2022" er det samme møtet utenfor avtalen, i decide som i isInForce', () => {
    expect(
      problemsOf(() =>
        decide(digitrondelag, {
          organ: 'programstyre',
          matter: 'decision',
          meeting: meeting2022,
          regions,
          readings: { 'end-of-2022': 'until-2022' },
        }),
      ),
    ).toEqual([['meeting.date', 'outside_validity']]);
    expect(
      isInForce(digitrondelag, '2022-06-01', { readings: { 'end-of-2022': 'until-2022' } }).inForce,
    ).toBe(false);
  });

  it('§6: under lesningen "until-2022" er kalenderen for 2022 tom, og en frist etter slutten vises aldri', () => {
    expect(
      deadlines(digitrondelag, { year: 2022, readings: { 'end-of-2022': 'until-2022' } }),
    ).toEqual([]);
    // An agreement ending on 15 February 2021: the evaluation due 28 February is after its end.
    const { validUntilByReading: _dates, ...rest } = digitrondelag;
    const shortened = { ...rest, validUntil: '2021-02-15' };
    expect(deadlines(shortened, { year: 2021 }).map((d) => d.due)).toEqual([]);
    expect(
      deadlines(shortened, {
        year: 2021,
        readings: { 'evaluation-february-2021': 'before-february' },
      }).map((d) => d.due),
    ).toEqual(['2021-01-31']);
  });
});

describe('§6: lesningene som sluttdatoen og kalenderen avhenger av, kontrolleres når filen leses', () => {
  /** A plain, changeable copy of the built-in agreement, as an agreement file would give it. */
  const asFile = (): Record<string, unknown> => JSON.parse(JSON.stringify(digitrondelag));
  const fileProblems = (file: unknown) => {
    const result = safeParseAgreement(file);
    return result.success ? [] : result.error.problems.map((p) => [p.path, p.code]);
  };

  it('§6: avtalen kan leses som fil', () => {
    expect(fileProblems(asFile())).toEqual([]);
  });

  it('§6: notatet for sluttdatoen må finnes, og datoen for standardlesningen må være validUntil', () => {
    const unknown = asFile();
    (unknown['validUntilByReading'] as { note: string }).note = 'no-such-note';
    expect(fileProblems(unknown)).toEqual([['validUntilByReading.note', 'unknown_note']]);
    const contradicts = asFile();
    (contradicts['validUntilByReading'] as { dates: Record<string, string> }).dates[
      'through-2022'
    ] = '2020-06-30';
    expect(fileProblems(contradicts)).toEqual([
      ['validUntilByReading.dates', 'default_date_differs'],
    ]);
  });

  it('§6: en kalenderdato som avhenger av lesninger, nevner et notat som avtalen har', () => {
    const file = asFile();
    const calendar = (file['lifecycle'] as { calendar: Record<string, unknown>[] }).calendar;
    const index = calendar.findIndex((c) => c['dueByReading'] !== undefined);
    (calendar[index]?.['dueByReading'] as { note: string }).note = 'nope';
    expect(fileProblems(file)).toEqual([
      [`lifecycle.calendar[${index}].dueByReading.note`, 'unknown_note'],
    ]);
  });
});
