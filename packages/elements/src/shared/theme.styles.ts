/**
 * The theme every Fitline element shares. Public custom properties (documented on each element
 * with @cssprop) are read here into private `--_` ones, so a host sets `--fit-*` on any ancestor
 * and light, dark and forced-colors modes stay consistent across the scales and the chart.
 */
import { css } from 'lit';

export const themeStyles = css`
  :host {
    color-scheme: light dark;
    --_text: var(--fit-color-text, light-dark(#1f2328, #e6e8eb));
    --_muted: var(--fit-color-muted, light-dark(#57606a, #a8b0b9));
    --_surface: var(--fit-color-surface, light-dark(#ffffff, #15191e));
    --_line: var(--fit-color-line, light-dark(#4d5560, #9aa4b1));
    --_mark: var(--fit-color-mark, light-dark(#0b5cad, #6cb2ff));
    --_accent: var(--fit-color-accent, light-dark(#0b5cad, #6cb2ff));
    --_on-accent: var(--fit-color-on-accent, light-dark(#ffffff, #0b1420));
    --_alert: var(--fit-color-alert, light-dark(#b3261e, #ff8a80));
    --_alliance: var(--fit-color-alliance, light-dark(#7a4b00, #f0b454));
    --_focus: var(--fit-color-focus, light-dark(#0b5cad, #6cb2ff));
    --_font: var(--fit-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--fit-font-size, 1rem);
    --_space: var(--fit-spacing, 0.75rem);
    --_radius: var(--fit-radius, 6px);
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
  }
`;
