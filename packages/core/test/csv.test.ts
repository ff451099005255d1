import { expect } from 'chai';
import fc from 'fast-check';
import { parseCsv, toCsv } from '../src/csv/index.js';
import { FitlineError } from '../src/index.js';
import type { Rating } from '../src/index.js';
import { validRating } from './arbitraries.js';

const HEADER = 'id,clientId,episodeId,instrument,date,session,rater,mode,item1,item2,item3,item4,total';

describe('toCsv', () => {
  it('writes a header and one row per rating, items and total to one decimal', () => {
    const csv = toCsv([{ instrument: 'ors', items: [4.2, 5, 3.3, 4.8], date: '2026-03-04', session: 1, clientId: 'c-1', mode: 'paper' }]);
    expect(csv).to.equal(`${HEADER}\r\n,c-1,,ors,2026-03-04,1,,paper,4.2,5.0,3.3,4.8,17.3\r\n`);
  });

  it('writes a total-only rating with its item cells empty', () => {
    const csv = toCsv([{ instrument: 'ors', items: [], total: 23.4, date: '2026-03-04', session: 2, mode: 'oral' }]);
    expect(csv).to.equal(`${HEADER}\r\n,,,ors,2026-03-04,2,,oral,,,,,23.4\r\n`);
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv([{ instrument: 'srs', items: [9, 9, 9, 9], date: '2026-03-04', id: 'a,"b"\nc' }]);
    expect(csv.split('\r\n')[1]).to.equal('"a,""b""\nc",,,srs,2026-03-04,,,,9.0,9.0,9.0,9.0,36.0');
  });

  it('guards text that a spreadsheet would run as a formula', () => {
    const csv = toCsv([{ instrument: 'srs', items: [9, 9, 9, 9], date: '2026-03-04', clientId: '=HYPERLINK("x")' }]);
    expect(csv.split('\r\n')[1]).to.contain(`"'=HYPERLINK(""x"")"`);
    expect(parseCsv(csv).ratings[0]!.clientId).to.equal('=HYPERLINK("x")');
  });

  it('refuses an invalid rating, naming its index and field', () => {
    const good: Rating = { instrument: 'ors', items: [1, 2, 3, 4], date: '2026-03-04' };
    try {
      toCsv([good, { ...good, items: [1, 2, 3, 11] }]);
      expect.fail('toCsv accepted an item of 11');
    } catch (error) {
      expect(error).to.be.instanceOf(FitlineError);
      expect((error as FitlineError).field).to.equal('ratings[1].items[3]');
    }
  });
});

