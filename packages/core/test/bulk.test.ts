// Agency scale: a region's ratings streamed from a FHIR Bulk Data export (NDJSON) or a large CSV, and a
// caseload summary built in parts that merge to what one pass gives.
import { expect } from 'chai';
import fc from 'fast-check';
import { episodeKey, mergeCaseloadTallies, summarizeCaseload, summarizeRatings, summaryFromTally, tallyRatings } from '../src/index.js';
import type { CaseloadEpisode, Rating } from '../src/index.js';
import { readNdjson, toObservation, toQuestionnaireResponse } from '../src/fhir/index.js';
import type { NdjsonEntry } from '../src/fhir/index.js';
import { parseCsv, readCsv, toCsv } from '../src/csv/index.js';
import { EpisodeStore, episodeName } from '../src/episode-store.js';
import { generateCaseload } from '../src/sample/index.js';
import { validRating } from './arbitraries.js';
import { catchFitlineError } from './catch-fitline-error.js';

// In every engine and in Node, though not in the ES library the SDK and its tests are checked against.
const web = globalThis as unknown as {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  ReadableStream: new <T>(source: { start(controller: { enqueue(chunk: T): void; close(): void }): void }) => AsyncIterable<T> & { getReader(): never };
};
const bytes = (text: string) => new web.TextEncoder().encode(text);
async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of iterable) out.push(x);
  return out;
}
/** The text cut into pieces at the given points, as a stream would deliver it. */
function* pieces(text: Uint8Array | string, cuts: number[]): Generator<Uint8Array | string> {
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    yield text.slice(from, cut);
    from = cut;
  }
  yield text.slice(from);
}

/** A generated caseload whose ratings name their client and episode, as an export's would. */
function namedCaseload(seed: number, count: number): CaseloadEpisode[] {
  return generateCaseload(seed, count).map((e) => ({
    ...e,
    id: episodeName(e.id, 'e1'),
    ratings: e.ratings.map((r) => ({ ...r, clientId: e.id, episodeId: 'e1' })),
  }));
}

