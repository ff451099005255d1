/**
 * @fitline/core/csv: ratings to and from CSV text, one row per rating.
 */
export { parseCsv, readCsv } from './parse-csv.js';
export type { CsvParseResult, CsvProblem, CsvRow } from './parse-csv.js';
export { toCsv } from './to-csv.js';
export { CSV_COLUMNS } from './columns.js';
export type { CsvColumn } from './columns.js';
