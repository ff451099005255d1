/**
 * @fitline/core/content: the content-pack format for the instruments' wording, its validation,
 * and Fitline's own placeholder wording. The elements show a pack; FHIR Questionnaires carry one.
 */
export type { ContentPack, ContentItem } from './content-pack.js';
export { validateContentPack, assertContentPack } from './content-pack.js';
export { placeholderPack, isPlaceholderPack } from './placeholder-pack.js';
