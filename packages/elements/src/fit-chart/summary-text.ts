/**
 * The chart's summary in one or two sentences, as a clinician would say it: "Intake 17.3, latest 24.1
 * at session 6: reliable improvement, not yet above the cutoff of 25." It is the compact chart's
 * accessible name and the full chart's caption, so it carries everything the picture shows.
 */
import type { ChartModel } from './chart-model.js';

const total = (n: number) => n.toFixed(1);

export function summaryText(model: Omit<ChartModel, 'summary'>): string {
  const { outcome, alliance } = model.episode;
  const parts: string[] = [];
  if (!outcome) {
    parts.push(model.rows.length === 0 ? 'No ratings yet.' : 'No outcome ratings by the client yet.');
  } else {
    const cutoff = outcome.cutoff;
    if (outcome.latestSession === outcome.intakeSession) {
      parts.push(`Intake ${total(outcome.intake)} at session ${outcome.intakeSession}${cutoffPhrase(outcome.intake, cutoff, ', ')}; no change to show yet.`);
    } else {
      parts.push(
        `Intake ${total(outcome.intake)}, latest ${total(outcome.latest)} at session ${outcome.latestSession}: ${changePhrase(outcome.changeClass, outcome.intake, outcome.latest, cutoff)}.`,
      );
    }
    if (outcome.onTrack === 'not-on-track') parts.push('Not on track compared with the expected trajectory.');
    else if (outcome.onTrack === 'on-track') parts.push('On track compared with the expected trajectory.');
  }
  if (alliance) {
    const below = alliance.cutoff !== null && alliance.latest < alliance.cutoff;
    const against = alliance.cutoff === null ? '' : below ? `, below the alliance cutoff of ${alliance.cutoff}` : `, at or above the alliance cutoff of ${alliance.cutoff}`;
    parts.push(`Latest alliance ${total(alliance.latest)}${against}.`);
  }
  const collateral = model.series.filter((s) => s.rater !== 'client').map((s) => s.label);
  if (collateral.length > 0) parts.push(`Also rated: ${collateral.join(', ')}.`);
  // "No outcome rating yet" is already said above.
  const alerts = model.alerts.filter((a) => a.code !== 'no-outcome-yet').length;
  if (alerts > 0) parts.push(`${alerts} ${alerts === 1 ? 'alert' : 'alerts'}.`);
  return parts.join(' ');
}

function cutoffPhrase(value: number, cutoff: number | null, lead: string): string {
  if (cutoff === null) return '';
  return value < cutoff ? `${lead}below the cutoff of ${cutoff}` : `${lead}at or above the cutoff of ${cutoff}`;
}

function changePhrase(changeClass: string, intake: number, latest: number, cutoff: number | null): string {
  switch (changeClass) {
    case 'recovered':
      return `reliable improvement, now at or above the cutoff of ${cutoff}`;
    case 'improved':
      if (cutoff === null) return 'reliable improvement';
      if (intake >= cutoff) return `reliable improvement, starting at or above the cutoff of ${cutoff}`;
      return latest < cutoff ? `reliable improvement, not yet above the cutoff of ${cutoff}` : `reliable improvement${cutoffPhrase(latest, cutoff, ', ')}`;
    case 'deteriorated':
      return `reliable deterioration${cutoffPhrase(latest, cutoff, ', ')}`;
    default:
      return `no reliable change${cutoffPhrase(latest, cutoff, ', ')}`;
  }
}
