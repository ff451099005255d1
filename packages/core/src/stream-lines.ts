/**
 * Text arriving in pieces, as lines: from any async iterable of strings or bytes (a Node stream, a
 * generator) or a web ReadableStream (a fetch body, a File's stream()). Bytes are decoded as UTF-8
 * across chunk boundaries, so a character split between two chunks is read whole. No DOM: TextDecoder
 * is in every engine and in Node.
 */

/**
 * The part of a web ReadableStream a reader uses, declared here: the SDK is checked without the DOM
 * library, and a host's ReadableStream (browser or Node) has this shape.
 */
export interface ReadableStreamLike<T> {
  getReader(): { read(): Promise<{ done: boolean; value?: T }>; releaseLock(): void };
}

// In every engine and in Node, though not in the ES library the SDK is checked against.
declare const TextDecoder: new (label?: string, options?: { ignoreBOM?: boolean }) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

/** What a streamed reader takes: chunks of text or bytes, from an async iterable or a web ReadableStream. */
export type TextSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> | ReadableStreamLike<string | Uint8Array>;

function isReadableStream(source: unknown): source is ReadableStreamLike<string | Uint8Array> {
  return typeof source === 'object' && source !== null && typeof (source as ReadableStreamLike<unknown>).getReader === 'function';
}

/**
 * The source's chunks as text. A ReadableStream is read through its reader (WebKit's streams are not
 * async iterable); a chunk that is neither text nor bytes is refused by a TypeError naming it.
 */
export async function* textChunks(source: TextSource): AsyncGenerator<string> {
  // The byte order mark is kept here and dropped once, by lineBatches, for text and bytes alike: a
  // decoder that dropped it too would take a second one, which is data.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const decode = (chunk: unknown, index: number): string => {
    if (typeof chunk === 'string') return chunk;
    if (chunk instanceof Uint8Array) return decoder.decode(chunk, { stream: true });
    throw new TypeError(`chunk ${index} of the source must be text or bytes (a Uint8Array), not ${chunk === null ? 'null' : typeof chunk}.`);
  };
  let index = 0;
  if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        yield decode(value, index++);
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const chunk of source as AsyncIterable<string | Uint8Array>) yield decode(chunk, index++);
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * The source's lines, without their line breaks (LF or CRLF), in batches: one batch a chunk, so a
 * reader pays one await per chunk rather than per line. A last line without a break is a line too.
 */
export async function* lineBatches(source: TextSource): AsyncGenerator<string[]> {
  let partial = '';
  let first = true;
  for await (let text of textChunks(source)) {
    // A byte order mark at the start is not data (an empty chunk before it is no start).
    if (first && text !== '') {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const lines = (partial + text).split('\n');
    partial = lines.pop()!;
    if (lines.length > 0) yield lines.map(withoutCarriageReturn);
  }
  if (partial) yield [withoutCarriageReturn(partial)];
}

const withoutCarriageReturn = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
