/**
 * The EHR example's two Bundles, as an EHR's FHIR server might send them: Patients and one
 * QuestionnaireResponse per rating, made from seeded sample data with @fitline/core/fhir.
 * client-bundle.json is the first, written by make-bundles.js (client-bundle.node-test.ts keeps the two
 * equal); the caseload's is about 200 kB as JSON, so caseload.ts builds it in the page instead.
 */
import type { Rating } from '@fitline/core';
import { generateCaseload, generateEpisode, createRandom } from '@fitline/core/sample';
import type { SampleEpisode } from '@fitline/core/sample';
import { toQuestionnaireResponse } from '@fitline/core/fhir';

interface BundleEntry {
  fullUrl: string;
  resource: { resourceType: string; [key: string]: unknown };
}
export interface Bundle {
  resourceType: 'Bundle';
  id: string;
  type: 'collection';
  entry: BundleEntry[];
}

/** Where the one deliberately bad entry sits in the client's Bundle (the tests look for this index). */
export const BAD_ENTRY_INDEX = 6;

/** Born on 1 January: the client is `age` for every rating in that calendar year (the samples' episodes stay in one year). */
const birthDate = (age: number, firstRating: string) => `${Number(firstRating.slice(0, 4)) - age}-01-01`;

function patientEntry(episode: SampleEpisode): BundleEntry {
  return {
    fullUrl: `urn:uuid:patient-${episode.id}`,
    resource: {
      resourceType: 'Patient',
      id: episode.id,
      identifier: [{ system: 'urn:fitline:fhir/identifier/client-id', value: episode.id }],
      ...(episode.age !== undefined && { birthDate: birthDate(episode.age, episode.ratings[0]!.date) }),
    },
  };
}

function responseEntries(episode: SampleEpisode): BundleEntry[] {
  return episode.ratings.map((rating: Rating, i) => {
    const id = `${episode.id}-${String(i + 1).padStart(3, '0')}`;
    const resource = toQuestionnaireResponse({ ...rating, id, clientId: episode.id, episodeId: `${episode.id}-episode-1` }, { id, subject: { reference: `Patient/${episode.id}` } });
    return { fullUrl: `urn:uuid:qr-${id}`, resource: resource as unknown as BundleEntry['resource'] };
  });
}

const bundle = (id: string, entry: BundleEntry[]): Bundle => ({ resourceType: 'Bundle', id, type: 'collection', entry });

/**
 * One adult client who is not improving after eight sessions: a chart with something to talk about.
 * One response carries a typing error (an item of 107 mm on a 100 mm line) as EHRs sometimes do.
 */
export function clientBundle(): Bundle {
  const episode = generateEpisode(createRandom(7), { id: 'client-0042', sessions: 8, course: 'flat', collateral: false, ages: false });
  episode.age = 34;
  const entries = [patientEntry(episode), ...responseEntries(episode)];
  const bad = structuredClone(entries[BAD_ENTRY_INDEX]!.resource) as unknown as { item: { linkId: string; answer: { valueInteger?: number }[] }[] };
  const first = bad.item.find((item) => item.answer[0]?.valueInteger !== undefined)!;
  first.answer[0]!.valueInteger = 107;
  entries[BAD_ENTRY_INDEX] = { ...entries[BAD_ENTRY_INDEX]!, resource: bad as unknown as BundleEntry['resource'] };
  return bundle('client-0042-ratings', entries);
}

/** A small caseload: a Patient (with birth date) and the responses of each client. */
export function caseloadBundle(): Bundle {
  const episodes = generateCaseload(2, 10, { collateral: false });
  return bundle('caseload', episodes.flatMap((episode) => [patientEntry(episode), ...responseEntries(episode)]));
}
