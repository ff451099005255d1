// Fitline's own placeholder wording, which the scales show when a host gives no licensed content pack:
// neutral, saying what it is, never the instruments' wording, and recognised as the placeholder (the
// scales then say so on screen) only when it is the built-in object itself.
import { expect } from 'chai';
import { isPlaceholderPack, placeholderPack, validateContentPack } from '../src/content/index.js';
import { INSTRUMENT_IDS } from '../src/rating.js';

describe('placeholderPack', () => {
  it('words an outcome scale as sample text about how things have been, each item numbered and named by its id', () => {
    expect(placeholderPack('ors')).to.deep.equal({
      instrument: 'ors',
      lang: 'en',
      title: 'ORS (placeholder)',
      instructions: 'Sample text about how things have been. Put a mark on each line: nearer its start is lower, nearer its end is higher.',
      items: [
        { id: 'individually', label: 'Sample item 1 (individually)', low: 'Low', high: 'High' },
        { id: 'interpersonally', label: 'Sample item 2 (interpersonally)', low: 'Low', high: 'High' },
        { id: 'socially', label: 'Sample item 3 (socially)', low: 'Low', high: 'High' },
        { id: 'overall', label: 'Sample item 4 (overall)', low: 'Low', high: 'High' },
      ],
      rights: 'No licensed wording is included.',
    });
  });

  it('words an alliance scale as sample text about how this session was', () => {
    const srs = placeholderPack('srs');
    expect([srs.title, srs.instructions]).to.deep.equal(['SRS (placeholder)', 'Sample text about how this session was. Put a mark on each line: nearer its start is lower, nearer its end is higher.']);
    expect(srs.items.map((item) => item.label)).to.deep.equal(['Sample item 1 (relationship)', 'Sample item 2 (goals)', 'Sample item 3 (approach)', 'Sample item 4 (overall)']);
  });

  it('is a valid pack for every instrument, the same object each time, and the only pack recognised as the placeholder', () => {
    for (const id of INSTRUMENT_IDS) {
      const pack = placeholderPack(id);
      expect(validateContentPack(pack), id).to.deep.equal([]);
      expect(placeholderPack(id)).to.equal(pack);
      expect(isPlaceholderPack(pack)).to.equal(true);
      expect(isPlaceholderPack({ ...pack }), 'a copy').to.equal(false);
    }
    expect(isPlaceholderPack({ ...placeholderPack('srs'), instrument: 'ors' }), 'another instrument’s').to.equal(false);
    expect(validateContentPack(5)[0]!.message).to.equal('A content pack must be an object { instrument }, not 5.');
  });
});
