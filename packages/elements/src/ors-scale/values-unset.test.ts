/**
 * A framework that stops passing `values` unsets the property (React 19 sets undefined, Vue undefined
 * or null): the scale keeps the client's marks and throws nothing, since a throw there would unmount
 * the host's whole component tree.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import '../define.js';
import type { OrsScale } from './ors-scale.js';
import { clickLine, record } from '../rating-scale/test-helpers.js';

afterEach(() => resetMouse());

describe('values unset', () => {
  for (const unset of [undefined, null]) {
    it(`keeps the marks when values is set to ${unset}`, async () => {
      const el = await fixture<OrsScale>(html`<ors-scale style="width:600px" .values=${[1, 2, 3, null]}></ors-scale>`);
      await clickLine(el, 3, 0.5);
      const seen = record(el, 'input', 'change');
      el.values = unset as never;
      await el.updateComplete;
      expect(el.values).to.deep.equal([1, 2, 3, 5]);
      expect(el.total).to.equal(11);
      // Unsetting is not the user's doing: no event.
      expect([seen.input!.length, seen.change!.length]).to.deep.equal([0, 0]);
    });
  }
});
