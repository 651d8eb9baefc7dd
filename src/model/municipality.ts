import * as z from 'zod/mini';

/**
 * Schema for a kommunenummer: four digits as a string.
 *
 * @example
 * KommunenummerSchema.safeParse('0301').success; //=> true
 * KommunenummerSchema.safeParse(301).success; //=> false
 */
export const KommunenummerSchema = z
  .string({ error: 'must be a kommunenummer: four digits as a string, e.g. "5001"' })
  .check(
    z.regex(/^\d{4}$/, { error: 'must be a kommunenummer: four digits as a string, e.g. "5001"' }),
    z.describe('Kommunenummer: four digits as a string, e.g. "5001" (leading zero kept: "0301").'),
  );

/**
 * Schema for a {@link Municipality} (kommune).
 *
 * @example
 * MunicipalitySchema.safeParse({ number: '5001', name: 'Trondheim' }).success; //=> true
 * MunicipalitySchema.safeParse({ number: '501', name: 'Trondheim' }).success; //=> false
 */
export const MunicipalitySchema = z.strictObject({
  number: KommunenummerSchema,
  name: z
    .string({ error: 'must be the municipality name as text' })
    .check(
      z.minLength(1, { error: 'must not be empty' }),
      z.maxLength(100, { error: 'must be at most 100 characters' }),
      z.describe('The municipality name (kommunenavn), e.g. "Trondheim".'),
    ),
});

/**
 * A municipality (kommune), identified by its kommunenummer: four digits as a
 * string, so that `"0301"` (Oslo) keeps its leading zero.
 *
 * @example
 * const trondheim: Municipality = { number: '5001', name: 'Trondheim' };
 */
export type Municipality = Readonly<z.output<typeof MunicipalitySchema>>;
