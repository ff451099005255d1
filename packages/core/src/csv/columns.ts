/**
 * The CSV layout: one row per rating, a header naming the columns. Items are positional
 * (item1 to item4, in the instrument's order) so that ORS and SRS rows share one file.
 */

/**
 * The CSV columns, in the order toCsv writes them; parseCsv finds them by their names in the header.
 */
export const CSV_COLUMNS = [
  'id',
  'clientId',
  'episodeId',
  'instrument',
  'date',
  'session',
  'rater',
  'mode',
  'item1',
  'item2',
  'item3',
  'item4',
  'total',
] as const;

/** The name of one CSV column: one of CSV_COLUMNS. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const ITEM_COLUMNS = ['item1', 'item2', 'item3', 'item4'] as const;

/**
 * A spreadsheet runs a cell that starts with one of these as a formula ("CSV injection"). Such text is
 * written with a leading apostrophe, which spreadsheets hide and parseCsv removes again.
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', "'"];