describe('readNdjson', () => {
  const rating: Rating = { instrument: 'ors', items: [4.2, 5, 3.3, 4.8], date: '2026-03-04T09:30:00Z', session: 2, id: 'r-1', clientId: 'Zoë Ångström', episodeId: 'e-1' };
  const lines = [
    JSON.stringify(toQuestionnaireResponse(rating)),
    '{"resourceType": "Patient", "id": "p1"}',
    JSON.stringify(toObservation(rating)),
    'not json at all',
    JSON.stringify({ ...toQuestionnaireResponse(rating), status: 'in-progress' }),
    '',
    JSON.stringify(toObservation({ ...rating, id: undefined })),
    JSON.stringify({ resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'https://clinic.example/codes', code: 'srs-t' }] }, valueQuantity: { value: 36.5 }, effectiveDateTime: '2026-03-04' }),
  ];
  const text = lines.join('\r\n') + '\n';

  it('gives one entry a line, in order, with the line number: ratings, errors and lines passed over', async () => {
    const entries = await collect(readNdjson([text], { codes: { 'https://clinic.example/codes|srs-t': 'srs' } }));
    const summary = entries.map((e: NdjsonEntry) => [e.line, e.rating ? 'rating' : e.error ? e.error.code : `skipped ${e.skipped}`]);
    expect(summary).to.deep.equal([
      [1, 'rating'],
      [2, 'skipped Patient'],
      [3, 'skipped derived Observation'],
      [4, 'bad-json'],
      [5, 'bad-fhir'],
      [7, 'rating'],
      [8, 'rating'],
    ]);
    expect(entries[0]!.rating).to.deep.equal(rating);
    expect(entries[3]!.error!.message).to.match(/^line 4: /);
    expect(entries[4]!.error).to.include({ field: 'status' });
    // An Observation carries the total and the items, not the session or the episode.
    expect(entries[5]!.rating).to.deep.equal({ instrument: 'ors', items: [4.2, 5, 3.3, 4.8], date: '2026-03-04T09:30:00Z', clientId: 'Zoë Ångström' });
    expect(entries[6]!.rating).to.deep.equal({ instrument: 'srs', items: [], total: 36.5, date: '2026-03-04' });
  });

  it('reads bytes cut anywhere, inside a character or a CRLF, and a ReadableStream, to the same entries', async () => {
    const whole = await collect(readNdjson([text]));
    const encoded = bytes(text);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: encoded.length }), { maxLength: 12 }), async (cuts) => {
        const split = await collect(readNdjson(pieces(encoded, cuts)));
        return JSON.stringify(split) === JSON.stringify(whole);
      }),
      { numRuns: 100 },
    );
    const stream = new web.ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces(encoded, [17, 400, 401, 1200])) controller.enqueue(piece as Uint8Array);
        controller.close();
      },
    });
    expect(JSON.stringify(await collect(readNdjson(stream)))).to.equal(JSON.stringify(whole));
  });

  it('reads every Observation with observations: all, and none with none', async () => {
    // The derived Observation now too; the host's code still needs its mapping.
    const all = await collect(readNdjson([text], { observations: 'all' }));
    expect(all.filter((e) => e.rating).map((e) => e.line)).to.deep.equal([1, 3, 7]);
    expect(all.find((e) => e.line === 8)!.error).to.include({ code: 'bad-fhir', field: 'code' });
    const none = await collect(readNdjson([text], { observations: 'none' }));
    expect(none.filter((e) => e.rating).length).to.equal(1);
  });

  it("refuses a host's bad options by name before reading, and a chunk that is not text or bytes", async () => {
    const bad = await readNdjson([text], { codes: { 'x|y': 'bdi' as never } }).next().catch((e) => e);
    expect([bad.code, bad.field]).to.deep.equal(['bad-option', 'options.codes']);
    const odd = await readNdjson([42 as never]).next().catch((e) => e);
    expect(odd).to.be.instanceOf(TypeError);
    const observations = await readNdjson([text], { observations: 'some' as never }).next().catch((e) => e);
    expect([observations.code, observations.field, observations.message]).to.deep.equal(['bad-option', 'options.observations', 'options.observations must be underived, all or none, not "some".']);
  });

  it('passes over blank lines, counting them, and names a line of JSON that is no resource', async () => {
    const entries = await collect(readNdjson(['  \t\n', 'null\n', '5\n', '"Observation"\n', '{}\n', '{"resourceType": 7}\n', lines[4]!]));
    const noResource = (line: number) => ({ line, error: { code: 'bad-fhir', message: `line ${line}: must be a FHIR resource with a resourceType.` } });
    expect(entries).to.deep.equal([
      noResource(2),
      noResource(3),
      noResource(4),
      noResource(5),
      noResource(6),
      { line: 7, error: { code: 'bad-fhir', field: 'status', message: 'line 7: QuestionnaireResponse.status must be completed or amended to be a rating, not "in-progress".' } },
    ]);
  });
});

