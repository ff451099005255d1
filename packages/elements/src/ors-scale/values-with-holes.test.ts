/**
 * `values` with holes (`new Array(4)`, `[, 5, 5, 5]`) is refused like any invalid list: a FitlineError
 * naming the item, the previous values kept. Read as it was, a host clearing a scale with
 * `el.values = new Array(4)` got a "complete" scale with a total of NaN, which its submit button sent.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { OrsScale } from '../ors-scale/ors-scale.js';
import { catchError, record } from '../rating-scale/test-helpers.js';

describe('values with holes', () => {
  it('refuses an array with a hole, naming the item, and keeps the previous values', async () => {
    const el = await fixture<OrsScale>(html`<ors-scale style="width:600px"></ors-scale>`);
    el.values = [1, 2, 3, 4];
    // eslint-disable-next-line no-sparse-arrays
    const error = catchError(() => (el.values = [, 5, 5, 5] as unknown as number[]));
    expect([error.name, error.field]).to.deep.equal(['FitlineError', 'values[0]']);
    expect([el.values, el.total]).to.deep.equal([[1, 2, 3, 4], 10]);
  });

  it('an all-holes array (new Array(4)) never makes the scale complete or sends NaN', async () => {
    const el = await fixture<OrsScale>(html`<ors-scale submit-label="Send" style="width:600px"></ors-scale>`);
    const seen = record(el, 'fit-submit');
    try {
      el.values = new Array(4);
    } catch {
      // Refusing it is the contract; accepting it as four unmarked lines would be fine too.
    }
    await el.updateComplete;
    expect([el.complete, el.total, el.rating]).to.deep.equal([false, null, null]);
    el.shadowRoot!.querySelector('button')!.click();
    expect(seen['fit-submit']).to.have.length(0);
  });
});
