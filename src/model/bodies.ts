import type { Agreement } from './agreement.js';
import type { Matter, Organ } from './organ.js';

/**
 * The bodies (organer) of an agreement by id, each with the ids of the
 * matters (sakstyper) it decides, as a type: what lets the compiler and an
 * editor know the organ and matter ids of a built-in agreement.
 *
 * @example
 * type Bodies = { representantskap: 'budget' | 'admission'; styre: 'decision' };
 * const ids: BodyIds = { representantskap: 'budget' };
 */
export type BodyIds = { readonly [organ: string]: string };

/**
 * An {@link Organ} of one of the bodies of `B`: its `id` one of `B`'s keys,
 * the ids of its matters those `B` gives for it.
 *
 * @example
 * const organ: OrganWithIds<{ styre: 'decision' }> = {
 *   id: 'styre',
 *   name: 'Styret',
 *   clause: '§6',
 *   seats: { perParty: true, clause: '§6' },
 *   quorum: { kind: 'all-seats', clause: '§6' },
 *   matters: [{ id: 'decision', name: 'Vedtak', rule: { kind: 'consensus', clause: '§6' } }],
 * };
 */
export type OrganWithIds<B extends BodyIds> = {
  [O in keyof B & string]: Organ & {
    readonly id: O;
    readonly matters: readonly (Matter & { readonly id: B[O] })[];
  };
}[keyof B & string];

/**
 * An {@link Agreement} whose bodies and matters are known by id at compile
 * time: the type of the built-in agreements (e.g. `helseplattformen:
 * AgreementWith<HelseplattformenBodies>`). It is an `Agreement` in every
 * other way and goes wherever one goes; {@link decide} then takes only the
 * organ and matter ids it has, so an editor completes them and a typo is a
 * type error. An agreement read from a file is a plain `Agreement`, with
 * `string` ids.
 *
 * Its `organs` hold one type per body, so that each knows its own matters;
 * to gather every body's matters in one list, say the list's type:
 * `agreement.organs.flatMap((o): readonly Matter[] => o.matters)`.
 *
 * @example
 * const agreement: AgreementWith<HelseplattformenBodies> = helseplattformen;
 * agreement.organs.map((o) => o.id); //=> ['representantskap', 'styre']
 */
export interface AgreementWith<B extends BodyIds> extends Agreement {
  readonly organs: readonly OrganWithIds<B>[];
}

/**
 * The organ ids of an agreement's type: the ids themselves for a built-in
 * agreement, `string` for any other.
 *
 * @example
 * const organ: OrganIdOf<typeof helseplattformen> = 'representantskap'; // 'styret' would not compile
 * const text: OrganIdOf<Agreement> = 'styret'; // a plain Agreement: any text
 */
export type OrganIdOf<A extends Agreement> = NonNullable<A['organs']>[number]['id'];

/**
 * The matter ids of one of an agreement's organs: the ids themselves for a
 * built-in agreement, `string` for any other.
 *
 * @example
 * const matter: MatterIdOf<typeof helseplattformen, 'styre'> = 'recommendation'; // 'budget' would not compile
 */
export type MatterIdOf<A extends Agreement, O extends string> =
  string extends OrganIdOf<A>
    ? string
    : Extract<NonNullable<A['organs']>[number], { readonly id: O }>['matters'][number]['id'];
