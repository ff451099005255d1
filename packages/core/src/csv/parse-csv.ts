/**
 * CSV text to ratings. Every good row is kept; every bad row is reported with its line number and
 * the rule it breaks, so a clinic can fix its export and import again without losing anything.
 */
import type { FitlineErrorCode } from '../errors.js';
import type { Rating } from '../rating.js';
import { validateRating } from '../validate.js';
import { ITEM_COLUMNS } from './columns.js';
import { tokenizeCsv } from './tokenize-csv.js';

/**
 * A problem found in the CSV: the line it was found on, the rule broken, and the column or field
 * concerned.
 */
export interface CsvProblem {
  /** 1-based line in the text where the row starts. */
  line: number;
  code: FitlineErrorCode;
  /** The column or Rating field concerned, when there is one. */
  field?: string;
  message: string;
}

/** What parseCsv returns: the ratings of the good rows, and the problems found. */
export interface CsvParseResult {
  ratings: Rating[];
  errors: CsvProblem[];
}

const REQUIRED = ['instrument', 'date', ...ITEM_COLUMNS] as const;
const OPTIONAL_TEXT = ['id', 'clientId', 'episodeId'] as const;
const DECIMAL = /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/;

/** Undoes toCsv's guard against spreadsheet formulas: one leading apostrophe goes. */
function restoreText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** A number when the cell is plainly one; else the text, for validateRating to name. */
function numberOrText(cell: string): number | string {
  return DECIMAL.test(cell) ? Number(cell) : cell;
}

/**
 * Reads CSV text into ratings, keeping every good row and reporting every bad one with its line number
 * and the rule it breaks.
 *
 * The header must name at least `instrument`, `date` and `item1` to `item4`; a row with a total and
 * four empty item cells is a total-only rating.
 */
export function parseCsv(text: string): CsvParseResult {
  const ratings: Rating[] = [];
  const errors: CsvProblem[] = [];
  if (typeof text !== 'string') {
    return { ratings, errors: [{ line: 0, code: 'bad-csv', message: 'parseCsv needs the CSV as a string.' }] };
  }
  const { records, unclosedQuoteLine } = tokenizeCsv(text);
  const [header, ...rows] = records;
  if (!header) {
    errors.push({ line: 1, code: 'bad-csv', message: `The CSV has no header row; it must name at least ${REQUIRED.join(', ')}.` });
    return { ratings, errors };
  }

  const columns = header.fields.map((name) => name.trim());
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    if (index.has(name)) errors.push({ line: header.line, code: 'bad-csv', field: name, message: `line ${header.line}: column "${name}" appears twice.` });
    else index.set(name, i);
  });
  const missing = REQUIRED.filter((name) => !index.has(name));
  if (missing.length > 0) {
    errors.push({ line: header.line, code: 'bad-csv', message: `line ${header.line}: the header lacks the column(s) ${missing.join(', ')}.` });
    return { ratings, errors };
  }
  const cell = (fields: string[], name: string): string | undefined => {
    const i = index.get(name);
    return i === undefined ? undefined : fields[i];
  };

  for (const { line, fields } of rows) {
    if (fields.length !== columns.length) {
      errors.push({ line, code: 'bad-csv', message: `line ${line}: has ${fields.length} fields; the header has ${columns.length}.` });
      continue;
    }
    const itemCells = ITEM_COLUMNS.map((name) => cell(fields, name) ?? '');
    const total = cell(fields, 'total');
    const candidate: Record<string, unknown> = {
      instrument: cell(fields, 'instrument'),
      // Four empty item cells and a total: a total-only rating.
      items: total && !itemCells.join('') ? [] : itemCells.map(numberOrText),
      date: cell(fields, 'date'),
    };
    if (total) candidate.total = numberOrText(total);
    for (const name of OPTIONAL_TEXT) {
      const value = cell(fields, name);
      if (value) candidate[name] = restoreText(value);
    }
    const session = cell(fields, 'session');
    if (session) candidate.session = numberOrText(session);
    for (const name of ['rater', 'mode']) {
      const value = cell(fields, name);
      if (value) candidate[name] = value;
    }

    const problems = validateRating(candidate);
    if (problems.length > 0) {
      for (const p of problems) errors.push({ line, code: p.code, field: p.field, message: `line ${line}: ${p.message}` });
      continue;
    }
    // Beside four items the total column is a check (validateRating compared it with their sum), not data.
    if ((candidate.items as number[]).length) delete candidate.total;
    ratings.push(candidate as unknown as Rating);
  }

  if (unclosedQuoteLine !== null) {
    errors.push({
      line: unclosedQuoteLine,
      code: 'bad-csv',
      message: `line ${unclosedQuoteLine}: a quoted field opens here and is never closed; the rows from here on were not read.`,
    });
  }
  return { ratings, errors };
}
