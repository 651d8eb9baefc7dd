/**
 * What the handbook's explorer adds to the library on each click: a view
 * (views.ts) against the library call it shows, on the same inputs, in the
 * same process. The meeting form recomputes on every change, so its view is
 * the one that must stay close to `decide`. Both sides come from src/ (the
 * views are not a module of the package; the page bundles them), so the
 * ratio compares like with like. Run with `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { helseplattformen } from '../src/agreements/helseplattformen/index.js';
import { loadView, meetingView, splitView } from '../src/explorer/views.js';
import { splitCost } from '../src/finance/split-cost.js';
import { decide } from '../src/governance/decide/index.js';
import { parseAgreement } from '../src/model/parse-agreement.js';

let sink = 0;

const seats = helseplattformen.parties.map((p) => p.municipality.number);
const meeting = {
  date: '2025-03-12',
  presiding: '5001',
  attendance: Object.fromEntries(seats.map((s) => [s, 'member' as const])),
  ballots: Object.fromEntries(
    seats.map((s, i) => [s, i % 2 === 0 ? ('for' as const) : ('against' as const)]),
  ),
};
const file = readFileSync(new URL('../examples/iks-eierandeler.json', import.meta.url), 'utf8');

describe('explorer: the split form, 34 parties', () => {
  bench('splitView, the amount as typed (1 000 000,50)', () => {
    const view = splitView(helseplattformen, { amount: '1 000 000,50' });
    sink += view.ok ? view.rows.length : 0;
  });
  bench('baseline: splitCost', () => {
    sink += splitCost(helseplattformen, '1000000.50').parties.length;
  });
});

describe('explorer: the meeting form, 34 seats', () => {
  bench('meetingView', () => {
    const view = meetingView(helseplattformen, {
      organ: 'representantskap',
      matter: 'budget',
      ...meeting,
    });
    sink += view.ok && view.adopted ? 1 : 0;
  });
  bench('baseline: decide', () => {
    sink += decide(helseplattformen, { organ: 'representantskap', matter: 'budget', meeting })
      .adopted
      ? 1
      : 0;
  });
});

describe('explorer: loading an agreement file', () => {
  bench('loadView (JSON, repeated keys, validation, check)', () => {
    sink += loadView(file).ok ? 1 : 0;
  });
  bench('baseline: JSON.parse and parseAgreement', () => {
    sink += parseAgreement(JSON.parse(file)).parties.length;
  });
});

// Keep the results observable, so no call can be optimised away.
(globalThis as { benchSink?: number }).benchSink = sink;