describe('parseCsv', () => {
  it('refuses what is not text with one problem, at line 0', () => {
    expect(parseCsv(5 as never)).to.deep.equal({ ratings: [], errors: [{ line: 0, code: 'bad-csv', message: 'parseCsv needs the CSV as a string.' }] });
  });

  it('reads a header whose names have spaces around them', () => {
    expect(parseCsv(' instrument , date ,item1,item2,item3, item4\nors,2026-03-04,1,2,3,4\n').ratings).to.deep.equal([{ instrument: 'ors', items: [1, 2, 3, 4], date: '2026-03-04' }]);
  });

  it('reads rows in any column order, ignoring columns it does not know', () => {
    const { ratings, errors } = parseCsv('date,instrument,item4,item3,item2,item1,note\n2026-03-04,ors,1,2,3,4.5,hello\n');
    expect(errors).to.deep.equal([]);
    expect(ratings).to.deep.equal([{ instrument: 'ors', items: [4.5, 3, 2, 1], date: '2026-03-04' }]);
  });

  it('keeps the good rows and reports each bad one with its line and rule', () => {
    const text = [
      HEADER,
      'r1,c1,e1,ors,2026-03-04,1,client,in-session,4.2,5.0,3.3,4.8,17.3',
      'r2,c1,e1,ors,2026-03-11,2,client,in-session,4.25,5.0,3.3,4.8,',
      '"r3 spans',
      'two lines",c1,e1,srs,2026-03-11,2,client,in-session,9,9,9,9,36',
      'r4,c1,e1,srs,2026-03-18,3,client,in-session,9,9,9,9,35.9',
      'r5,c1,e1,phq9,2026-03-18,3,client,in-session,9,9,9,9,',
      'r6,c1,e1,srs,2026-03-18',
      'r7,c1,e1,srs,2026-03-18,x,boss,fax,9,9,9,ten,',
    ].join('\n');
    const { ratings, errors } = parseCsv(text);
    expect(ratings.map((r) => r.id)).to.deep.equal(['r1', 'r3 spans\ntwo lines']);
    expect(errors.map((e) => [e.line, e.code])).to.deep.equal([
      [3, 'item-too-fine'],
      [6, 'total-mismatch'],
      [7, 'unknown-instrument'],
      [8, 'bad-csv'],
      [9, 'item-not-a-number'],
      [9, 'bad-session'],
      [9, 'unknown-rater'],
      [9, 'unknown-mode'],
    ]);
    expect(errors[0]!.message).to.match(/^line 3: items\[0\]/);
  });

  it('reads a row with four empty item cells and a total as a total-only rating', () => {
    const { ratings, errors } = parseCsv(`${HEADER}\nr1,,,ors,2026-03-04,1,,paper,,,,,23.4\nr2,,,ors,2026-03-11,2,,paper,,,,,40.1\nr3,,,ors,2026-03-18,3,,paper,,,,,\n`);
    expect(ratings).to.deep.equal([{ id: 'r1', instrument: 'ors', items: [], total: 23.4, date: '2026-03-04', session: 1, mode: 'paper' }]);
    expect(errors.map((e) => [e.line, e.code, e.field])).to.deep.equal([
      [3, 'item-out-of-range', 'total'],
      [4, 'item-not-a-number', 'items[0]'],
      [4, 'item-not-a-number', 'items[1]'],
      [4, 'item-not-a-number', 'items[2]'],
      [4, 'item-not-a-number', 'items[3]'],
    ]);
  });

  it('checks a total beside four items against their sum, and keeps only the items', () => {
    const { ratings, errors } = parseCsv(`${HEADER}\nr1,,,srs,2026-03-04,,,,9,9,9,9,36\nr2,,,srs,2026-03-04,,,,9,9,9,9,ten\n`);
    expect(ratings).to.deep.equal([{ id: 'r1', instrument: 'srs', items: [9, 9, 9, 9], date: '2026-03-04' }]);
    expect(errors.map((e) => [e.line, e.code, e.field])).to.deep.equal([[3, 'item-not-a-number', 'total']]);
  });

  it('reports a missing header column, an empty text and an unclosed quote', () => {
    expect(parseCsv('instrument,date,item1\nors,2026-03-04,1').errors[0]!.message).to.contain('item2, item3, item4');
    expect(parseCsv('').errors[0]!.code).to.equal('bad-csv');
    const unclosed = parseCsv(`${HEADER}\nr1,,,ors,2026-03-04,,,,1,1,1,1,\n"r2,,,ors`);
    expect(unclosed.ratings).to.have.length(1);
    expect(unclosed.errors).to.deep.equal([
      { line: 3, code: 'bad-csv', message: 'line 3: a quoted field opens here and is never closed; the rows from here on were not read.' },
    ]);
  });

  it('accepts CRLF, a byte order mark and blank lines', () => {
    const { ratings, errors } = parseCsv(`\uFEFF${HEADER}\r\n\r\n,,,cors,2026-03-04,,,,1,2,3,4,10\r\n`);
    expect(errors).to.deep.equal([]);
    expect(ratings[0]!.instrument).to.equal('cors');
  });

  it('property: every list of valid ratings round-trips through CSV', () => {
    fc.assert(
      fc.property(fc.array(validRating(), { maxLength: 8 }), (ratings) => {
        const { ratings: back, errors } = parseCsv(toCsv(ratings));
        expect(errors).to.deep.equal([]);
        expect(back).to.deep.equal(ratings);
      }),
      { numRuns: 500 },
    );
  });

  it('property: arbitrary text never throws and every error names a line', () => {
    const csvish = fc.string({ unit: fc.constantFrom('a', '1', '.', ',', '"', '\n', '\r', 'ors', '2026-03-04', '9'), maxLength: 200 });
    fc.assert(
      fc.property(fc.oneof(csvish.map((body) => `${HEADER}\n${body}`), fc.string()), (text) => {
        const { ratings, errors } = parseCsv(text);
        return errors.every((e) => e.line >= 1 && e.message.length > 0) && ratings.every((r) => r.items.length === 4 || (r.items.length === 0 && typeof r.total === 'number'));
      }),
      { numRuns: 1000 },
    );
  });
});
