/**
 * The seats of a body, each at a place (its position among the distinct
 * seats), to look a seat up. The rules walk the seats in order, so a lookup
 * tries the place of the last seat found, then the next place, before it
 * searches. A small body (up to {@link SMALL_BODY} seats) is searched in
 * place, which costs less than building a hash map of its seats on every
 * call; a larger one hashes the seat's id.
 */
export class SeatIndex {
  /** The distinct seats, in order: `places[placeOf(seat)] === seat`. */
  readonly places: readonly string[];
  /** Each seat given again after its first time, in order. */
  readonly repeated: readonly string[];
  /** The place of each seat, for a body larger than {@link SMALL_BODY} seats. */
  readonly #index: Map<string, number> | undefined;
  #cursor = 0;

  /**
   * @param distinct - the seats are known to be distinct (the parties of a
   *   parsed agreement, say): none is looked for twice.
   */
  constructor(seats: readonly string[], distinct = false) {
    const places: string[] = [];
    const repeated: string[] = [];
    if (distinct && seats.length <= SMALL_BODY) {
      this.places = seats;
      this.repeated = repeated;
      this.#index = undefined;
      return;
    }
    if (seats.length <= SMALL_BODY) {
      for (const seat of seats) {
        if (places.includes(seat)) repeated.push(seat);
        else places.push(seat);
      }
      this.#index = undefined;
    } else {
      const index = new Map<string, number>();
      for (const seat of seats) {
        if (index.has(seat)) repeated.push(seat);
        else index.set(seat, places.push(seat) - 1);
      }
      this.#index = index;
    }
    this.places = places;
    this.repeated = repeated;
  }

  /** The place of a seat; undefined for a seat the body does not have. */
  placeOf(seat: string): number | undefined {
    const at = this.#cursor;
    if (this.places[at] === seat) return at;
    if (this.places[at + 1] === seat) {
      this.#cursor = at + 1;
      return at + 1;
    }
    const place = this.#index === undefined ? this.#search(seat) : this.#index.get(seat);
    if (place !== undefined) this.#cursor = place;
    return place;
  }

  /** The place of a seat of a small body, searched in place. */
  #search(seat: string): number | undefined {
    const place = this.places.indexOf(seat);
    return place < 0 ? undefined : place;
  }
}

/** The most seats a body may have for its seats to be searched in place rather than hashed. */
export const SMALL_BODY = 64;

/**
 * What is recorded for each seat of a body at a meeting (who attends it, or
 * its vote), read as a map by seat: a `ReadonlyMap` the rules read, kept as
 * an array by the seat's place. Setting a value costs no hashing; iteration
 * follows the order the seats were set in, as a `Map`'s does.
 */
export class SeatMap<V> implements ReadonlyMap<string, V> {
  readonly #seats: SeatIndex;
  readonly #values: (V | undefined)[];
  /** The places of the seats set, in the order set. */
  readonly #order: number[] = [];

  /** An empty map over the body's seats. */
  constructor(seats: SeatIndex) {
    this.#seats = seats;
    this.#values = new Array<V | undefined>(seats.places.length).fill(undefined);
  }

  /** The value of the seat at a place. */
  at(place: number): V | undefined {
    return this.#values[place];
  }

  /** Sets the value of the seat at a place that has none yet. */
  setAt(place: number, value: V): void {
    this.#values[place] = value;
    this.#order.push(place);
  }

  /** The places of the seats set, in the order set. */
  get places(): readonly number[] {
    return this.#order;
  }

  get size(): number {
    return this.#order.length;
  }

  get(seat: string): V | undefined {
    const place = this.#seats.placeOf(seat);
    return place === undefined ? undefined : this.#values[place];
  }

  has(seat: string): boolean {
    return this.get(seat) !== undefined;
  }

  keys(): MapIterator<string> {
    return this.#order.map((place) => this.#seats.places[place] as string).values();
  }

  values(): MapIterator<V> {
    return this.#order.map((place) => this.#values[place] as V).values();
  }

  entries(): MapIterator<[string, V]> {
    return this.#order
      .map((place): [string, V] => [this.#seats.places[place] as string, this.#values[place] as V])
      .values();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, seat: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [seat, value] of this.entries()) callback(value, seat, this);
  }
}
