// A tiny element builder for the example pages. Text goes in as text, never as markup, so the pages
// also run under a strict Content Security Policy with Trusted Types.
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** A table with a caption, a header row and body rows. */
export function table(caption: string, headers: string[], rows: Child[][]): HTMLTableElement {
  return h(
    'table',
    {},
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...headers.map((text) => h('th', { scope: 'col' }, text)))),
    h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((cell) => h('td', {}, cell))))),
  );
}

let captionCount = 0;

/**
 * Wraps a data table in a region that scrolls sideways on its own, so a wide table never makes the page
 * scroll at 320 CSS px (WCAG 1.4.10). The region is in the tab order, so a keyboard user can reach it
 * and scroll it with the arrow keys, and it is named: by the element with id `labelledBy`, or else by
 * the table's caption. The page's stylesheet (examples.css) styles the `table-scroll` class.
 */
export function scrollingTable(table: HTMLTableElement, labelledBy?: string): HTMLDivElement {
  let name = labelledBy;
  if (name === undefined) {
    const caption = table.caption;
    if (!caption) throw new Error('A scrolling table needs a caption or the id of a heading to be named by.');
    caption.id ||= `table-caption-${++captionCount}`;
    name = caption.id;
  }
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': name }, table);
}

export const formatPoints = (value: number | null | undefined) => (value === null || value === undefined ? '–' : value.toFixed(1));

/** The page's element with this id, typed by the caller; a page without it is broken, so the error names the id. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no element with id "${id}".`);
  return element as T;
}
