/**
 * "How to read this chart", one click from the plot: which way is better, what the cutoff lines
 * and the expected band mean, what the flags mark; a sentence only for what this chart draws. A
 * native disclosure (`<details>`), so it opens by keyboard and by pointer with no script.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChartModel } from './chart-model.js';
import { flaggedSessions } from './legend.js';

export function howToReadTemplate(model: ChartModel): TemplateResult {
  const { text: t } = model;
  const { s } = t;
  const hasAlliance = model.series.some((x) => x.kind === 'alliance');
  const lines = [
    s.readHigher,
    model.outcomeCutoff !== null ? t.fill(s.readCutoff, { cutoff: model.outcomeCutoff }) : '',
    hasAlliance && model.allianceCutoff !== null ? t.fill(s.readAllianceCutoff, { cutoff: model.allianceCutoff }) : '',
    model.band ? s.readBand : '',
    flaggedSessions(model).size > 0 ? s.readFlags : '',
  ].filter(Boolean);
  return html`<details class="how" part="how-to-read"><summary>${s.howToRead}</summary><ul>${lines.map((line) => html`<li>${line}</li>`)}</ul></details>`;
}
