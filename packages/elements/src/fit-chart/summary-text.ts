/**
 * The chart's summary in one or two sentences, as a clinician would say it: "Intake 17.3, latest 24.1
 * at session 6: reliable improvement, not yet above the cutoff of 25." It is the compact chart's
 * accessible name and the full chart's caption, so it carries everything the picture shows.
 */
import type { OutcomeSummary } from '@fitline/core';
import type { ChartModel } from './chart-model.js';

const total = (n: number) => n.toFixed(1);
const against = (value: number, cutoff: number | null, name = 'the cutoff') =>
  cutoff === null ? '' : `, ${value < cutoff ? 'below' : 'at or above'} ${name} of ${cutoff}`;

export function summaryText(model: Omit<ChartModel, 'summary'>): string {
  const { outcome, alliance } = model.episode;
  const parts: string[] = [];
  if (!outcome) parts.push(model.rows.length === 0 ? 'No ratings yet.' : 'No outcome ratings by the client yet.');
  else {
    const { intake, latest, cutoff, intakeSession, latestSession, onTrack } = outcome;
    parts.push(
      latestSession === intakeSession
        ? `Intake ${total(intake)} at session ${intakeSession}${against(intake, cutoff)}; no change to show yet.`
        : `Intake ${total(intake)}, latest ${total(latest)} at session ${latestSession}: ${changePhrase(outcome)}.`,
    );
    if (onTrack !== 'unknown') parts.push(`${onTrack === 'on-track' ? 'On' : 'Not on'} track compared with the expected trajectory.`);
  }
  if (alliance) parts.push(`Latest alliance ${total(alliance.latest)}${against(alliance.latest, alliance.cutoff, 'the alliance cutoff')}.`);
  // Every series beyond the client's own outcome and alliance: collateral raters, a group's alliance, another instrument.
  const also = model.series.filter((s) => !s.primary).map((s) => s.label);
  if (also.length > 0) parts.push(`Also rated: ${also.join(', ')}.`);
  // "No outcome rating yet" is already said above.
  const alerts = model.alerts.filter((a) => a.code !== 'no-outcome-yet');
  const critical = alerts.filter((a) => a.severity === 'critical').length;
  if (alerts.length > 0) parts.push(`${alerts.length} ${alerts.length === 1 ? 'alert' : 'alerts'}${critical ? `, ${critical} critical` : ''}.`);
  for (const w of model.episode.warnings) parts.push(w.message);
  const { earlier } = model.episode;
  if (earlier.length > 0) {
    const last = earlier[earlier.length - 1]!;
    const ratings = earlier.reduce((sum, e) => sum + e.ratings, 0);
    parts.push(`A re-intake started this episode: ${ratings} ${ratings === 1 ? 'rating' : 'ratings'} of earlier episodes (to ${last.to}) are not shown.`);
  }
  return parts.join(' ');
}

function changePhrase({ changeClass, intake, latest, cutoff }: OutcomeSummary): string {
  if (changeClass === 'deteriorated') return `reliable deterioration${against(latest, cutoff)}`;
  if (changeClass === 'no-change') return `no reliable change${against(latest, cutoff)}`;
  // Improved or recovered: say where it started or ended relative to the cutoff.
  const where =
    cutoff === null
      ? ''
      : changeClass === 'recovered'
        ? `, now at or above the cutoff of ${cutoff}`
        : intake >= cutoff
          ? `, starting at or above the cutoff of ${cutoff}`
          : latest < cutoff
            ? `, not yet above the cutoff of ${cutoff}`
            : against(latest, cutoff);
  return `reliable improvement${where}`;
}
