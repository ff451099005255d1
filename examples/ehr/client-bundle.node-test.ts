// client-bundle.json is what build-bundles.ts makes, so the README's account of it stays true; and
// it holds the one bad entry the page is meant to report, at the index the page's test expects.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { readBundle } from '@fitline/core/fhir';
import { BAD_ENTRY_INDEX, clientBundle } from './build-bundles.js';

const file = JSON.parse(readFileSync(new URL('./client-bundle.json', import.meta.url), 'utf8'));

describe('the EHR example: client-bundle.json', () => {
  it('is the Bundle build-bundles.ts makes (run make-bundles.js after changing it)', () => {
    expect(file).to.deep.equal(clientBundle());
  });

  it('has exactly one bad entry, at BAD_ENTRY_INDEX, and keeps every other response', () => {
    const { ratings, errors } = readBundle(file);
    expect(errors.map((e) => e.index)).to.deep.equal([BAD_ENTRY_INDEX]);
    const responses = file.entry.filter((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'QuestionnaireResponse');
    expect(ratings).to.have.length(responses.length - 1);
  });
});
