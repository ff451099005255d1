/**
 * What changed when the host gave the chart new ratings (a rating saved at the end of a session, a
 * correction, a removal), said in one sentence for the chart's status region: a chart that redraws in
 * silence leaves a screen-reader user, and anyone who looked away, with a picture that changed under
 * them (Chartability: "changes are easy to follow").
 */
import type { ChartModel } from './chart-model.js';
import { shortDescription } from './chart-templates.js';

/** Each session's rows as one comparable key: label, total and items of every rating shown there. */
function sessionKeys(model: ChartModel): Map<number, string> {
  const keys = new Map<number, string>();
  for (const r of model.rows) keys.set(r.x, `${keys.get(r.x) ?? ''}|${r.label}:${r.total}:${r.items.join(',')}`);
  return keys;
}

/**
 * The sentence announcing how `after` differs from `before`: the sessions with new or changed
 * ratings and the latest of them in its short form, or else the sessions removed; '' when the two
 * show the same ratings (a new language, norms or band only).
 */
export function describeChange(before: ChartModel, after: ChartModel): string {
  const old = sessionKeys(before);
  const now = sessionKeys(after);
  const t = after.text;
  const changed = after.xs.filter((x) => old.get(x) !== now.get(x));
  if (changed.length > 0) {
    const latest = changed[changed.length - 1] as number;
    return `${t.plural(t.s.updatedSessions, changed.length, { session: t.plain(latest) })} ${shortDescription(after, latest)}`;
  }
  const removed = before.xs.filter((x) => !now.has(x));
  return removed.length > 0 ? t.plural(t.s.removedSessions, removed.length, { session: t.plain(removed[0] as number) }) : '';
}
