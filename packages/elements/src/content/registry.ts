/**
 * The content packs a host has registered, by instrument and language. Registering is in memory
 * only: nothing is fetched or stored.
 */
import type { InstrumentId } from '@fitline/core';
import type { ContentPack } from '@fitline/core/content';
import { assertContentPack } from '@fitline/core/content';
import { placeholderPack } from '@fitline/core/content';
import { refreshScales } from '../rating-scale/scale-lang.js';

const packs = new Map<string, ContentPack>();
const key = (instrument: string, lang: string) => `${instrument}|${lang.toLowerCase()}`;

/**
 * Registers licensed wording for one instrument and language (a later pack for the same pair
 * replaces the earlier one); scales already on the page show it at once. Throws a FitlineError with code `bad-content` naming the field when
 * the pack is incomplete; nothing is registered then.
 */
export function registerContent(pack: ContentPack): void {
  assertContentPack(pack);
  packs.set(key(pack.instrument, pack.lang), freeze(pack));
  // Scales already on the page show it at once: hosts often register a pack they loaded later.
  refreshScales();
}

/** The pack for `instrument` in `lang`, else its primary language, else the built-in placeholder. */
export function resolveContent(instrument: InstrumentId, lang: string): ContentPack {
  const primary = lang.split('-')[0] ?? '';
  return packs.get(key(instrument, lang)) ?? packs.get(key(instrument, primary)) ?? placeholderPack(instrument);
}

/** A deep copy the host can no longer change behind the element's back. */
export function freeze(pack: ContentPack): ContentPack {
  return Object.freeze({ ...pack, items: Object.freeze(pack.items.map((item) => Object.freeze({ ...item }))) as ContentPack['items'] });
}
