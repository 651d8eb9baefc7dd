import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeatIndex, SeatMap, SMALL_BODY } from '../../../src/governance/decide/seat-map.js';

describe('SeatIndex: the body’s seats, each at a place', () => {
  it('places the distinct seats in order and lists each one given again', () => {
    const index = new SeatIndex(['a', 'b', 'a', 'c', 'b', 'a']);
    expect(index.places).toEqual(['a', 'b', 'c']);
    expect(index.repeated).toEqual(['a', 'b', 'a']);
    expect(['c', 'a', 'b', 'x', 'b', 'c'].map((s) => index.placeOf(s))).toEqual([
      2,
      0,
      1,
      undefined,
      1,
      2,
    ]);
  });

  it('finds every seat at its place, whatever order it is asked in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat()),
        (seats, asks) => {
          const index = new SeatIndex(seats);
          for (const ask of asks) {
            const seat = seats[ask % seats.length] as string;
            expect(index.placeOf(seat)).toBe(seats.indexOf(seat));
          }
          expect(index.placeOf(`${seats.join('')}!`)).toBeUndefined();
        },
      ),
    );
  });
});

describe('SeatIndex: a small body searched in place, a large one hashed', () => {
  /** The seats `s0`…`s<n-1>`. */
  const seats = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`);

  it('a small body and a large one place their seats alike, and name each one repeated', () => {
    for (const n of [SMALL_BODY - 1, SMALL_BODY, SMALL_BODY + 1, 500]) {
      const distinct = seats(n);
      const given = [...distinct, 's0', `s${n - 1}`, 's0'];
      const index = new SeatIndex(given);
      expect(index.places).toEqual(distinct);
      expect(index.repeated).toEqual(['s0', `s${n - 1}`, 's0']);
      // Asked from the last seat back, so that the place after the last one found never fits.
      const asked = [...distinct].reverse();
      expect(asked.map((seat) => index.placeOf(seat))).toEqual(asked.map((_, i) => n - 1 - i));
      expect([index.placeOf('x'), index.placeOf(`s${n}`)]).toEqual([undefined, undefined]);
    }
  });

  it('seats known to be distinct are placed as given, none looked for twice', () => {
    const small = seats(SMALL_BODY);
    const index = new SeatIndex(small, true);
    expect(index.places).toBe(small);
    expect(index.repeated).toEqual([]);
    expect([index.placeOf(`s${SMALL_BODY - 1}`), index.placeOf('s3'), index.placeOf('x')]).toEqual([
      SMALL_BODY - 1,
      3,
      undefined,
    ]);
    const large = seats(SMALL_BODY + 1);
    const hashed = new SeatIndex(large, true);
    expect(hashed.places).toEqual(large);
    expect([hashed.placeOf(`s${SMALL_BODY}`), hashed.placeOf('s3'), hashed.placeOf('x')]).toEqual([
      SMALL_BODY,
      3,
      undefined,
    ]);
  });

  it('finds every seat of a large body at its place, whatever order it is asked in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), {
          minLength: SMALL_BODY + 1,
          maxLength: SMALL_BODY + 40,
        }),
        fc.array(fc.nat()),
        (given, asks) => {
          const index = new SeatIndex(given);
          for (const ask of asks) {
            const seat = given[ask % given.length] as string;
            expect(index.placeOf(seat)).toBe(given.indexOf(seat));
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('SeatMap: a value per seat, read as a map', () => {
  const index = () => new SeatIndex(['s0', 's1', 's2', 's3']);

  it('reads as the Map with the same seats set in the same order', () => {
    const seats = new SeatMap<string>(index());
    const map = new Map<string, string>();
    for (const [place, value] of [
      [2, 'x'],
      [0, 'y'],
      [3, 'z'],
    ] as const) {
      seats.setAt(place, value);
      map.set(`s${place}`, value);
    }
    expect(seats.size).toBe(3);
    expect([...seats.keys()]).toEqual(['s2', 's0', 's3']);
    expect([...seats.values()]).toEqual(['x', 'y', 'z']);
    expect([...seats.entries()]).toEqual([...map.entries()]);
    expect([...seats]).toEqual([...map]);
    expect(new Map(seats)).toEqual(map);
    const seen: [string, string][] = [];
    seats.forEach((value, seat, of) => {
      expect(of).toBe(seats);
      seen.push([seat, value]);
    });
    expect(seen).toEqual([...map]);
    expect(['s0', 's1', 's2', 's3', 'other'].map((s) => [seats.has(s), seats.get(s)])).toEqual([
      [true, 'y'],
      [false, undefined],
      [true, 'x'],
      [true, 'z'],
      [false, undefined],
    ]);
    expect([seats.at(0), seats.at(1)]).toEqual(['y', undefined]);
    expect(seats.places).toEqual([2, 0, 3]);
  });

  it('an empty map has no seats', () => {
    const seats = new SeatMap<number>(index());
    expect([seats.size, [...seats], seats.has('s0')]).toEqual([0, [], false]);
  });
});
