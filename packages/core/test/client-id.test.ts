// The client a series is about (`clientId`): carried from the ratings into every summary of them,
// and absent where the ratings name no client, so an alert never names a client it does not know.
import { expect } from 'chai';
import { summarizeEpisode } from '../src/index.js';
import type { Rating } from '../src/index.js';
import { rate } from './records.js';

const ors = (total: number, session: number, extra?: Partial<Rating>) => rate('ors', total, session, extra);
const srs = (total: number, session: number, extra?: Partial<Rating>) => rate('srs', total, session, extra);

describe('clientId carried through', () => {
  it("an alliance summary carries the client its ratings name, and no clientId when they name none", () => {
    const named = summarizeEpisode([ors(20, 1, { clientId: 'c-7' }), srs(38, 1, { clientId: 'c-7' })]);
    expect(named.alliance).to.deep.equal({ instrument: 'srs', rater: 'client', clientId: 'c-7', latest: 38, cutoff: 36, latestSession: 1, sessions: named.alliance!.sessions });
    const unnamed = summarizeEpisode([ors(20, 1), srs(38, 1)]);
    expect(unnamed.alliance).to.deep.equal({ instrument: 'srs', rater: 'client', latest: 38, cutoff: 36, latestSession: 1, sessions: unnamed.alliance!.sessions });
  });

  it('an outcome summary carries the client its ratings name, and no clientId key when they name none', () => {
    expect(summarizeEpisode([ors(20, 1, { clientId: 'c-7' })]).outcome).to.include({ clientId: 'c-7' });
    expect(summarizeEpisode([ors(20, 1)]).outcome).to.not.have.property('clientId');
  });

  it('in an episode where only the client is named, an alert about a caretaker names no client', () => {
    const summary = summarizeEpisode([ors(20, 1, { clientId: 'c-7' }), ors(25, 1, { rater: 'caretaker' }), ors(21, 2, { clientId: 'c-7' }), ors(19, 2, { rater: 'caretaker' })]);
    const [alert] = summary.alerts;
    expect(alert).to.include({ code: 'deteriorated', rater: 'caretaker' });
    expect(alert!.facts).to.deep.equal({ instrument: 'ors', rater: 'caretaker', session: 2, total: 19, intake: 25, threshold: 5 });
    expect(alert!.message).to.match(/^Caretaker's ORS total fell from 25/);
  });
});
