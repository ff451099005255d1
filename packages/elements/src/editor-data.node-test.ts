// What an editor offers for each attribute: VS Code's HTML custom data and JetBrains web-types, which
// `npm run build` generates (packages/internal-scripts/framework-types.js). An attribute with a closed
// set of values must offer exactly the values the element accepts, never the name of a type
// (`ScaleMode`) or a bare `string`; an open one (a name, a date) offers none.
// Node only: it reads the generated files.
import { expect } from 'chai';
import { describe, it } from 'mocha';
import { readFileSync } from 'node:fs';
import { MODES, RATERS } from '@fitline/core';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../dist/frameworks/${name}`, import.meta.url), 'utf8'));

const SCALE_SETS = {
  mode: ['client', 'clinician', 'review'],
  entry: ['items', 'total'],
  rater: [...RATERS],
  administration: [...MODES],
  'read-aloud': ['auto', 'on', 'off'],
};
const CLOSED: Record<string, Record<string, string[]>> = {
  'ors-scale': { variant: ['adult', 'child', 'young-child'], ...SCALE_SETS },
  'srs-scale': { variant: ['adult', 'child', 'young-child', 'group'], ...SCALE_SETS },
  'fit-chart': {},
};

interface VsCodeTag {
  name: string;
  attributes: { name: string; values?: { name: string }[] }[];
}
interface WebTypesTag {
  name: string;
  attributes: { name: string; value?: { type?: string } }[];
  js: { properties: { name: string; type?: string }[] };
}

/** `'a' | 'b'` as the list a, b. */
const literals = (type: string | undefined) => (type?.includes("'") ? type.split('|').map((part) => part.trim().replace(/^'|'$/g, '')) : []);

describe('editor data for the elements', () => {
  it('VS Code offers each closed set of values and nothing for open attributes', () => {
    const tags: VsCodeTag[] = read('vscode.html-custom-data.json').tags;
    expect(tags.map((t) => t.name).sort()).to.deep.equal(Object.keys(CLOSED).sort());
    for (const tag of tags) {
      const offered = Object.fromEntries(tag.attributes.filter((a) => a.values?.length).map((a) => [a.name, a.values!.map((v) => v.name)]));
      expect(offered, tag.name).to.deep.equal(CLOSED[tag.name]);
    }
  });

  it('web-types give the same sets, for attributes and for the properties behind them', () => {
    const tags: WebTypesTag[] = read('web-types.json').contributions.html.elements;
    for (const tag of tags) {
      const attributes = Object.fromEntries(tag.attributes.filter((a) => literals(a.value?.type).length).map((a) => [a.name, literals(a.value?.type)]));
      expect(attributes, tag.name).to.deep.equal(CLOSED[tag.name]);
      const variant = tag.js.properties.find((p) => p.name === 'variant');
      if (tag.name !== 'fit-chart') expect(literals(variant?.type), `${tag.name}.variant`).to.deep.equal(CLOSED[tag.name]!.variant);
    }
  });
});
