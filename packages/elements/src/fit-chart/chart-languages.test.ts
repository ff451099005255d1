// The chart speaks the page's language (issue 13.1): summary, readout, legend, axis titles, table,
// buttons, alerts and conversation prompts, through the same registerLocale as the scales, with
// numbers and dates through Intl; Arabic right to left, its summary in its own direction. A
// registered language cannot be unregistered, so the page that never registers one comes first.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { summarizeEpisode, wordAlert } from '@fitline/core';
import { alertTextsDe } from '@fitline/core/alert-texts/de';
import './define.js';
import type { FitChart } from './fit-chart.js';
import { registerLocale } from '../locale/strings.js';
import { de } from '../locale/de.js';
import { nb } from '../locale/nb.js';
import { ar } from '../locale/ar.js';
import { EPISODE, ORS_ITEMS, ors, painted, paintedTexts, srs } from './chart-test-helpers.js';

/** An SRS of 30 at session 6: alliance-low, alliance-drop and alliance-item-low there. */
const WITH_ALERTS = [...EPISODE.slice(0, 10), ors(6, ORS_ITEMS[5]!), srs(6, [7, 7, 8, 8])];

const $ = (el: FitChart, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: FitChart, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const base = (el: FitChart) => $(el, '[part~="base"]');

async function chartIn(lang: string, ratings = EPISODE, dir = 'ltr'): Promise<FitChart> {
  const host = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir}><fit-chart style="width: 640px" .ratings=${ratings}></fit-chart></div>`);
  const el = host.querySelector('fit-chart')!;
  await painted(el);
  return el;
}

const isChromium = navigator.userAgent.includes('Chrome/');
interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}
const flat = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flat)];

describe('the chart on a page whose language is not registered', () => {
  it('stays English, marked as English, on a German page', async () => {
    const el = await chartIn('de');
    expect(base(el).getAttribute('lang')).to.equal('en');
    expect(el.summary).to.match(/^Intake 17\.3, latest 24\.1 at session 6/);
    expect(words($(el, '.actions button'))).to.equal('Show data table');
  });

  it('keeps its English summary left to right on an Arabic page, so its punctuation does not flip', async () => {
    const el = await chartIn('ar', EPISODE, 'rtl');
    expect(base(el).getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle($(el, '.summary')).direction).to.equal('ltr');
  });
});

describe('the chart in German', () => {
  before(() => registerLocale(de));

  it('says its summary, legend and buttons in German, with German numbers', async () => {
    const el = await chartIn('de');
    expect(base(el).getAttribute('lang')).to.equal('de');
    expect(el.summary).to.equal(
      'Aufnahme 17,3, zuletzt 24,1 in Sitzung 6: reliable Verbesserung, noch nicht über dem klinischen Grenzwert von 25. Beziehung zuletzt 39,4, auf oder über dem Grenzwert der Beziehung von 36.',
    );
    expect($$(el, '.legend li').map(words)).to.deep.equal(['ORS (Ergebnis)', 'SRS (Beziehung)', 'Grenzwert 25', 'Grenzwert Beziehung 36']);
    expect($(el, '.legend').getAttribute('aria-label')).to.equal('Legende');
    expect($(el, '.plot').getAttribute('aria-label')).to.match(/^Ergebnis- und Beziehungssummen nach Sitzung\./);
    expect(words($(el, 'details.how summary'))).to.equal('So lesen Sie dieses Diagramm');
    expect($$(el, 'details.how li').map(words)[1]).to.equal(
      'Die gestrichelte Linie bei 25 ist der klinische Grenzwert: Ergebnissummen darunter sind typisch für Menschen, die Hilfe suchen.',
    );
    expect(words($(el, '[part="hint"]'))).to.equal('Im Diagramm wechseln die Pfeiltasten, Pos1 und Ende zwischen den Sitzungen.');
    await expect(el).to.be.accessible();
  });

  it('paints its axis titles and cutoff labels in German', async () => {
    const texts = [...(await paintedTexts(() => chartIn('de'))).keys()];
    expect(texts).to.include.members(['Sitzung', 'Summe (0 bis 40)', 'Grenzwert 25', 'Grenzwert Beziehung 36']);
  });

  it('reads a session out in German, with its date in German, when the keys move to it', async () => {
    const el = await chartIn('de');
    $(el, '.plot').focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(words($(el, '.readout'))).to.equal(
      'Sitzung 1, 05.01.2026' +
        'ORS (Ergebnis): Summe 17,3 (Items 4,2; 5,1; 3,3; 4,7), Veränderung seit Aufnahme 0,0' +
        'SRS (Beziehung): Summe 36,6 (Items 9,0; 9,1; 9,2; 9,3), Veränderung seit Aufnahme 0,0',
    );
  });

  it('shows its data table with German heads, dates and numbers', async () => {
    const el = await chartIn('de');
    const button = $(el, '.actions button');
    expect(words(button)).to.equal('Datentabelle anzeigen');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(words(button)).to.equal('Datentabelle ausblenden');
    expect(words($(el, 'caption'))).to.equal('Im Diagramm gezeigte Einschätzungen');
    expect($$(el, 'th').map(words)).to.deep.equal(['Sitzung ▲', 'Datum', 'Instrument', 'Eingeschätzt von', 'Item 1', 'Item 2', 'Item 3', 'Item 4', 'Summe', 'Veränderung seit Aufnahme']);
    const last = $$(el, 'tbody tr').at(-2)!;
    expect([...last.children].map(words)).to.deep.equal(['6', '09.02.2026', 'ORS', 'Klient:in', '6,1', '6,0', '6,0', '6,0', '24,1', '+6,8']);
    await expect(el).to.be.accessible();
  });

  it('words the alerts and the conversation prompts in German, as the core words them', async () => {
    const el = await chartIn('de', WITH_ALERTS);
    const alerts = summarizeEpisode(WITH_ALERTS).alerts.map((a) => ({ ...a, ...wordAlert(a, alertTextsDe) }));
    expect(el.summary).to.contain('3 Warnsignale.');
    expect(words($(el, '.readout'))).to.contain('Warnsignal: SRS-Summe 30 in Sitzung 6 liegt unter 36.');
    for (const alert of alerts) expect(words($(el, '.readout'))).to.contain(alert.message);
    const button = $$(el, '.actions button').find((b) => words(b) === 'Gesprächsimpulse anzeigen')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, '#prompts li').map(words)).to.deep.equal(alerts.map((a) => a.prompt));
    expect($$(el, '#prompts li')[0]!.textContent).to.match(/^Danke, dass Sie so offen sagen/);
    expect(words($(el, 'details.alerts summary'))).to.equal('Alle Warnsignale dieser Episode (3)');
    expect($$(el, 'details.alerts li:first-child p').map(words)).to.deep.equal(['Sitzung 6: Warnsignal: SRS-Summe 30 in Sitzung 6 liegt unter 36.', `Gesprächsimpuls: ${alerts[0]!.prompt}`]);
    $(el, '.plot').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(words($(el, '[role="status"]'))).to.equal('Sitzung 6: ORS (Ergebnis) 24,1; SRS (Beziehung) 30,0. 3 Warnsignale.');
    await expect(el).to.be.accessible();
  });

  it('names its buttons in German, in the accessibility tree where the runner can read it (Chromium)', async () => {
    const el = await chartIn('de', WITH_ALERTS);
    const expected = ['Datentabelle anzeigen', 'Gesprächsimpulse anzeigen', 'Daten herunterladen (CSV)'];
    expect($$(el, '.actions button').map(words)).to.deep.equal(expected);
    if (isChromium) {
      const names = flat((await a11ySnapshot({})) as unknown as AxNode)
        .filter((n) => n.role === 'button')
        .map((n) => n.name);
      expect(names).to.include.members(expected);
    }
  });
});

describe('the chart in Norwegian', () => {
  before(() => registerLocale(nb));

  it('speaks Norwegian on a page marked `no`, with Norwegian numbers and buttons', async () => {
    const el = await chartIn('no');
    expect(base(el).getAttribute('lang')).to.equal('nb');
    expect(el.summary).to.match(/^Oppstart 17,3, sist 24,1 i time 6: reliabel bedring, ennå ikke over den kliniske grensen på 25\./);
    expect(words($(el, '.actions button'))).to.equal('Vis datatabell');
    expect(words($(el, 'details.how summary'))).to.equal('Slik leser du diagrammet');
    expect(words($(el, '[part="hint"]'))).to.equal('I diagrammet flytter piltastene, Home og End mellom timene.');
    expect(words($$(el, '.actions button').at(-1)!)).to.equal('Last ned data (CSV)');
    await expect(el).to.be.accessible();
  });

  it('words the alerts and prompts in Norwegian', async () => {
    const el = await chartIn('nb', WITH_ALERTS);
    expect(el.summary).to.contain('3 varsler.');
    expect(words($(el, '.readout'))).to.contain('Varsel: SRS-sum 30 i time 6 er under 36.');
    $$(el, '.actions button')[1]!.click();
    await el.updateComplete;
    expect(words($$(el, '#prompts li')[0]!)).to.match(/^Takk for at du er ærlig/);
  });

  it('switches language when the page does, keeping its data', async () => {
    const el = await chartIn('de');
    expect(el.summary).to.match(/^Aufnahme/);
    el.parentElement!.setAttribute('lang', 'nb');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.summary).to.match(/^Oppstart 17,3/);
    expect(base(el).getAttribute('lang')).to.equal('nb');
  });
});

describe('the chart in Arabic', () => {
  before(() => registerLocale(ar));

  it('is right to left, its summary in Arabic in its own direction, its numbers as Intl writes them in Arabic', async () => {
    const el = await chartIn('ar', EPISODE, 'rtl');
    const tenths = new Intl.NumberFormat('ar', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(base(el).getAttribute('lang')).to.equal('ar');
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '.summary')).direction).to.equal('rtl');
    expect(el.summary.startsWith(`قيمة البدء ${tenths.format(17.3)}، وآخر قيمة ${tenths.format(24.1)} في الجلسة`)).to.equal(true);
    expect(words($(el, '.actions button'))).to.equal('إظهار جدول البيانات');
    expect(words($(el, 'details.how summary'))).to.equal('كيف تقرأ هذا الرسم البياني');
    expect(words($$(el, '.actions button').at(-1)!)).to.equal('تنزيل البيانات (CSV)');
    // Sessions still run left to right on the plot, as its axis numbers do.
    expect(getComputedStyle($(el, '.plot')).direction).to.equal('ltr');
    await expect(el).to.be.accessible();
  });

  it('words the alerts and prompts in Arabic', async () => {
    const el = await chartIn('ar', WITH_ALERTS, 'rtl');
    expect(words($(el, '.readout'))).to.contain('تنبيه: مجموع SRS');
    $$(el, '.actions button')[1]!.click();
    await el.updateComplete;
    expect(words($$(el, '#prompts li')[0]!)).to.match(/^شكرًا على صراحتك/);
  });
});
