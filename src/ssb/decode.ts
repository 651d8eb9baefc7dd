import { formatPath, type InputProblem } from '../model/errors.js';
import { type Dataset, type Decoded, TABLE } from './schema.js';

/** `id`, `size`, `dimension` and `value` agree, and every category has one position. */
export function structureProblems(dataset: Dataset): {
  problems: InputProblem[];
  dimensions: Decoded[];
} {
  const problems: InputProblem[] = [];
  const dimensions: Decoded[] = [];
  if (dataset.size.length !== dataset.id.length) {
    problems.push({
      path: 'size',
      code: 'size_mismatch',
      message: `has ${dataset.size.length} entries, but id names ${dataset.id.length} dimensions`,
    });
  }
  const seen = new Set<string>();
  for (const [i, id] of dataset.id.entries()) {
    if (seen.has(id)) {
      problems.push({
        path: `id[${i}]`,
        code: 'duplicate_dimension',
        message: `names ${id} a second time`,
      });
    }
    seen.add(id);
    const dimension = Object.hasOwn(dataset.dimension, id) ? dataset.dimension[id] : undefined;
    if (dimension === undefined) {
      problems.push({
        path: formatPath(['dimension', id]),
        code: 'missing_dimension',
        message: `is missing: id names the dimension ${id}, but dimension has no entry for it`,
      });
      dimensions.push({ codes: [], labels: {} });
      continue;
    }
    const decoded = decodeCategories(id, dimension.category, problems);
    dimensions.push(decoded);
    const size = dataset.size[i];
    if (size !== undefined && size !== decoded.codes.length) {
      problems.push({
        path: `size[${i}]`,
        code: 'size_mismatch',
        message: `is ${size}, but dimension ${id} has ${decoded.codes.length} ${decoded.codes.length === 1 ? 'category' : 'categories'}`,
      });
    }
  }
  const cells = dataset.size.reduce((product, n) => product * n, 1);
  if (Array.isArray(dataset.value)) {
    if (dataset.value.length !== cells) {
      problems.push({
        path: 'value',
        code: 'size_mismatch',
        message: `has ${dataset.value.length} values, but size [${dataset.size.join(', ')}] needs ${cells}`,
      });
    }
  } else {
    for (const key of Object.keys(dataset.value)) {
      if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) >= cells) {
        problems.push({
          path: formatPath(['value', key]),
          code: 'size_mismatch',
          message: `is not a position in the cube: size [${dataset.size.join(', ')}] has positions 0 to ${cells - 1}`,
        });
      }
    }
  }
  return { problems, dimensions };
}

/** The codes of a dimension in position order, from `category.index` (list or object) or, for one category, `category.label`. */
function decodeCategories(
  id: string,
  category: Dataset['dimension'][string]['category'],
  problems: InputProblem[],
): Decoded {
  const labels = category.label ?? {};
  const path = ['dimension', id, 'category', 'index'];
  const index = category.index;
  if (index === undefined) {
    const codes = Object.keys(labels);
    if (codes.length !== 1) {
      problems.push({
        path: formatPath(path),
        code: 'required',
        message: 'is required when the dimension has more or fewer than one category',
      });
    }
    return { codes, labels };
  }
  if (Array.isArray(index)) {
    const first = new Map<string, number>();
    for (const [i, code] of index.entries()) {
      const earlier = first.get(code);
      if (earlier !== undefined) {
        problems.push({
          path: formatPath([...path, i]),
          code: 'duplicate_category',
          message: `repeats the code ${JSON.stringify(code)} of position ${earlier}`,
        });
      } else first.set(code, i);
    }
    return { codes: index, labels };
  }
  const entries = Object.entries(index);
  const codes: (string | undefined)[] = new Array(entries.length).fill(undefined);
  for (const [code, position] of entries) {
    if (position >= entries.length || codes[position] !== undefined) {
      problems.push({
        path: formatPath([...path, code]),
        code: 'invalid_index',
        message:
          position >= entries.length
            ? `is position ${position}, but there are only ${entries.length} categories (positions 0 to ${entries.length - 1})`
            : `is position ${position}, which ${JSON.stringify(codes[position])} already has`,
      });
    } else codes[position] = code;
  }
  return { codes: codes.filter((code): code is string => code !== undefined), labels };
}

/** The table number, from `extension.px.tableid` or the title `"07459: …"`; it must be 07459. */
export function tableNumber(dataset: Dataset, problems: InputProblem[]): string {
  const fromPx = dataset.extension?.px?.tableid;
  const fromLabel = /^(\d{5}):/.exec(dataset.label ?? '')?.[1];
  const table = fromPx ?? fromLabel;
  const path = fromPx !== undefined ? 'extension.px.tableid' : 'label';
  if (table === undefined) {
    problems.push({
      path,
      code: 'required',
      message: `must name the statbank table, e.g. "${TABLE}: Befolkning, etter region, statistikkvariabel og år"`,
    });
    return TABLE;
  }
  if (table !== TABLE) {
    problems.push({
      path,
      code: 'wrong_table',
      message: `is table ${table}; expected SSB table ${TABLE} (population per 1 January by region)`,
    });
  }
  return table;
}

/** The dimension with a role (`role.geo[0]`, else SSB's usual id), which must be in `id`. */
export function roleDimension(
  dataset: Dataset,
  role: 'geo' | 'time',
  usual: string,
  problems: InputProblem[],
): string | undefined {
  const named = dataset.role?.[role]?.[0];
  const id = named ?? usual;
  if (dataset.id.includes(id)) return id;
  problems.push({
    path: named === undefined ? formatPath(['dimension', id]) : `role.${role}[0]`,
    code: 'missing_dimension',
    message:
      named === undefined
        ? `is missing: the answer has no ${role === 'geo' ? 'region' : 'year'} dimension ${id} (id is [${dataset.id.join(', ')}])`
        : `names ${id}, which is not among the dimensions in id`,
  });
  return undefined;
}

/** A dimension's categories for a message: how many, and the first five with their labels. */
export function describeCodes(
  codes: readonly string[],
  labels: Readonly<Record<string, string>>,
): string {
  const shown = codes.slice(0, 5).map((code) => {
    const label = Object.hasOwn(labels, code) ? labels[code] : undefined;
    return label === undefined ? JSON.stringify(code) : `${JSON.stringify(code)} ${label}`;
  });
  const more = codes.length > 5 ? `, … (${codes.length} in all)` : '';
  const count = codes.length === 1 ? '1 category' : `${codes.length} categories`;
  return `${count}: ${shown.join(', ')}${more}`;
}
