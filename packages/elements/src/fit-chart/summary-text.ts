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
  const collateral = model.series.filter((s) => s.rater !== 'client').map((s) => s.label);
  if (collateral.length > 0) parts.push(`Also rated: ${collateral.join(', ')}.`);
  // "No outcome rating yet" is already said above.
  const alerts = model.alerts.filter((a) => a.code !== 'no-outcome-yet').length;
  if (alerts > 0) parts.push(`${alerts} ${alerts === 1 ? 'alert' : 'alerts'}.`);
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
