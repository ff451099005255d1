/**
 * Ratings to CSV text: a header, then one row per rating, items and total to one decimal; a
 * total-only rating has empty item cells.
 */
import type { Rating } from '../rating.js';
import { ratingTenths } from '../score.js';
import { assertRatings } from '../validate.js';
import { CSV_COLUMNS, FORMULA_TRIGGERS } from './columns.js';
import { quoteCsvField } from './tokenize-csv.js';

/** Text a spreadsheet could run as a formula gets a leading apostrophe (see FORMULA_TRIGGERS). */
function neutralise(text: string): string {
  return FORMULA_TRIGGERS.includes(text.charAt(0)) ? `'${text}` : text;
}

function textCell(value: string | undefined): string {
  return value === undefined ? '' : quoteCsvField(neutralise(value));
}

/** Throws a FitlineError naming `ratings[i].field` if any rating is invalid: a file is written whole or not at all. */
export function toCsv(ratings: readonly Rating[]): string {
  assertRatings(ratings);
  const rows = [CSV_COLUMNS.join(',')];
  ratings.forEach((rating) => {
    const { items } = rating;
    rows.push(
      [
        textCell(rating.id),
        textCell(rating.clientId),
        textCell(rating.episodeId),
        rating.instrument,
        textCell(rating.date),
        rating.session === undefined ? '' : String(rating.session),
        rating.rater ?? '',
        rating.mode ?? '',
        // Valid items are whole tenths, which toFixed writes exactly; a total-only rating leaves the item cells empty.
        ...[0, 1, 2, 3].map((i) => items[i]?.toFixed(1) ?? ''),
        (ratingTenths(rating) / 10).toFixed(1),
      ].join(','),
    );
  });
  return rows.join('\r\n') + '\r\n';
}
