/**
 * Ratings held by episode in little memory, for caseloads too large to keep as objects: each rating is
 * six numbers in one growing Float64Array (48 bytes, against several hundred for a Rating object), and
 * each episode a short record of where its ratings are. A rating's id and mode are not kept: no
 * summary reads them. Its date is kept as its day as written, its moment and its UTC offset, which
 * give back a date that orders, and reads, the same.
 *
 * Ratings of one episode may arrive on any line of an export: every episode stays open until the last
 * rating has been read, so memory grows with the ratings held, 48 bytes each, plus about 150 bytes an
 * episode; never with the text read.
 */
import type { InstrumentId, Rater, Rating } from './rating.js';
import { INSTRUMENT_IDS, RATERS } from './rating.js';
import { toTenths } from './tenths.js';

const SLOTS = 6; // moment, day, offset, session, packed scores, next rating of the episode

/** A store as plain data, to cross to another thread (its buffer can be transferred) and be absorbed there. */
export interface StoreTransfer {
  data: Float64Array;
  /** Each episode as [clientId, episodeId, index of its first rating]. */
  episodes: [string | undefined, string | undefined, number][];
}

/** One episode's place in the store: its client and episode ids, and its first and last ratings. */
interface EpisodeEntry {
  clientId: string | undefined;
  episodeId: string | undefined;
  head: number;
  tail: number;
}

/** The episode a rating belongs to, by its client and episode ids; exact, whatever the ids hold. */
export const episodeKey = (r: Pick<Rating, 'clientId' | 'episodeId'>): string => `${r.clientId ?? ''}\u0000${r.episodeId ?? ''}`;

/** How an episode is named in a caseload summary: its client and episode ids, as they are. */
export const episodeName = (clientId: string | undefined, episodeId: string | undefined): string =>
  [clientId, episodeId].filter((v) => v !== undefined).join(' / ') || 'ratings without client or episode id';

/** A date's UTC offset in minutes, or NaN for a date alone. */
function offsetOf(date: string): number {
  if (date.length === 10) return NaN;
  if (date.endsWith('Z')) return 0;
  const sign = date[date.length - 6] === '-' ? -1 : 1;
  return sign * (Number(date.slice(-5, -3)) * 60 + Number(date.slice(-2)));
}

/** A date that orders and reads as the one stored: the same day as written, moment and offset. */
function dateOf(day: number, moment: number, offset: number): string {
  if (Number.isNaN(offset)) return `${String(Math.floor(day / 10000)).padStart(4, '0')}-${String(Math.floor(day / 100) % 100).padStart(2, '0')}-${String(day % 100).padStart(2, '0')}`;
  const local = new Date(moment + offset * 60000).toISOString().slice(0, 23);
  if (offset === 0) return `${local}Z`;
  const a = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

export class EpisodeStore {
  private data = new Float64Array(SLOTS * 1024);
  private size = 0;
  private readonly episodes = new Map<string, EpisodeEntry>();

  /** How many ratings it holds. */
  get ratings(): number {
    return this.size;
  }

  /** Adds a valid rating to its episode, after the ones already there. */
  add(r: Rating): void {
    // Total in tenths (0 to 400), whether there are items, instrument, rater, then four items in
    // millimetres (0 to 100): 44 bits, exact in a double.
    const items = r.items.map(toTenths);
    const total = items.length ? items.reduce((a, b) => a + b, 0) : toTenths(r.total!);
    let packed = 0;
    for (let i = 3; i >= 0; i--) packed = packed * 128 + (items[i] ?? 0);
    const scores = total + 512 * ((items.length ? 1 : 0) + 2 * (INSTRUMENT_IDS.indexOf(r.instrument) + 8 * (RATERS.indexOf(r.rater ?? 'client') + 8 * packed)));
    const day = Number(r.date.slice(0, 4)) * 10000 + Number(r.date.slice(5, 7)) * 100 + Number(r.date.slice(8, 10));
    this.append(r.clientId, r.episodeId, Date.parse(r.date), day, offsetOf(r.date), r.session ?? 0, scores);
  }

  private append(clientId: string | undefined, episodeId: string | undefined, moment: number, day: number, offset: number, session: number, scores: number): void {
    if ((this.size + 1) * SLOTS > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.size++;
    const o = at * SLOTS;
    const d = this.data;
    d[o] = moment;
    d[o + 1] = day;
    d[o + 2] = offset;
    d[o + 3] = session;
    d[o + 4] = scores;
    d[o + 5] = -1;
    const key = episodeKey({ clientId, episodeId });
    const entry = this.episodes.get(key);
    if (entry) {
      d[entry.tail * SLOTS + 5] = at;
      entry.tail = at;
    } else this.episodes.set(key, { clientId, episodeId, head: at, tail: at });
  }

  /**
   * The store as plain data whose buffer can be transferred to another thread: the ratings' numbers,
   * and each episode's ids and first rating.
   */
  toTransfer(): StoreTransfer {
    const episodes: StoreTransfer['episodes'] = [];
    for (const { clientId, episodeId, head } of this.episodes.values()) episodes.push([clientId, episodeId, head]);
    return { data: this.data.slice(0, this.size * SLOTS), episodes };
  }

  /**
   * Adds the ratings of another store (read from a later part of the same export) after its own, episode
   * by episode, so the ratings of an episode split between the parts keep the order they were read in.
   */
  absorb(part: StoreTransfer): void {
    for (const [clientId, episodeId, head] of part.episodes) {
      for (let at = head; at >= 0; at = part.data[at * SLOTS + 5]!) {
        const o = at * SLOTS;
        this.append(clientId, episodeId, part.data[o]!, part.data[o + 1]!, part.data[o + 2]!, part.data[o + 3]!, part.data[o + 4]!);
      }
    }
  }

  /** Each episode with its ratings in the order they were added, rebuilt as Ratings one episode at a time. */
  *episodesWithRatings(): Generator<{ clientId: string | undefined; episodeId: string | undefined; ratings: Rating[] }> {
    const d = this.data;
    for (const { clientId, episodeId, head } of this.episodes.values()) {
      const ratings: Rating[] = [];
      for (let at = head; at >= 0; at = d[at * SLOTS + 5]!) {
        const o = at * SLOTS;
        let packed = d[o + 4]!;
        const total = packed % 512;
        packed = Math.floor(packed / 512);
        const hasItems = packed % 2;
        packed = Math.floor(packed / 2);
        const instrument = INSTRUMENT_IDS[packed % 8] as InstrumentId;
        packed = Math.floor(packed / 8);
        const rater = RATERS[packed % 8] as Rater;
        packed = Math.floor(packed / 8);
        const items: number[] = [];
        if (hasItems) for (let i = 0; i < 4; i++, packed = Math.floor(packed / 128)) items.push((packed % 128) / 10);
        const r: Rating = { instrument, items, date: dateOf(d[o + 1]!, d[o]!, d[o + 2]!), rater };
        if (!hasItems) r.total = total / 10;
        if (d[o + 3]) r.session = d[o + 3]!;
        if (clientId !== undefined) r.clientId = clientId;
        if (episodeId !== undefined) r.episodeId = episodeId;
        ratings.push(r);
      }
      yield { clientId, episodeId, ratings };
    }
  }
}
