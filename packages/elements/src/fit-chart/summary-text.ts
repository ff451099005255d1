/**
 * The chart's summary in one or two sentences, as a clinician would say it: "Intake 17.3, latest 24.1
 * at session 6: reliable improvement, not yet above the cutoff of 25." It is the compact chart's
 * accessible name and the full chart's caption, so it carries everything the picture shows. Worded
 * in the chart's language (chart-strings.ts).
 */
import type { OutcomeSummary } from '@fitline/core';
import type { ChartModel } from './chart-model.js';
import type { ChartText } from './chart-text.js';

/** ", below the cutoff of 25" or ", at or above ...", or nothing without a cutoff. */
const against = (t: ChartText, value: number, cutoff: number | null, name = t.s.theCutoff) =>
  cutoff === null ? '' : t.fill(value < cutoff ? t.s.below : t.s.atOrAbove, { name, cutoff });

export function summaryText(model: Omit<ChartModel, 'summary'>): string {
  const { text: t } = model;
  const { s } = t;
  const { outcome, alliance } = model.episode;
  const parts: string[] = [];
  if (!outcome) parts.push(model.rows.length === 0 ? s.noRatings : s.noClientOutcome);
  else {
    const { intake, latest, cutoff, intakeSession, latestSession, onTrack } = outcome;
    parts.push(
      latestSession === intakeSession
        ? t.fill(s.intakeOnly, { intake: t.total(intake), session: intakeSession, where: against(t, intake, cutoff) })
        : t.fill(s.intakeLatest, { intake: t.total(intake), latest: t.total(latest), session: latestSession, change: changePhrase(t, outcome) }),
    );
    if (onTrack !== 'unknown') parts.push(onTrack === 'on-track' ? s.onTrack : s.notOnTrack);
  }
  if (alliance) parts.push(t.fill(s.latestAlliance, { total: t.total(alliance.latest), where: against(t, alliance.latest, alliance.cutoff, s.theAllianceCutoff) }));
  // Every series beyond the client's own outcome and alliance: collateral raters, a group's alliance, another instrument.
  const also = model.series.filter((x) => !x.primary).map((x) => x.label);
  if (also.length > 0) parts.push(t.fill(s.alsoRated, { list: also.join(t.s.alerts.separator) }));
  // "No outcome rating yet" is already said above.
  const alerts = model.alerts.filter((a) => a.code !== 'no-outcome-yet');
  const critical = alerts.filter((a) => a.severity === 'critical').length;
  if (alerts.length > 0) parts.push(t.plural(s.alertCount, alerts.length, { critical: critical ? t.fill(s.criticalCount, { n: critical }) : '' }));
  for (const w of model.episode.warnings) {
    const cutoff = model.episode.outcomes.find((o) => o.instrument === w.instrument)?.cutoff ?? null;
    const norm = cutoff === null ? s.noCutoffApplies : t.fill(s.cutoffApplies, { cutoff });
    parts.push(s.instrumentAge ? t.fill(s.instrumentAge, { instrument: w.instrument.toUpperCase(), norm }) : w.message);
  }
  const { earlier } = model.episode;
  if (earlier.length > 0) {
    const last = earlier[earlier.length - 1]!;
    const ratings = earlier.reduce((sum, e) => sum + e.ratings, 0);
    parts.push(t.plural(s.reintake, ratings, { to: t.date(last.to) }));
  }
  return parts.join(' ');
}

function changePhrase(t: ChartText, { changeClass, intake, latest, cutoff }: OutcomeSummary): string {
  const { s } = t;
  if (changeClass === 'deteriorated') return t.fill(s.deterioration, { where: against(t, latest, cutoff) });
  if (changeClass === 'no-change') return t.fill(s.noChange, { where: against(t, latest, cutoff) });
  // Improved or recovered: say where it started or ended relative to the cutoff.
  const where =
    cutoff === null
      ? ''
      : changeClass === 'recovered'
        ? t.fill(s.nowAbove, { cutoff })
        : intake >= cutoff
          ? t.fill(s.startingAbove, { cutoff })
          : latest < cutoff
            ? t.fill(s.notYetAbove, { cutoff })
            : against(t, latest, cutoff);
  return t.fill(s.improvement, { where });
}
