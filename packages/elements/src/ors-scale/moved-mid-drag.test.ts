/**
 * A scale moved in the DOM while the client's button is down ends the drag when the button is let go,
 * even outside it: later movement over the line with no button pressed moves nothing. (WebKit never
 * tells the moved scale of that release; a move without a button down ends the drag instead.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../define.js';
import { pointOnLine, record } from '../rating-scale/test-helpers.js';

afterEach(() => resetMouse());

describe('moved mid-drag', () => {
  it('after the button is let go, hovering over the line moves nothing', async () => {
    const host = await fixture<HTMLElement>(html`<div><div id="a"><ors-scale style="width:600px"></ors-scale></div><div id="b"></div></div>`);
    const el = host.querySelector('ors-scale')!;
    await el.updateComplete;
    await sendMouse({ type: 'move', position: pointOnLine(el, 0, 0.2) });
    await sendMouse({ type: 'down' });
    // A host re-orders its layout (a framework moving a keyed node) while the button is down.
    host.querySelector('#b')!.append(el);
    await el.updateComplete;
    // Let go beside the scale (it is 600 px wide, the window wider).
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.right + 50), Math.round(box.top + 10)] });
    await sendMouse({ type: 'up' });
    const settled = el.values[0];
    const seen = record(el, 'input', 'change');
    await sendMouse({ type: 'move', position: pointOnLine(el, 0, 0.9) });
    await sendMouse({ type: 'move', position: pointOnLine(el, 0, 0.7) });
    expect([el.values[0], seen.input!.length]).to.deep.equal([settled, 0]);
  });
});
