// The telehealth client's four earlier weekly sessions (made-up sample data), moved so that the last
// was a week ago. The FHIR server is seeded with them; the visit page reads them back from it.
import type { Rating } from '@fitline/core';
import { createRandom, generateEpisode } from '@fitline/core/sample';

export const TELEHEALTH_CLIENT_ID = 'client-0011';
const DAY = 86_400_000;

export function earlierSessions(today = new Date()): Rating[] {
  const earlier = generateEpisode(createRandom(11), { id: TELEHEALTH_CLIENT_ID, sessions: 4, ages: false, collateral: false }).ratings;
  const lastDate = Date.parse(earlier.at(-1)!.date);
  const shift = Date.parse(today.toISOString().slice(0, 10)) - 7 * DAY - lastDate;
  return earlier.map((r, i) => ({
    ...r,
    id: `${TELEHEALTH_CLIENT_ID}-${String(i + 1).padStart(3, '0')}`,
    clientId: TELEHEALTH_CLIENT_ID,
    date: new Date(Date.parse(r.date) + shift).toISOString().slice(0, 10),
  }));
}
