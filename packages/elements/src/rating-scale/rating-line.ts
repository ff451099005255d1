/**
 * The template of one item: its label, the line (a `role="slider"` whose `part="line"` box is
 * exactly the 0 to 10 length), the anchors, and the value, entry field and message when shown.
 * All text is bound as text, so markup in a pack or an attribute is shown, never run. Positions are
 * set through the style property, not a style attribute, which a strict Content Security Policy
 * (no 'unsafe-inline' styles) would block. Template text is not indented: its whitespace would
 * ship, and be parsed, in every scale.
 */
import { html, nothing } from 'lit';
import type { ContentItem } from '@fitline/core/content';
import type { LocaleStrings } from '../locale/strings.js';
import { fill, formatTenths } from '../locale/strings.js';
import { face } from './faces.js';
import { dirOf } from './text-direction.js';

export interface LineView {
  index: number;
  item: ContentItem;
  /** Language of the pack's wording, which may differ from the interface's. */
  packLang: string;
  /** The item's speak button (read-aloud), if any. */
  speak?: unknown;
  tenths: number | null;
  strings: LocaleStrings;
  lang: string;
  faces: boolean;
  showValue: boolean;
  /** Show a typed-entry field (clinician entry, item by item). */
  entry: boolean;
  entryError: string;
  message: string;
  disabled: boolean;
  readonly: boolean;
}

export function renderLine(v: LineView) {
  const i = v.index;
  const text = v.tenths === null ? v.strings.notMarked : fill(v.strings.valueOf10, { v: formatTenths(v.tenths, v.lang), max: formatTenths(100, v.lang, 0) });
  const described = `low-${i} high-${i}${v.message ? ` msg-${i}` : ''}`;
  // Pack text gets the direction of its own language, which may not be the page's.
  const dir = dirOf(v.packLang);
  // The line's name is its label and then the scale's title, so "item 4" of an ORS and of an SRS on
  // one page are told apart. Unmarked, aria-valuenow is the minimum, not absent: browsers expose a
  // slider without one at its midpoint, a 5 a screen reader could read; the value text says "not marked".
  return html`<div class="item" part="item">
${v.speak ?? nothing}<div class="label" part="label" id="label-${i}" lang=${v.packLang} dir=${dir}>${v.item.label}</div>
<div class="track" part="track" role="slider" data-index=${i} tabindex=${v.disabled ? -1 : 0} aria-labelledby="label-${i} title" aria-describedby=${described}
aria-valuemin="0" aria-valuemax="10" aria-valuenow=${v.tenths === null ? 0 : v.tenths / 10} aria-valuetext=${text}
aria-readonly=${v.readonly ? 'true' : nothing} aria-disabled=${v.disabled ? 'true' : nothing} aria-invalid=${v.message ? 'true' : nothing}>
<div class="line" part="line">${v.tenths === null ? nothing : html`<div class="mark" part="mark" .style=${`inset-inline-start:${v.tenths}%`}></div>`}</div>
</div>
<div class="anchors" lang=${v.packLang}>
<span class="anchor" part="anchor">${v.faces ? face(false) : nothing}<span id="low-${i}" dir=${dir}>${v.item.low}</span></span>
<span class="anchor high" part="anchor"><span id="high-${i}" dir=${dir}>${v.item.high}</span>${v.faces ? face(true) : nothing}</span>
</div>
${v.showValue && !v.entry ? html`<p class="value" part="value" aria-hidden="true">${v.tenths === null ? '–' : formatTenths(v.tenths, v.lang)}</p>` : nothing}
${v.entry ? renderEntry(`entry-${i}`, `${v.item.label}, ${v.strings.entryItem}`, v.tenths, v.entryError, v, i) : nothing}
${v.message ? html`<p class="message" part="message" id="msg-${i}" role="alert">${v.message}</p>` : nothing}
</div>`;
}

/** A field where a clinician types a measured value; `index` 4 is the total. */
export function renderEntry(id: string, label: string, tenths: number | null, error: string, v: Pick<LineView, 'lang' | 'disabled' | 'readonly'>, index: number) {
  return html`<div class="entry">
<label for=${id}>${label}</label>
<input id=${id} part="entry" data-entry=${index} inputmode="decimal" autocomplete="off" .value=${tenths === null ? '' : formatTenths(tenths, v.lang)}
?disabled=${v.disabled} ?readonly=${v.readonly} aria-invalid=${error ? 'true' : nothing} aria-describedby=${error ? `${id}-error` : nothing} />
${error ? html`<p class="message" part="message" id="${id}-error" role="alert">${error}</p>` : nothing}
</div>`;
}
