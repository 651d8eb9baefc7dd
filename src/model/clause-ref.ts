/**
 * The clause a reference points into: the clause itself, or the clause it is
 * a part of, named after a space ("§4 A i" is in §4, "§1 første ledd" in §1;
 * "§2b" and "§20" are not in §2). When several listed clauses contain it, the
 * longest one ("§4 A" before "§4"). Internal: the one rule for references,
 * used by parsing, traceability and the handbook.
 */
export function clauseContaining(refs: readonly string[], ref: string): string | undefined {
  if (refs.includes(ref)) return ref;
  let found: string | undefined;
  for (const clause of refs) {
    if (ref.startsWith(`${clause} `) && (found === undefined || clause.length > found.length)) {
      found = clause;
    }
  }
  return found;
}
