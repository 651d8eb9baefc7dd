import { describe, expect, it } from 'vitest';
import { handbook } from '../../src/docs/handbook/index.js';
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
});
