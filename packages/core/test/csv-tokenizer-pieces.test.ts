// The CSV tokenizer fed text in pieces, as a stream gives it: whatever the cut, and wherever a quote,
// a doubled quote, a CRLF or a byte order mark falls, the records are those of the text read whole,
// here written out by hand (comparing with the tokenizer read whole would pass a fault both share).
import { expect } from 'chai';
import { CsvTokenizer, tokenizeCsv } from '../src/csv/tokenize-csv.js';
import type { CsvTokens } from '../src/csv/tokenize-csv.js';

/** The text in pieces cut at `cuts` (offsets in order), through one tokenizer. */
function inPieces(text: string, cuts: number[]): CsvTokens {
  const tokenizer = new CsvTokenizer();
  const records = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    records.push(...tokenizer.push(text.slice(from, cut)));
    from = cut;
  }
  const last = tokenizer.end();
  return { records: [...records, ...last.records], unclosedQuoteLine: last.unclosedQuoteLine };
}

/** Every way to cut `text` once and twice, each checked against `expected`. */
function everyCut(text: string, expected: CsvTokens): void {
  expect(tokenizeCsv(text), 'whole').to.deep.equal(expected);
  for (let a = 0; a <= text.length; a++) {
    expect(inPieces(text, [a]), `cut at ${a}`).to.deep.equal(expected);
    for (let b = a; b <= text.length; b++) expect(inPieces(text, [a, b]), `cut at ${a} and ${b}`).to.deep.equal(expected);
  }
}

describe('the CSV tokenizer in pieces', () => {
  it('a byte order mark, quoted commas, doubled quotes, a quoted line break, CRLF and a blank line', () => {
    everyCut('\ufeffa,"b,""c"""\r\n"x\ny",\r\n\r\nlast', {
      records: [
        { line: 1, fields: ['a', 'b,"c"'] },
        { line: 2, fields: ['x\ny', ''] },
        { line: 5, fields: ['last'] },
      ],
      unclosedQuoteLine: null,
    });
  });

  it('a lone CR ends a record too, and a CR at the very end ends the last', () => {
    everyCut('a\rb\r', { records: [{ line: 1, fields: ['a'] }, { line: 2, fields: ['b'] }], unclosedQuoteLine: null });
  });

  it('a quoted field that closes at the very end, and one of two quotes only', () => {
    everyCut('"a""",""', { records: [{ line: 1, fields: ['a"', ''] }], unclosedQuoteLine: null });
  });

  it('a byte order mark only at the start: a second is data', () => {
    everyCut('\ufeff\ufeffa', { records: [{ line: 1, fields: ['\ufeffa'] }], unclosedQuoteLine: null });
  });

  it('a quote that never closes is named by the line it opened on, its record not given', () => {
    everyCut('h\n"open,\nmore', { records: [{ line: 1, fields: ['h'] }], unclosedQuoteLine: 2 });
  });

  it('a trailing comma gives an empty last field; an empty text gives nothing', () => {
    everyCut('a,', { records: [{ line: 1, fields: ['a', ''] }], unclosedQuoteLine: null });
    everyCut('', { records: [], unclosedQuoteLine: null });
  });
});
