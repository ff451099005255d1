/**
 * "How to read this chart", one click from the plot: which way is better, what the cutoff lines
 * and the expected band mean, what "reliable" and "on track" mean, what the flags mark; a sentence
 * only for what this chart draws. A
 * native disclosure (`<details>`), so it opens by keyboard and by pointer with no script.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChartModel } from './chart-model.js';
import { flaggedSessions } from './legend.js';

export function howToReadTemplate(model: ChartModel): TemplateResult {
  return html`<details class="how" part="how-to-read"><summary>${model.text.s.howToRead}</summary><ul>${howToReadLines(model).map((line) => html`<li>${line}</li>`)}</ul></details>`;
}

/** The disclosure's sentences for this chart. */
export function howToReadLines(model: ChartModel): string[] {
  const { text: t } = model;
  const { s } = t;
  const hasAlliance = model.series.some((x) => x.kind === 'alliance');
  const { outcome } = model.episode;
  return [
    s.readHigher,
    model.outcomeCutoff !== null ? t.fill(s.readCutoff, { cutoff: model.outcomeCutoff }) : '',
    hasAlliance && model.allianceCutoff !== null ? t.fill(s.readAllianceCutoff, { cutoff: model.allianceCutoff }) : '',
    // The words the summary and the alerts use, in plain terms: "reliable" and "on track".
    outcome ? t.fill(s.readReliable, { instrument: outcome.instrument.toUpperCase(), threshold: outcome.reliableChange }) : '',
    model.band ? s.readBand : '',
    model.band ? s.readOnTrack : '',
    flaggedSessions(model).size > 0 ? s.readFlags : '',
  ].filter(Boolean);
}
