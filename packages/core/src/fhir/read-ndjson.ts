/**
 * FHIR Bulk Data exports, streamed: NDJSON, one resource a line, read from any async iterable of text
 * or bytes or a web ReadableStream, one entry a line, in order. A bad line is an error entry with its
 * line number, never a stop; a line that holds no rating (a Patient, an Observation derived from a
 * QuestionnaireResponse that is read itself) is passed over with the reason.
 */
import { FitlineError } from '../errors.js';
import type { Rating } from '../rating.js';
import type { TextSource } from '../stream-lines.js';
import { lineBatches } from '../stream-lines.js';
import { fromQuestionnaireResponse } from './from-questionnaire-response.js';
import { checkObservationOptions, fromObservation } from './from-observation.js';
import type { ObservationReadOptions } from './from-observation.js';

/** One line of an NDJSON export: its rating, or the error that kept it from being one, or why it was passed over. */
export interface NdjsonEntry {
  /** 1-based line number in the file. */
  line: number;
  rating?: Rating;
  error?: { code: string; field?: string; message: string };
  /** Why a line that is no error holds no rating: `Patient`, `derived Observation`. */
  skipped?: string;
}

/** Options for readNdjson: Fitline's canonical base, a host's codes for totals, and which Observations to read. */
export interface NdjsonReadOptions extends ObservationReadOptions {
  /**
   * Observations derived from a QuestionnaireResponse (`derivedFrom`, as Fitline writes them) repeat
   * the response's rating, so by default they are passed over; `'all'` reads them too, `'none'` reads
   * no Observation.
   */
  observations?: 'underived' | 'all' | 'none';
}

/**
 * Reads a FHIR NDJSON export into ratings, one entry per non-blank line, in order. A line that is not
 * JSON, or a resource that is not a rating, gives an error entry naming the line and the rule.
 */
export async function* readNdjson(source: TextSource, options: NdjsonReadOptions = {}): AsyncGenerator<NdjsonEntry> {
  const observations = options.observations ?? 'underived';
  if (!['underived', 'all', 'none'].includes(observations)) {
    throw new FitlineError('bad-option', `options.observations must be underived, all or none, not ${JSON.stringify(observations)}.`, 'options.observations');
  }
  // Checked before the first line, so a host's bad option throws rather than failing every line.
  checkObservationOptions(options);
  let line = 0;
  for await (const batch of lineBatches(source)) {
    for (const text of batch) {
      line++;
      if (text.trim() === '') continue;
      yield readLine(text, line, options, observations);
    }
  }
}

function readLine(text: string, line: number, options: NdjsonReadOptions, observations: string): NdjsonEntry {
  let resource: unknown;
  try {
    resource = JSON.parse(text);
  } catch {
    return { line, error: { code: 'bad-json', message: `line ${line}: is not JSON; each line must be one FHIR resource.` } };
  }
  const type = typeof resource === 'object' && resource !== null ? (resource as { resourceType?: unknown }).resourceType : undefined;
  try {
    if (type === 'QuestionnaireResponse') return { line, rating: fromQuestionnaireResponse(resource, options) };
    if (type === 'Observation' && observations !== 'none') {
      const derived = Array.isArray((resource as { derivedFrom?: unknown }).derivedFrom);
      if (derived && observations === 'underived') return { line, skipped: 'derived Observation' };
      return { line, rating: fromObservation(resource, options) };
    }
  } catch (error) {
    if (!(error instanceof FitlineError)) throw error;
    return { line, error: { code: error.code, ...(error.field !== undefined && { field: error.field }), message: `line ${line}: ${error.message}` } };
  }
  if (typeof type !== 'string') return { line, error: { code: 'bad-fhir', message: `line ${line}: must be a FHIR resource with a resourceType.` } };
  return { line, skipped: type };
}