describe('readCsv', () => {
  const HEADER = 'instrument,date,item1,item2,item3,item4';
  const problemEntry = (line: number, message: string, field?: string) => {
    const error = { line, code: 'bad-csv', ...(field !== undefined && { field }), message };
    return { line, error, problems: [error] };
  };

  it('gives one entry for a source with no header at all', async () => {
    const noHeader = problemEntry(1, 'The CSV has no header row; it must name at least instrument, date, item1, item2, item3, item4.');
    expect(await collect(readCsv([]))).to.deep.equal([noHeader]);
    expect(await collect(readCsv(['']))).to.deep.equal([noHeader]);
  });

  it('gives the header\'s problems as entries, and no rows when it lacks a column', async () => {
    expect(await collect(readCsv([`instrument, date ,item1,item1,item2\nors,2026-03-04,1,1,1\n`]))).to.deep.equal([
      problemEntry(1, 'line 1: column "item1" appears twice.', 'item1'),
      problemEntry(1, 'line 1: the header lacks the column(s) item3, item4.'),
    ]);
  });

  it('reads the rows before a quote that never closes, then says where it opened', async () => {
    const entries = await collect(readCsv([`${HEADER}\nors,2026-03-04,1,2,3,4\nors,"2026-03-05,1,2,3,4\n`]));
    expect(entries).to.deep.equal([
      { line: 2, rating: { instrument: 'ors', items: [1, 2, 3, 4], date: '2026-03-04' } },
      problemEntry(3, 'line 3: a quoted field opens here and is never closed; the rows from here on were not read.'),
    ]);
  });

  it('property: any list of ratings as CSV, cut into any pieces, reads as parseCsv reads it whole', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validRating(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), async (ratings, cuts, crlf) => {
        let csv = toCsv(ratings);
        if (crlf) csv = csv.replace(/\n/g, '\r\n');
        const whole = parseCsv(csv);
        const rows = await collect(readCsv(pieces(csv, cuts)));
        return (
          JSON.stringify(rows.filter((r) => r.rating).map((r) => r.rating)) === JSON.stringify(whole.ratings) &&
          JSON.stringify(rows.flatMap((r) => r.problems ?? [])) === JSON.stringify(whole.errors)
        );
      }),
      { numRuns: 200 },
    );
  });

  it('reports a bad row by its line and goes on; a header without its columns gives one entry', async () => {
    const rows = await collect(readCsv(['instrument,date,item1,item2,item3,item4\nors,2026-03-04,1,2,3,4\nors,2026-03-05,1,2,3,11\nors,2026-03-06,1,2,3,4\n']));
    expect(rows.map((r) => [r.line, r.rating ? 'rating' : r.error!.code])).to.deep.equal([
      [2, 'rating'],
      [3, 'item-out-of-range'],
      [4, 'rating'],
    ]);
    const headless = await collect(readCsv(['instrument,date\nors,2026-03-04\n']));
    expect(headless.map((r) => r.error!.code)).to.deep.equal(['bad-csv']);
  });
});

