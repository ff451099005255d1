/**
 * The content-pack format: the instrument wording a licensed host registers (instructions, item
 * labels, anchors, rights notice) for one instrument in one language. The library ships only the
 * structure; a pack is checked field by field so a licensing host learns exactly what is missing.
 */
import { FitlineError } from '../errors.js';
import { INSTRUMENTS } from '../instruments.js';
import { INSTRUMENT_IDS } from '../rating.js';
import { check, is, object, oneOf, tuple, variant } from '../shape.js';
import type { FitlineProblem } from '../errors.js';
import type { InstrumentId } from '../rating.js';

/** The wording of one item: its label and the anchor texts at the two ends of its line. */
export interface ContentItem {
  /** The instrument's item id, such as `individually` or `relationship`. */
  id: string;
  label: string;
  /** Anchor text at the low end of the line (0): its start, the left in a left-to-right language, the right in Arabic or Hebrew. */
  low: string;
  /** Anchor text at the high end of the line (10): its end, the right in a left-to-right language, the left in Arabic or Hebrew. */
  high: string;
}

/**
 * The wording a host registers for one instrument in one language: title, instructions, items and
 * rights notice.
 */
export interface ContentPack {
  instrument: InstrumentId;
  /** BCP 47 language tag of the wording, such as `en` or `nb-NO`. */
  lang: string;
  /** Name shown above the scale. */
  title: string;
  instructions: string;
  /** The four items, in the instrument's order. */
  items: ContentItem[];
  /** Copyright or licence notice shown under the scale. */
  rights: string;
}

const text = is((v) => typeof v === 'string' && v.trim() !== '', 'non-empty text');

/** The pack's shape for each instrument: its items' ids are that instrument's, in its order. */
const PACKS = Object.fromEntries(
  INSTRUMENT_IDS.map((id) => {
    const ids = INSTRUMENTS[id].itemIds;
    const items = ids.map((itemId) => object({ id: oneOf([itemId]), label: text, low: text, high: text }));
    return [id, object({ lang: text, title: text, instructions: text, items: tuple(items, `the ${ids.length} items ${ids.join(', ')} in that order`), rights: text })];
  }),
);
// An unknown instrument is the one problem reported: the other fields cannot be judged without it.
const PACK = variant('instrument', PACKS, object({ instrument: oneOf(INSTRUMENT_IDS) }));

/** Every problem with `pack`, each naming its field (such as `items[2].label`); empty when valid. */
export function validateContentPack(pack: unknown): FitlineProblem[] {
  return check(PACK, pack, 'bad-content', 'A content pack');
}

/** Throws a FitlineError (`bad-content`, naming the first missing or wrong field) unless `pack` is valid. */
export function assertContentPack(pack: unknown): asserts pack is ContentPack {
  const problems = validateContentPack(pack);
  if (problems.length > 0) throw FitlineError.fromProblems(problems);
}
