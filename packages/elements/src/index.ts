/**
 * @fitline/elements: the element classes, content packs and interface languages. Importing this
 * module registers no tag; import `@fitline/elements/define.js` (or one element's define module) for that.
 */
export { OrsScale } from './ors-scale/ors-scale.js';
export { SrsScale } from './srs-scale/srs-scale.js';
export { RatingScale } from './rating-scale/rating-scale.js';
export { FitChart } from './fit-chart/fit-chart.js';
export type { ScaleMode, EntryKind } from './rating-scale/rating-scale.js';
export type { FitErrorDetail, FitErrorEvent, FitSubmitDetail, FitSubmitEvent } from './rating-scale/events.js';
export type { ContentPack, ContentItem } from '@fitline/core/content';
export { validateContentPack, assertContentPack, placeholderPack, isPlaceholderPack } from '@fitline/core/content';
export { registerContent, resolveContent } from './content/registry.js';
export type { LocaleStrings } from './locale/strings.js';
export { registerLocale, resolveStrings, en } from './locale/strings.js';
