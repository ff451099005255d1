// Text arriving in pieces read as lines (stream-lines.ts), as a file upload, a fetch body or a Node
// stream delivers it: lines split across chunks, characters split across bytes, CRLF, a byte order
// mark, and chunks of the wrong kind refused by their place in the source.
import { expect } from 'chai';
import fc from 'fast-check';
import { lineBatches, textChunks } from '../src/stream-lines.js';
import type { TextSource } from '../src/stream-lines.js';

// In every engine and in Node, though not in the ES library the SDK and its tests are checked against.
interface WebStream {
  readonly locked: boolean;
}
const web = globalThis as unknown as {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  ReadableStream: new (source: { start(controller: { enqueue(chunk: unknown): void; close(): void }): void }) => WebStream;
};
const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new web.TextEncoder().encode(text);

async function batchesOf(source: TextSource): Promise<string[][]> {
  const batches: string[][] = [];
  for await (const batch of lineBatches(source)) batches.push(batch);
  return batches;
}

async function refusal(source: TextSource): Promise<string> {
  try {
    await batchesOf(source);
  } catch (error) {
    expect(error).to.be.instanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error('the source was read without a refusal');
}

/** A web ReadableStream of `chunks`; `locked` says whether a reader still holds it. */
function readable(chunks: unknown[]) {
  const stream = new web.ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  return stream as unknown as TextSource & WebStream;
}

describe('lineBatches', () => {
  it('gives one batch a chunk, a line split across chunks whole, and the last line without a break', async () => {
    expect(await batchesOf(['a\nb', 'c\r\nd\n', '', 'e'])).to.deep.equal([['a'], ['bc', 'd'], ['e']]);
  });

  it('gives no batch for a chunk that ends no line, and none at all for no text', async () => {
    expect(await batchesOf(['ab', 'cd'])).to.deep.equal([['abcd']]);
    expect(await batchesOf([])).to.deep.equal([]);
    expect(await batchesOf(['', ''])).to.deep.equal([]);
  });

  it('takes off one carriage return at the end of a line, and keeps one inside it', async () => {
    expect(await batchesOf(['a\r\n', 'b\rc\n', 'd\r\r\n', 'last\r'])).to.deep.equal([['a'], ['b\rc'], ['d\r'], ['last']]);
  });

  it("drops a byte order mark at the very start only, whether text or bytes", async () => {
    expect(await batchesOf(['\ufeffa\n', '\ufeffb\n'])).to.deep.equal([['a'], ['\ufeffb']]);
    expect(await batchesOf([bytes(0xef, 0xbb, 0xbf, 0x61, 0x0a)])).to.deep.equal([['a']]);
    // Only one: a second is data. An empty chunk before the first is no start.
    expect(await batchesOf([bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61)])).to.deep.equal([['\ufeffa']]);
    expect(await batchesOf(['', '\ufeff', '\ufeffa'])).to.deep.equal([['\ufeffa']]);
  });

  it('reads a character split between two chunks of bytes whole, and a broken one at the end as U+FFFD', async () => {
    // é is C3 A9, € is E2 82 AC.
    expect(await batchesOf([bytes(0x61, 0xc3), bytes(0xa9, 0x0a, 0xe2, 0x82), bytes(0xac)])).to.deep.equal([['aé'], ['€']]);
    expect(await batchesOf([bytes(0x61, 0x62, 0xe2, 0x82)])).to.deep.equal([['ab\ufffd']]);
  });

  it('reads a web ReadableStream through its reader, and lets go of the reader after', async () => {
    const stream = readable(['ors,1\n', utf8('srs,2\n')]);
    expect(await batchesOf(stream)).to.deep.equal([['ors,1'], ['srs,2']]);
    expect(stream.locked).to.equal(false);
  });

  it("reads a stream that has a reader and is not async iterable, as WebKit's are", async () => {
    const chunks = ['a\n', utf8('b')];
    let released = false;
    const readerOnly = {
      getReader: () => ({
        read: async () => (chunks.length ? { done: false, value: chunks.shift() } : { done: true }),
        releaseLock: () => (released = true),
      }),
    };
    expect(await batchesOf(readerOnly as TextSource)).to.deep.equal([['a'], ['b']]);
    expect(released).to.equal(true);
  });

  it('reads an async generator and a plain list alike', async () => {
    async function* slowly() {
      yield 'x\n';
      yield utf8('y');
    }
    expect(await batchesOf(slowly())).to.deep.equal([['x'], ['y']]);
    expect(await batchesOf(['x\n', utf8('y')])).to.deep.equal([['x'], ['y']]);
  });

  it('refuses a chunk that is neither text nor bytes by its index, in a list and in a stream, and lets go of the reader', async () => {
    expect(await refusal(['a\n', 7 as never])).to.equal('chunk 1 of the source must be text or bytes (a Uint8Array), not number.');
    expect(await refusal([null as never])).to.equal('chunk 0 of the source must be text or bytes (a Uint8Array), not null.');
    const stream = readable(['a\n', 'b\n', { length: 1 }]);
    expect(await refusal(stream)).to.equal('chunk 2 of the source must be text or bytes (a Uint8Array), not object.');
    expect(stream.locked).to.equal(false);
    // An ArrayBuffer is bytes, but not in a view a decoder is given here: refused, never read as text.
    expect(await refusal([new ArrayBuffer(2) as never])).to.match(/^chunk 0 .* not object\.$/);
  });

  it('property: however the text is cut into chunks, of text or of bytes, the lines are those of the whole', async () => {
    const text = fc.array(fc.oneof(fc.string(), fc.constantFrom('\n', '\r\n', 'é', '€', '😀', '\ufeff')), { maxLength: 30 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 8 }), fc.boolean(), async (whole, cuts, asBytes) => {
        const data = asBytes ? utf8(whole) : whole;
        const at = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((from, i, all) => data.slice(from, all[i + 1] ?? data.length));
        const expected = whole === '' ? [] : whole.replace(/^\ufeff/, '').split('\n');
        if (expected.at(-1) === '') expected.pop();
        const lines = (await batchesOf(chunks as TextSource)).flat();
        expect(lines).to.deep.equal(expected.map((line) => line.replace(/\r$/, '')));
      }),
      { numRuns: 300 },
    );
  });
});

describe('textChunks', () => {
  it('gives text chunks as they are, and bytes decoded with what a split character left', async () => {
    const chunks: string[] = [];
    for await (const chunk of textChunks([bytes(0xc3), 'plain', bytes(0xa9)])) chunks.push(chunk);
    // The C3 waits in the decoder; the string in between is passed as it is.
    expect(chunks).to.deep.equal(['', 'plain', 'é']);
  });
});
