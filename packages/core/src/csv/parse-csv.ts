/**
 * CSV text to ratings. Every good row is kept; every bad row is reported with its line number and
 * the rule it breaks, so a clinic can fix its export and import again without losing anything.
 */
import type { FitlineErrorCode } from '../errors.js';
import type { Rating } from '../rating.js';
import { validateRating } from '../validate.js';
import { ITEM_COLUMNS } from './columns.js';
import { CsvTokenizer, tokenizeCsv } from './tokenize-csv.js';
import type { CsvRecord } from './tokenize-csv.js';
import type { TextSource } from '../stream-lines.js';
import { textChunks } from '../stream-lines.js';

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
  const reader = rowReader(header);
  errors.push(...reader.errors);
  if (reader.read) {
    for (const record of rows) {
      const row = reader.read(record);
      if (row.rating) ratings.push(row.rating);
      else errors.push(...row.problems);
    }
  }
  if (unclosedQuoteLine !== null) errors.push(unclosedQuote(unclosedQuoteLine));
  return { ratings, errors };
}

/** One row of a streamed CSV: its rating, or the problems that kept it from being one. */
export interface CsvRow {
  line: number;
  rating?: Rating;
  /** The first problem of a bad row (every one is in `problems`), or of the header or the file. */
  error?: CsvProblem;
  problems?: CsvProblem[];
}

/**
 * Reads CSV from text or bytes in pieces (an async iterable or a web ReadableStream), one entry per
 * row, in order: a bad row is an entry with its problems, never a stop. A header without the columns
 * needed gives one entry for the header and no rows.
 */
export async function* readCsv(source: TextSource): AsyncGenerator<CsvRow> {
  const tokenizer = new CsvTokenizer();
  let reader: ReturnType<typeof rowReader> | null = null;
  const entriesOf = function* (records: CsvRecord[]): Generator<CsvRow> {
    for (const record of records) {
      if (!reader) {
        reader = rowReader(record);
        for (const error of reader.errors) yield { line: error.line, error, problems: [error] };
        continue;
      }
      if (!reader.read) return;
      const row = reader.read(record);
      yield row.rating ? { line: record.line, rating: row.rating } : { line: record.line, error: row.problems[0]!, problems: row.problems };
    }
  };
  for await (const text of textChunks(source)) yield* entriesOf(tokenizer.push(text));
  const last = tokenizer.end();
  yield* entriesOf(last.records);
  if (!reader) {
    const error = rowReader(undefined).errors[0]!;
    yield { line: 1, error, problems: [error] };
  }
  if (last.unclosedQuoteLine !== null) {
    const error = unclosedQuote(last.unclosedQuoteLine);
    yield { line: error.line, error, problems: [error] };
  }
}

function unclosedQuote(line: number): CsvProblem {
  return { line, code: 'bad-csv', message: `line ${line}: a quoted field opens here and is never closed; the rows from here on were not read.` };
}

/**
 * What a header says about the rows below it: its problems, and (when it names the columns needed) a
 * reader that turns a record into a rating or names what is wrong with it.
 */
function rowReader(header: CsvRecord | undefined): {
  errors: CsvProblem[];
  read: ((record: CsvRecord) => { rating: Rating; problems?: undefined } | { rating?: undefined; problems: CsvProblem[] }) | null;
} {
  const errors: CsvProblem[] = [];
  if (!header) {
    errors.push({ line: 1, code: 'bad-csv', message: `The CSV has no header row; it must name at least ${REQUIRED.join(', ')}.` });
    return { errors, read: null };
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
    return { errors, read: null };
  }
  const cell = (fields: string[], name: string): string | undefined => {
    const i = index.get(name);
    return i === undefined ? undefined : fields[i];
  };

  const read = ({ line, fields }: CsvRecord) => {
    if (fields.length !== columns.length) {
      return { problems: [{ line, code: 'bad-csv' as const, message: `line ${line}: has ${fields.length} fields; the header has ${columns.length}.` }] };
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
    if (problems.length > 0) return { problems: problems.map((p) => ({ line, code: p.code, field: p.field, message: `line ${line}: ${p.message}` })) };
    // Beside four items the total column is a check (validateRating compared it with their sum), not data.
    if ((candidate.items as number[]).length) delete candidate.total;
    return { rating: candidate as unknown as Rating };
  };
  return { errors, read };
}
