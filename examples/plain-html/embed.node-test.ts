// The README's embed example must work pasted into an empty HTML file beside the bundle: this page
// is that file, and this test keeps the two word for word the same. (Read in Node, since the test
// server rewrites inline scripts when it serves a page.)
import { expect } from 'chai';
import { readFileSync } from 'node:fs';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('the plain-HTML example', () => {
  it("is the README's embed example, word for word", () => {
    const embed = /```html\n([\s\S]*?)```/.exec(read('../../README.md'))?.[1]?.trim();
    const body = /<body>\n([\s\S]*?)\s*<\/body>/.exec(read('./index.html'))?.[1]?.trim();
    expect(embed).to.be.a('string').with.length.above(100);
    expect(body).to.equal(embed);
  });
});
