/**
 * The content-pack format: the instrument wording a licensed host registers (instructions, item
 * labels, anchors, rights notice) for one instrument in one language. The library ships only the
 * structure; a pack is checked field by field so a licensing host learns exactly what is missing.
 */
import { FitlineError } from '../errors.js';
import { INSTRUMENTS, isInstrumentId } from '../instruments.js';
import type { FitlineProblem } from '../errors.js';
import type { InstrumentId } from '../rating.js';

export interface ContentItem {
  /** The instrument's item id, such as `individually` or `relationship`. */
  id: string;
  label: string;
  /** Anchor text at the low (left, 0) end of the line. */
  low: string;
  /** Anchor text at the high (right, 10) end of the line. */
  high: string;
}

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

const TEXT_FIELDS = ['lang', 'title', 'instructions', 'rights'] as const;
const ITEM_FIELDS = ['label', 'low', 'high'] as const;

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Every problem with `pack`, each naming its field (such as `items[2].label`); empty when valid. */
export function validateContentPack(pack: unknown): FitlineProblem[] {
  const bad = (field: string, message: string): FitlineProblem => ({ code: 'bad-content', field, message });
  if (typeof pack !== 'object' || pack === null) return [bad('', 'A content pack must be an object.')];
  const p = pack as Record<string, unknown>;
  if (!isInstrumentId(p.instrument)) return [bad('instrument', 'instrument must be one of ' + Object.keys(INSTRUMENTS).join(', ') + '.')];
  const problems: FitlineProblem[] = [];
  for (const key of TEXT_FIELDS) {
    if (!isText(p[key])) problems.push(bad(key, `${key} is missing: it must be non-empty text.`));
  }
  const ids = INSTRUMENTS[p.instrument].itemIds;
  if (!Array.isArray(p.items) || p.items.length !== ids.length) {
    problems.push(bad('items', `items must list the ${ids.length} items ${ids.join(', ')} in that order.`));
    return problems;
  }
  p.items.forEach((item: unknown, i) => {
    const it = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (it.id !== ids[i]) problems.push(bad(`items[${i}].id`, `items[${i}].id must be "${ids[i]}".`));
    for (const key of ITEM_FIELDS) {
      if (!isText(it[key])) problems.push(bad(`items[${i}].${key}`, `items[${i}].${key} is missing: it must be non-empty text.`));
    }
  });
  return problems;
}

/** Throws a FitlineError (`bad-content`, naming the first missing or wrong field) unless `pack` is valid. */
export function assertContentPack(pack: unknown): asserts pack is ContentPack {
  const problems = validateContentPack(pack);
  if (problems.length > 0) throw FitlineError.fromProblems(problems);
}
