/**
 * FHIR's dateTime is stricter than ISO 8601 as Ratings allow it: a time must carry seconds and a
 * zone. A date alone passes as it is; a time gets ":00" seconds if it has none; a time without a
 * zone is refused, since guessing the zone would move the rating to another moment.
 */
import { FitlineError } from '../errors.js';

export function toFhirDateTime(date: string, field: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(date);
  if (!m) throw new FitlineError('bad-date', `${field} must be an ISO 8601 date, not "${date}".`, field);
  const [, day, time, seconds, zone] = m;
  if (time === undefined) return day!;
  if (zone === undefined) {
    throw new FitlineError('bad-fhir', `${field} "${date}" has a time but no time zone; FHIR needs one (such as Z or +01:00).`, field);
  }
  // FHIR takes offsets from -13:59 to +14:00 only: another (+14:30) is written as the same moment in UTC.
  const offset = zone.slice(1);
  if (zone[0] === '+' ? offset > '14:00' : zone[0] === '-' && offset > '13:59') return new Date(date).toISOString();
  return `${day}T${time}${seconds ?? ':00'}${zone}`;
}
