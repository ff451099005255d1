/**
 * Turns a pointer position or a key press into a value on one line, in whole tenths (0 to 100).
 * Pure functions, so the exactness rules live in one place: the value is the mark's fraction of the
 * line times 100, rounded, whatever the line's pixel width or the page's zoom; right-to-left mirrors.
 */

export const MAX_TENTHS = 100;

/** Tenths at page x-coordinate `clientX` on a line whose box spans `left` to `left + width`. */
export function tenthsAtPoint(clientX: number, left: number, width: number, rtl: boolean): number {
  if (!(width > 0)) return 0;
  const fraction = Math.min(1, Math.max(0, (clientX - left) / width));
  return Math.round((rtl ? 1 - fraction : fraction) * MAX_TENTHS);
}

/**
 * The value after `key` on a line at `current` tenths (null: unmarked), or undefined when the key
 * is not one of the slider keys. The first key on an unmarked line places the mark: Home at 0,
 * End at 10, and a step key at the end its motion starts from (up at 0, down at 10).
 */
export function tenthsAfterKey(key: string, current: number | null, rtl: boolean): number | undefined {
  let step: number;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return MAX_TENTHS;
    case 'ArrowUp':
      step = 1;
      break;
    case 'ArrowDown':
      step = -1;
      break;
    case 'ArrowRight':
      step = rtl ? -1 : 1;
      break;
    case 'ArrowLeft':
      step = rtl ? 1 : -1;
      break;
    case 'PageUp':
      step = 10;
      break;
    case 'PageDown':
      step = -10;
      break;
    default:
      return undefined;
  }
  if (current === null) return step > 0 ? 0 : MAX_TENTHS;
  return Math.min(MAX_TENTHS, Math.max(0, current + step));
}

/**
 * Parses a value a clinician typed: digits with at most one decimal, after a point or a comma
 * (so "4,2" works in every locale, and Arabic-Indic digits too), from 0 to `max` points. Returns tenths, or null when refused.
 */
export function parseTypedTenths(text: string, max: number): number | null {
  // Arabic-Indic digits and the Arabic decimal separator are read as their Western equivalents.
  const western = text.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace('\u066b', '.');
  const m = /^\s*(\d{1,3})(?:[.,](\d))?\s*$/.exec(western);
  if (!m) return null;
  const tenths = Number(m[1]) * 10 + Number(m[2] ?? 0);
  return tenths <= max * 10 ? tenths : null;
}
