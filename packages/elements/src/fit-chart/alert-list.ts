/**
 * Every alert of the episode in one list, riskiest first as the core orders them, each with its
 * session, its message and the prompt a clinician can say: reachable without moving the cursor to
 * each flagged session. A native disclosure, closed at first, its count in its label.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ChartModel } from './chart-model.js';

export function alertListTemplate(model: ChartModel): TemplateResult | typeof nothing {
  const { text: t, alerts } = model;
  const { s } = t;
  if (alerts.length === 0) return nothing;
  return html`<details class="alerts" part="alerts"><summary>${t.fill(s.allAlerts, { n: alerts.length })}</summary><ol>${alerts.map(
    (a) =>
      html`<li><p class="alert">${a.session !== undefined ? html`${t.fill(s.sessionLine, { session: a.session })}: ` : nothing}${t.fill(
        a.severity === 'critical' ? s.criticalAlertLine : s.alertLine,
        { message: a.message },
      )}</p><p>${t.fill(s.promptLine, { prompt: a.prompt })}</p></li>`,
  )}</ol></details>`;
}
