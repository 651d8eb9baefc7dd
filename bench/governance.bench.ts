/**
 * decide on a 34-seat meeting, and a withdrawal what-if for every party of
 * Helseplattformen, each against a plain baseline in the same run. Run with
 * `npm run bench`; the report is docs/benchmarks.md.
 */
import { bench, describe } from 'vitest';
import type { Meeting } from '../src/index.js';
import { built, builtAgreements, builtAnalysis } from './package.js';

const { decide } = built;
const { whatIf } = builtAnalysis;
const { helseplattformen } = builtAgreements;

const seats = helseplattformen.parties.map((p) => p.municipality.number);
const meeting: Meeting = {
  date: '2025-03-12',
  presiding: '5001',
  attendance: Object.fromEntries(seats.map((s) => [s, 'member'])),
  ballots: Object.fromEntries(seats.map((s, i) => [s, i % 2 === 0 ? 'for' : 'against'])),
};

/** The baseline: count the ballots and compare, with the chair breaking a 17–17 tie; nothing else. */
function plainMajority(ballots: Readonly<Record<string, string>>, chair: string): boolean {
  let yes = 0;
  let no = 0;
  for (const vote of Object.values(ballots)) {
    if (vote === 'for') yes++;
    else if (vote === 'against') no++;
  }
  return yes === no ? ballots[chair] === 'for' : yes > no;
}

/** The baseline: each party's share after one leaves, as plain numbers. */
function plainWithdrawal(leaving: string): number[] {
  const rest = helseplattformen.parties.filter((p) => p.municipality.number !== leaving);
  const total = rest.reduce((s, p) => s + (p.population ?? 0), 0);
  return rest.map((p) => Math.round(((p.population ?? 0) * 10_000_000_00) / total));
}

let sink = 0;

describe('decide, 34 seats', () => {
  bench('decide', () => {
    sink += decide(helseplattformen, { organ: 'representantskap', matter: 'budget', meeting })
      .adopted
      ? 1
      : 0;
  });
  bench('baseline: plain majority count', () => {
    sink += plainMajority(meeting.ballots as Record<string, string>, '5001') ? 1 : 0;
  });
});

describe('withdrawal what-if, every party', () => {
  bench('whatIf for each of the 34 parties', () => {
    for (const party of seats) {
      sink += whatIf(helseplattformen, {
        events: [{ type: 'withdrawal', party, noticeSentOn: '2025-03-01' }],
        amount: '10000000.00',
      }).parties.length;
    }
  });
  bench('baseline: plain shares after each withdrawal', () => {
    for (const party of seats) sink += plainWithdrawal(party).length;
  });
});

// Keep the results observable, so no call can be optimised away.
(globalThis as { benchSink?: number }).benchSink = sink;
