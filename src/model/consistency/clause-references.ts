import { clauseContaining } from '../clause-ref.js';
import { formatPath, type InputProblem } from '../errors.js';
import { field, firstListings, isRecord, type Json, list } from './raw.js';

/**
 * Clauses listed once, and every clause reference in the agreement (of the
 * parties, the host roles, validity, lifecycle, cost keys, service areas,
 * obligations, interpretation notes, organs and their matters) naming a
 * clause the agreement lists.
 */
export function clauseReferenceProblems(input: Json): InputProblem[] {
  const problems: InputProblem[] = [];
  const refs = firstListings(
    list(input['clauses']),
    (clause) => field(clause, 'ref'),
    (ref, i, first) => ({
      path: `clauses[${i}].ref`,
      code: 'duplicate_clause',
      message: `duplicate clause ${ref}: already listed as clauses[${first}]`,
    }),
    problems,
  );
  const listed = [...refs.keys()];
  const cite = (ref: unknown, path: string) => {
    if (typeof ref !== 'string' || clauseContaining(listed, ref) !== undefined) return;
    problems.push({
      path,
      code: 'unknown_clause',
      message: `cites clause ${ref}, which is not among the agreement's clauses`,
    });
  };
  cite(input['partiesClause'], 'partiesClause');
  cite(field(input, 'hostRoles', 'clause'), 'hostRoles.clause');
  cite(input['validityClause'], 'validityClause');
  const lifecycle = input['lifecycle'];
  for (const part of ['withdrawal', 'admission', 'amendment', 'dissolution', 'breach', 'merger']) {
    cite(field(lifecycle, part, 'clause'), `lifecycle.${part}.clause`);
  }
  cite(field(lifecycle, 'dissolution', 'documentsClause'), 'lifecycle.dissolution.documentsClause');
  list(field(lifecycle, 'calendar')).forEach((entry, i) => {
    cite(field(entry, 'clause'), `lifecycle.calendar[${i}].clause`);
  });
  list(input['costKeys']).forEach((key, i) => {
    cite(field(key, 'clause'), `costKeys[${i}].clause`);
    list(field(key, 'parts')).forEach((part, j) => {
      cite(field(part, 'clause'), `costKeys[${i}].parts[${j}].clause`);
    });
  });
  for (const name of ['measures', 'costPools']) {
    list(input[name]).forEach((item, i) => {
      cite(field(item, 'clause'), `${name}[${i}].clause`);
    });
  }
  list(input['serviceAreas']).forEach((area, i) => {
    cite(field(area, 'clause'), `serviceAreas[${i}].clause`);
    cite(field(area, 'start', 'clause'), `serviceAreas[${i}].start.clause`);
    cite(field(area, 'ownAgreementClause'), `serviceAreas[${i}].ownAgreementClause`);
  });
  list(input['obligations']).forEach((obligation, i) => {
    cite(field(obligation, 'clause'), `obligations[${i}].clause`);
  });
  list(input['interpretations']).forEach((note, i) => {
    list(field(note, 'clauses')).forEach((ref, j) => {
      cite(ref, `interpretations[${i}].clauses[${j}]`);
    });
  });
  list(input['organs']).forEach((organ, i) => {
    const at = `organs[${i}]`;
    cite(field(organ, 'clause'), `${at}.clause`);
    for (const part of [
      'seats',
      'deputies',
      'abstention',
      'quorum',
      'chair',
      'termYears',
      'meetings',
    ]) {
      cite(field(organ, part, 'clause'), `${at}.${part}.clause`);
    }
    list(field(organ, 'duties')).forEach((duty, j) => {
      cite(field(duty, 'clause'), `${at}.duties[${j}].clause`);
    });
    list(field(organ, 'matters')).forEach((matter, j) => {
      cite(field(matter, 'rule', 'clause'), `${at}.matters[${j}].rule.clause`);
      cite(
        field(matter, 'candidateProtected', 'clause'),
        `${at}.matters[${j}].candidateProtected.clause`,
      );
      const rules = field(matter, 'reading', 'rules');
      if (isRecord(rules)) {
        for (const [reading, rule] of Object.entries(rules)) {
          cite(
            field(rule, 'clause'),
            formatPath(['organs', i, 'matters', j, 'reading', 'rules', reading, 'clause']),
          );
        }
      }
    });
  });
  return problems;
}
