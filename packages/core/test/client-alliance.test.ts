// The client's alliance (`alliance`): their individual SRS where they gave one, else their group
// GSRS, whichever came first; every alliance series stays in `alliances`.
import { expect } from 'chai';
import { summarizeEpisode } from '../src/index.js';
import { rate } from './records.js';

describe("the client's alliance", () => {
  it('is the individual SRS even when a group GSRS was given first', () => {
    const summary = summarizeEpisode([rate('ors', 20, 1), rate('gsrs', 35, 1), rate('srs', 38, 1), rate('gsrs', 36, 2), rate('srs', 39, 2)]);
    expect(summary.alliance).to.include({ instrument: 'srs', latest: 39 });
    expect(summary.alliances.map((a) => [a.instrument, a.latest])).to.deep.equal([
      ['gsrs', 36],
      ['srs', 39],
    ]);
  });

  it('is the GSRS for a client seen in a group only', () => {
    const summary = summarizeEpisode([rate('ors', 20, 1), rate('gsrs', 35, 1), rate('gsrs', 37, 2)]);
    expect(summary.alliance).to.include({ instrument: 'gsrs', latest: 37, latestSession: 2 });
  });
});
