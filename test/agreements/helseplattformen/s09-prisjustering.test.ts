import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { adjustForDeflator } from '../../../src/deflator/deflator.js';
import { words } from '../../helpers/words.js';

describe('§9 Prisjusteringer (kommunal deflator) og Bilag 5 til Tjenesteavtalen', () => {
  it('§9: prisjusteringen følger Bilag 5 til Tjenesteavtalen, som ikke er blant kildene; dataene sier det, med sitt notat', () => {
    expect(helseplattformen.priceAdjustment).toEqual({
      clause: '§9',
      governedBy: 'Tjenesteavtalen, «Bilag 5 - Samlet pris og prisbestemmelser kommune»',
      inSources: false,
      note: 'price-adjustment-bilag-5',
    });
    const note = helseplattformen.interpretations?.find((n) => n.id === 'price-adjustment-bilag-5');
    expect(note?.clauses).toEqual(['§9']);
    expect(
      note?.reading.startsWith('Ukjent: Bilag 5 til Tjenesteavtalen finnes ikke i kildene.'),
    ).toBe(true);
  });

  it('§9: en justering etter deflatoren med avtalen viser til §9 og sier at Bilag 5 ikke er blant kildene', () => {
    const a = adjustForDeflator('1000000.00', {
      fromYear: 2021,
      toYear: 2023,
      agreement: helseplattformen,
    });
    // 2022 final 6.7 %, 2023 outturn 4.3 %: 1.067 × 1.043 = 1.112881
    expect(a.factor).toBe('1.112881');
    expect(a.reasons.map((r) => [r.agreement, r.clause, r.code, r.values])).toEqual([
      [
        'helseplattformen',
        '§9',
        'deflator_applied',
        expect.objectContaining({ fromYear: 2021, toYear: 2023, factor: '1.112881' }),
      ],
      [
        'helseplattformen',
        '§9',
        'deflator_method_not_in_sources',
        {
          document: 'Tjenesteavtalen, «Bilag 5 - Samlet pris og prisbestemmelser kommune»',
          note: 'price-adjustment-bilag-5',
        },
      ],
    ]);
    expect(words(a.reasons[1])?.nb).toBe(
      'Avtalen sier at prisjusteringen følger prinsippene i Tjenesteavtalen, «Bilag 5 - Samlet pris og prisbestemmelser kommune», som ikke er blant kildene; faktoren er regnet med den generelle metoden og er ikke kontrollert mot dette dokumentet.',
    );
  });

  it('§9: et dokument som er blant kildene, eller bare en id og en bestemmelse, gir ingen slik begrunnelse', () => {
    const rule = helseplattformen.priceAdjustment;
    if (rule === undefined) throw new Error('Helseplattformen §9 has a price adjustment');
    const { note: _, ...noNote } = rule;
    const known = adjustForDeflator('100.00', {
      fromYear: 2021,
      toYear: 2022,
      agreement: { id: 'x', priceAdjustment: { ...rule, inSources: true } },
    });
    expect(known.reasons.map((r) => [r.clause, r.code])).toEqual([['§9', 'deflator_applied']]);
    const unnoted = adjustForDeflator('100.00', {
      fromYear: 2021,
      toYear: 2022,
      agreement: { id: 'x', priceAdjustment: noNote },
    });
    expect(unnoted.reasons[1]?.values).toEqual({ document: rule.governedBy, note: null });
    const plain = adjustForDeflator('100.00', {
      fromYear: 2021,
      toYear: 2022,
      agreement: { id: 'x', clause: '§3' },
    });
    expect(plain.reasons.map((r) => [r.clause, r.code])).toEqual([['§3', 'deflator_applied']]);
    expect(
      adjustForDeflator('100.00', { fromYear: 2021, toYear: 2022, agreement: { id: 'x' } })
        .reasons[0]?.clause,
    ).toBe('Kommunal deflator (Finansdepartementet, NB/RNB)');
  });
});
