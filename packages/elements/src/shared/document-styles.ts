/**
 * Styles for an element moved into another document (a same-origin iframe, as portals and print
 * previews use). lit adopts each style as a constructed sheet made in the document that defined the
 * element, and a shadow root takes only sheets made in its own document: in an iframe the old ones
 * are dropped (the element shows unstyled) and assigning them throws. So an element in another
 * document gets the same rules as sheets of that document, made once per document and class.
 */
import type { CSSResultOrNative, ReactiveElement } from 'lit';

type StyledClass = typeof ReactiveElement;

const made = new WeakMap<Document, WeakMap<StyledClass, CSSStyleSheet[]>>();

const cssText = (style: CSSResultOrNative) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n'));

/** Gives `host`'s shadow root its class's styles as sheets of the document it is in now. */
export function restyle(host: ReactiveElement): void {
  const root = host.shadowRoot;
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  // No window (a document made by DOMImplementation): nothing renders there; the next move restyles.
  if (!root || !view) return;
  const type = host.constructor as StyledClass;
  let sheets = made.get(doc)?.get(type);
  if (!sheets) {
    sheets = type.elementStyles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssText(style));
      return sheet;
    });
    if (!made.has(doc)) made.set(doc, new WeakMap());
    made.get(doc)!.set(type, sheets);
  }
  root.adoptedStyleSheets = sheets;
}

/**
 * lit's `createRenderRoot` (`create`) for a host that may already be in another document when it
 * first renders (moved there before it was connected): lit's sheets are refused there, so the
 * root gets the document's own.
 */
export function styledRenderRoot(host: ReactiveElement, create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
  try {
    return create();
  } catch (error) {
    if (!host.shadowRoot) throw error;
  }
  restyle(host);
  return host.shadowRoot;
}
