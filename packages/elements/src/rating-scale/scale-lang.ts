/**
 * The language a scale speaks: the nearest `lang` attribute on the element or an ancestor, across
 * shadow-root boundaries, else the document's. A scale re-reads it whenever a `lang` attribute
 * changes in a tree it sits in, so switching a page's language mid-rating re-renders the interface
 * text and keeps the marks. One MutationObserver, filtered to `lang`, serves every scale on a page:
 * cheaper than one per element and blind to all other mutations. `dir` needs no watching: the
 * styles use logical properties, and pointer and keys read the direction when they act.
 * The same set of connected scales is re-rendered when a content pack or a language's strings is
 * registered (refreshScales), so registering late still reaches the scales on screen.
 */

export interface LangListener extends Element {
  /** A `lang` attribute changed somewhere above (or on) this scale. */
  langChanged(): void;
  /** Renders the scale again (lit's), for refreshScales. */
  requestUpdate(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/** The element's language; `lang=""` (unknown) counts as set, as in HTML. */
export function langOf(el: Element): string {
  // The nearest in each tree, then in the tree of that tree's host.
  for (let n: Element | undefined = el; n; n = (n.getRootNode() as ShadowRoot).host) {
    const lang = n.closest('[lang]')?.getAttribute('lang');
    if (lang != null) return lang;
  }
  return document.documentElement.lang || 'en';
}

/** Starts telling `scale` about `lang` changes in its document and in every shadow root it is inside. */
export function watchLang(scale: LangListener): void {
  listeners.add(scale);
  observer ??= new MutationObserver(() => listeners.forEach((l) => l.langChanged()));
  // Observing a node again only renews its registration, so each connect can simply observe them all.
  for (let root: Node | undefined = scale.getRootNode(); root; root = (root as ShadowRoot).host?.getRootNode()) {
    observer.observe(root, { subtree: true, attributeFilter: ['lang'] });
  }
}

export function unwatchLang(scale: LangListener): void {
  listeners.delete(scale);
}

/** Re-renders every scale on the page: a content pack or a language's strings was registered. */
export function refreshScales(): void {
  listeners.forEach((scale) => scale.requestUpdate());
}