describe('summarizeRatings', () => {
  const caseload = namedCaseload(7, 80);
  const ratings = caseload.flatMap((e) => e.ratings);
  const expected = summarizeCaseload(caseload);
  // Ratings carry no age: the host gives each episode's, as it knows it.
  const ages = new Map(caseload.map((e) => [e.id, e.age]));
  const withAges = { ageOf: (e: { id: string }) => ages.get(e.id) };

  it('gives what summarizeCaseload gives on the same episodes, from ratings in any order', async () => {
    expect(await summarizeRatings(ratings, withAges)).to.deep.equal(expected);
    // Shuffled, and as an async iterable.
    const shuffled = [...ratings].sort((a, b) => (episodeKey(a) + a.date + a.instrument < episodeKey(b) + b.date + b.instrument ? 1 : -1));
    async function* stream() {
      for (const r of shuffled) yield r;
    }
    expect(await summarizeRatings(stream(), withAges)).to.deep.equal(expected);
  });

  it('property: any order of the ratings gives the same summary', async () => {
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(ratings, { minLength: ratings.length, maxLength: ratings.length }), async (order) => {
        return JSON.stringify(await summarizeRatings(order, withAges)) === JSON.stringify(expected);
      }),
      { numRuns: 15 },
    );
  });

  it('groups by a key of the episode, with ages and closes from the host', async () => {
    const clinician = (e: { clientId?: string }) => (Number(e.clientId!.slice(-1)) % 2 ? 'odd' : 'even');
    const streamed = await summarizeRatings(ratings, { groupBy: clinician, ...withAges });
    const direct = summarizeCaseload(caseload.map((e) => ({ ...e, clinician: clinician({ clientId: e.ratings[0]!.clientId! }) })), { groupBy: (e) => e.clinician });
    expect(streamed).to.deep.equal(direct);
  });

  it('property: tallies of shards by episode, merged in any order, give one pass', async () => {
    const shardOf = (r: Rating, n: number) => [...episodeKey(r)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 9973, 7) % n;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.boolean(), async (n, reversed) => {
        const shards = await Promise.all(Array.from({ length: n }, (_, k) => tallyRatings(ratings.filter((r) => shardOf(r, n) === k), withAges)));
        if (reversed) shards.reverse();
        const merged = shards.reduce((a, b) => mergeCaseloadTallies(a, b));
        return JSON.stringify(summaryFromTally(merged)) === JSON.stringify(expected);
      }),
      { numRuns: 10 },
    );
  });

  it('keeps the riskiest episodes only with attentionLimit, in parts merged too, and counts them all', async () => {
    const limited = await summarizeRatings(ratings, { ...withAges, attentionLimit: 7 });
    expect(limited.attention).to.deep.equal(expected.attention.slice(0, 7));
    expect(limited.needingAttention).to.deep.equal(expected.needingAttention);
    expect(expected.needingAttention.all).to.equal(expected.attention.length);
    const halves = await Promise.all([0, 1].map((k) => tallyRatings(ratings.filter((r) => Number(r.clientId!.slice(-1)) % 2 === k), { ...withAges, attentionLimit: 7 })));
    expect(summaryFromTally(mergeCaseloadTallies(halves[0]!, halves[1]!))).to.deep.equal(limited);
    expect(catchFitlineError(() => summarizeCaseload(caseload, { attentionLimit: 0 })).field).to.equal('attentionLimit');
  });

  it('names a bad rating by its place in the stream, and refuses what is not ratings', async () => {
    const bad = [...ratings.slice(0, 5), { ...ratings[5]!, items: [1, 2, 3, 10.5] }];
    const error = await summarizeRatings(bad).catch((e) => e);
    expect([error.code, error.field]).to.deep.equal(['item-out-of-range', 'ratings[5].items[3]']);
    expect((await summarizeRatings(5 as never).catch((e) => e)).field).to.equal('ratings');
    expect((await summarizeRatings([], { ageOf: 3 as never }).catch((e) => e)).field).to.equal('ageOf');
    expect(catchFitlineError(() => mergeCaseloadTallies({ all: summaryFromTally as never, groups: {} }, { all: summaryFromTally as never, groups: null })).code).to.equal('bad-option');
  });
});

describe('EpisodeStore', () => {
  it('property: gives back ratings that summarise as the originals, in the order added', () => {
    fc.assert(
      fc.property(fc.array(validRating(), { maxLength: 20 }), (ratings) => {
        const store = new EpisodeStore();
        for (const r of ratings) store.add(r);
        const back = [...store.episodesWithRatings()].flatMap((e) => e.ratings);
        const byEpisode = new Map<string, Rating[]>();
        for (const r of ratings) byEpisode.set(episodeKey(r), [...(byEpisode.get(episodeKey(r)) ?? []), r]);
        const originals = [...byEpisode.values()].flat();
        return (
          back.length === originals.length &&
          back.every((b, i) => {
            const o = originals[i]!;
            const total = (r: Rating) => (r.items.length ? r.items.reduce((a, v) => a + Math.round(v * 10), 0) : Math.round(r.total! * 10));
            return (
              b.instrument === o.instrument &&
              JSON.stringify(b.items) === JSON.stringify(o.items.map((v) => Math.round(v * 10) / 10)) &&
              total(b) === total(o) &&
              b.session === o.session &&
              b.rater === (o.rater ?? 'client') &&
              b.clientId === o.clientId &&
              b.episodeId === o.episodeId &&
              b.date.slice(0, 10) === o.date.slice(0, 10) &&
              Date.parse(b.date) === Date.parse(o.date)
            );
          })
        );
      }),
      { numRuns: 500 },
    );
  });
});
