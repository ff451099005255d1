/**
 * `<srs-scale>`: the Session Rating Scale family (SRS, CSRS, YCSRS, GSRS) as four rating lines.
 */
import type { InstrumentId } from '@fitline/core';
import { RatingScale } from '../rating-scale/rating-scale.js';

const VARIANTS = { adult: 'srs', child: 'csrs', 'young-child': 'ycsrs', group: 'gsrs' } as const satisfies Readonly<Record<string, InstrumentId>>;

/**
 * @tag srs-scale
 * @summary How was today's session: four lines the client marks, with no preset mark, sent as one Rating.
 *
 * @attr {'adult' | 'child' | 'young-child' | 'group'} variant - SRS (default), CSRS (child wording, faces), YCSRS (faces, no cutoff) or GSRS (group).
 * @attr {'client' | 'clinician' | 'review'} mode - Client marks the lines; clinician types measured values; review shows a saved rating.
 * @attr {'items' | 'total'} entry - In clinician mode: item by item (default) or the total only.
 * @attr name - Form name: submits `NAME.ITEMID` per marked item and `NAME.total`.
 * @attr {boolean} required - A form submit needs every line marked.
 * @attr {boolean} disabled - Marks cannot be placed or moved and the submit button is disabled; no form value.
 * @attr {boolean} readonly - The marks show but cannot be moved; the lines stay focusable.
 * @attr {boolean} show-values - Shows the numbers to the client (hidden by default).
 * @attr submit-label - Renders a submit button with this text; it sends `fit-submit` once per completed rating.
 * @attr rater - `client` (default), `caretaker`, `teacher`, `partner` or `other`.
 * @attr administration - The Rating's mode: `in-session` (default; `paper` in clinician mode), `telehealth`, `remote`, `oral`, `paper`.
 * @attr date - ISO 8601 date of the rating; unset, the moment the last line was marked.
 * @attr {'on' | 'off' | 'auto'} read-aloud - Speak buttons for the instructions and each item (client mode), reading the content pack's text in its language with a local voice of the browser only (none leaves the device); no button where the browser has no local voice for that language. `auto` (default): on in the young-child variant (YCSRS) only; `on` (or the bare attribute): every variant; `off`: none.
 * @attr lang - Language of the interface text and content pack (inherited from ancestors).
 *
 * @fires {Event} input - While a mark moves or an entry is typed, on user action only.
 * @fires {Event} change - When the user sets an item, on user action only.
 * @fires {FitSubmitEvent} fit-submit - `detail.rating` (and `total`, `date`, `mode`, `rater`): the built-in button sent a completed rating.
 * @fires {FitErrorEvent} fit-error - `detail.error`: a property set before the tag was defined was refused at upgrade (a FitlineError naming it); the scale renders with the rest.
 *
 * @csspart base - The wrapper.
 * @csspart title - The instrument's title.
 * @csspart instructions - The content pack's instructions (client mode).
 * @csspart notice - The "placeholder wording" notice, shown with the built-in pack.
 * @csspart items - The container of the four items.
 * @csspart item - One item: label, line, anchors.
 * @csspart label - An item's label.
 * @csspart track - The slider: the line plus its touch area.
 * @csspart line - The line; its box is exactly the 0 to 10 length.
 * @csspart mark - The mark on a line.
 * @csspart anchor - An anchor (low or high end).
 * @csspart face - A face anchor (child variants).
 * @csspart value - An item's number (shown with show-values, clinician and review).
 * @csspart entry - A clinician's entry field.
 * @csspart message - A validation message.
 * @csspart total - The total.
 * @csspart date - The date in review mode.
 * @csspart rights - The content pack's rights notice.
 * @csspart speak - A read-aloud button (an icon button named "Read item N aloud" or "Read the instructions aloud").
 * @csspart submit - The submit button.
 * @csspart status - The status text after sending.
 *
 * @cssprop [--fit-color-line=#4d5560 / #9aa4b1 dark] - The line and its end ticks.
 * @cssprop [--fit-color-mark=#0b5cad / #6cb2ff dark] - The mark.
 * @cssprop [--fit-color-text=#1f2328 / #e6e8eb dark] - Text.
 * @cssprop [--fit-color-muted=#57606a / #a8b0b9 dark] - Anchors and notices.
 * @cssprop [--fit-color-surface=#ffffff / #15191e dark] - Background of fields and the mark's halo.
 * @cssprop [--fit-color-accent=#0b5cad / #6cb2ff dark] - The submit button.
 * @cssprop [--fit-color-on-accent=#ffffff / #0b1420 dark] - Text on the submit button.
 * @cssprop [--fit-color-alert=#b3261e / #ff8a80 dark] - Validation messages.
 * @cssprop [--fit-color-alliance=#8d702f / #ffe67f dark] - The edge of the "placeholder wording" notice.
 * @cssprop [--fit-color-focus=#0b5cad / #6cb2ff dark] - Focus ring.
 * @cssprop [--fit-font-family=system-ui] - Font.
 * @cssprop [--fit-font-size=1rem] - Base font size.
 * @cssprop [--fit-spacing=0.75rem] - Space between parts.
 * @cssprop [--fit-radius=6px] - Corner radius.
 * @cssprop [--fit-max-width=40rem] - Largest width of the scale.
 * @cssprop [--fit-target-size=44px] - Height of each line's touch area and of buttons and fields.
 * @cssprop [--fit-line-thickness=3px] - Thickness of the line.
 * @cssprop [--fit-mark-width=6px] - Width of the mark.
 * @cssprop [--fit-mark-height=28px] - Height of the mark.
 * @cssprop [--fit-face-size=2rem] - Size of the face anchors.
 */
export class SrsScale extends RatingScale {
  protected override get variants() {
    return VARIANTS;
  }
}

/** The element's variants, by name. */
export type SrsVariant = keyof typeof VARIANTS;

// The variants as a closed set in the element's type, which the framework types read from it: the
// shared accessor takes any string and refuses an unknown one by name at run time.
export interface SrsScale {
  get variant(): SrsVariant;
  set variant(value: SrsVariant);
}

declare global {
  interface HTMLElementTagNameMap {
    'srs-scale': SrsScale;
  }
}
