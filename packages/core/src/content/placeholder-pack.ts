/**
 * The built-in content: our own neutral placeholder wording, for demos and tests. It is not the
 * instruments' wording (that is licensed and never ships) and the scales say so on screen.
 */
import { INSTRUMENTS } from '../instruments.js';
import type { InstrumentId } from '../rating.js';
import type { ContentPack } from './content-pack.js';

const built = new Map<InstrumentId, ContentPack>();

/** Whether `pack` is the built-in placeholder (so the scale shows the placeholder notice). */
export function isPlaceholderPack(pack: ContentPack): boolean {
  return built.get(pack.instrument) === pack;
}

/**
 * Fitline's own neutral placeholder wording for `instrument`, for demos and tests: not the
 * instrument's licensed wording.
 *
 * Each call for an instrument returns the same object, which is how isPlaceholderPack recognises it.
 * The wording speaks of the line's start and end, never left and right: a right-to-left page
 * mirrors the line.
 */
export function placeholderPack(instrument: InstrumentId): ContentPack {
  let pack = built.get(instrument);
  if (!pack) {
    const { abbreviation, kind, itemIds } = INSTRUMENTS[instrument];
    const about = kind === 'outcome' ? 'how things have been' : 'how this session was';
    pack = {
      instrument,
      lang: 'en',
      title: `${abbreviation} (placeholder)`,
      instructions: `Sample text about ${about}. Put a mark on each line: nearer its start is lower, nearer its end is higher.`,
      items: itemIds.map((id, i) => ({ id, label: `Sample item ${i + 1} (${id})`, low: 'Low', high: 'High' })),
      rights: 'No licensed wording is included.',
    };
    built.set(instrument, pack);
  }
  return pack;
}
