// Exports from old spreadsheets end lines with CR alone; a clinic fixing its file looks for a problem
// by the line its editor shows. Every line ending counts as one line, whatever wrote it.
import { expect } from 'chai';
import { parseCsv } from '../src/csv/index.js';

const HEADER = 'instrument,date,item1,item2,item3,item4';

describe('CSV line endings and line numbers', () => {
  it('reads CR, LF and CRLF line endings alike, each ending one line', () => {
    for (const eol of ['\r', '\n', '\r\n']) {
      const { ratings, errors } = parseCsv([HEADER, 'ors,2026-03-04,1,2,3,4', 'ors,2026-03-11,1,2,3,44', 'srs,2026-03-18,9,9,9,9'].join(eol));
      expect(ratings.map((r) => r.date), JSON.stringify(eol)).to.deep.equal(['2026-03-04', '2026-03-18']);
      expect(errors.map((e) => [e.line, e.field]), JSON.stringify(eol)).to.deep.equal([[3, 'items[3]']]);
    }
  });

  it('counts the lines inside a quoted field, so later rows keep their own line numbers', () => {
    const text = `id,${HEADER}\r\n"one\r\ntwo",ors,2026-03-04,1,2,3,4\r\n,ors,2026-03-11,1,2,3,44\r\n`;
    const { ratings, errors } = parseCsv(text);
    expect(ratings.map((r) => r.id)).to.deep.equal(['one\r\ntwo']);
    expect(errors.map((e) => e.line)).to.deep.equal([4]);
  });

  it('keeps a quote inside an unquoted field as text, and an empty last field as a field', () => {
    const { ratings, errors } = parseCsv(`id,${HEADER},note\nsay "hi",ors,2026-03-04,1,2,3,4,\n`);
    expect(errors).to.deep.equal([]);
    expect(ratings.map((r) => r.id)).to.deep.equal(['say "hi"']);
  });
});
