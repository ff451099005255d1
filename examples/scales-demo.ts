// The scales demo: saved ratings loaded into the review scales, and what the telehealth scale and the
// form would send, shown on the page instead of being sent anywhere.
import '@fitline/elements/define.js';
import { registerLocale } from '@fitline/elements';
// Types from the sources, so checking the examples needs no build.
import type { OrsScale, SrsScale } from '../packages/elements/src/index.js';
// Language modules are separate so a page loads only the ones it needs.
import { de } from '@fitline/elements/locale/de.js';
import { ar } from '@fitline/elements/locale/ar.js';
import { byId } from './dom.js';

registerLocale(de);
registerLocale(ar);

byId<OrsScale>('review-ors').load({ instrument: 'ors', items: [4.2, 5.5, 6.1, 4.8], date: '2026-03-04', mode: 'in-session' });
byId<SrsScale>('review-csrs').load({ instrument: 'csrs', items: [9.1, 8.7, 9.5, 9.0], date: '2026-03-04' });
// A total given by phone: no items, the total alone.
byId<OrsScale>('review-total').load({ instrument: 'ors', items: [], total: 23.4, date: '2026-03-11', mode: 'oral' });
byId<OrsScale>('readonly').values = [3.3, 7.5, 5, 6.2];

byId<SrsScale>('telehealth').addEventListener('fit-submit', (e) => {
  byId('sent').textContent = 'fit-submit: ' + JSON.stringify(e.detail.rating, null, 1);
});

const form = byId<HTMLFormElement>('form');
form.addEventListener('submit', (e) => {
  e.preventDefault();
  byId('form-data').textContent = [...new FormData(form)].map(([k, v]) => `${k} = ${String(v)}`).join('\n');
});
form.addEventListener('reset', () => (byId('form-data').textContent = ''));
