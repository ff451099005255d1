// The EHR example, used as a person would. The client's page: the chart's summary, the conversation
// prompts after pressing the chart's button, and the one bad entry of the Bundle reported by its index
// while the others are charted. The caseload page: the clients to see first on top, in attention order,
// from the Bundle and from the test run's FHIR server alike.
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse } from '@web/test-runner-commands';
import { ILLUSTRATIVE_TRAJECTORY, summarizeCaseload } from '@fitline/core';
import { readBundle } from '@fitline/core/fhir';
import { axeViolations, clickIn, openExample, removeFrames } from '../example-frame-test-helpers.js';
import type { FrameWindow } from '../example-frame-test-helpers.js';
import { useOwnFhirServer } from '../fhir/sandbox-test-helpers.js';
import { BAD_ENTRY_INDEX } from './build-bundles.js';

type Chart = HTMLElement & { updateComplete: Promise<unknown>; ratings: unknown[] };

describe('the EHR example', () => {
  afterEach(async () => {
    removeFrames();
    await resetMouse();
  });

  it("the client's page: the summary, the prompts on request, and the bad entry reported by its index", async () => {
    const { frame, doc } = await openExample('/examples/ehr/client.html', ['fit-chart']);
    const chart = doc.querySelector('fit-chart') as Chart;
    await waitUntil(() => chart.ratings.length > 0, 'the Bundle is read');
    await chart.updateComplete;

    const bundle = await (await fetch('/examples/ehr/client-bundle.json')).json();
    const responses = bundle.entry.filter((e: { resource: { resourceType: string } }) => e.resource.resourceType === 'QuestionnaireResponse');
    const read = doc.querySelector('#read')!;
    expect(read.querySelector('p')!.textContent).to.equal(`client-0042, age 34 at intake: ${responses.length - 1} ratings read.`);
    const bad = [...read.querySelectorAll('li')];
    expect(bad).to.have.length(1);
    expect(bad[0]!.textContent).to.equal(
      `entry[${BAD_ENTRY_INDEX}]: QuestionnaireResponse.item[relationship] must be a whole number of millimetres from 0 to 100, not 107.`,
    );
    expect(chart.ratings).to.have.length(responses.length - 1);

    const summary = chart.shadowRoot!.querySelector('[part="summary"]')!.textContent!.trim();
    expect(summary).to.match(/^Intake 21\.5, latest 20\.5 at session 8: no reliable change, below the cutoff of 25\. Not on track/);

    const prompts = chart.shadowRoot!.querySelector('[part="prompts"]') as HTMLElement;
    expect(prompts.hidden).to.equal(true);
    const button = [...chart.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('conversation prompts'))!;
    await clickIn(frame, button);
    await chart.updateComplete;
    expect(prompts.hidden).to.equal(false);
    expect(prompts.getBoundingClientRect().height).to.be.above(0);
    expect(prompts.textContent).to.contain('things have not changed as much as we hoped');
  });

  it('the caseload page: one row per client, those with alerts first, in the order of the attention list', async () => {
    const { doc, win } = await openExample('/examples/ehr/caseload.html', ['fit-chart']);
    await waitUntil(() => doc.querySelectorAll('table.caseload tbody tr').length > 0, 'the caseload is shown');
    const rows = [...doc.querySelectorAll('table.caseload tbody tr')].map((tr) => [...tr.querySelectorAll('td')]);
    const ids = rows.map((cells) => cells[0]!.textContent);
    const flagged = rows.map((cells) => cells[4]!.textContent !== '');
    expect(ids).to.have.length(10);
    expect(new Set(ids).size).to.equal(10);
    // Every client with alerts above every client without.
    expect(flagged.indexOf(false)).to.equal(flagged.lastIndexOf(true) + 1);

    // The attention list, worked out here from the same Bundle, orders the flagged rows.
    const { caseloadBundle } = await import('./build-bundles.js');
    const { ratings } = readBundle(caseloadBundle());
    const ages = new Map(rows.map((cells) => [cells[0]!.textContent!, Number(cells[1]!.textContent)]));
    const episodes = [...new Set(ratings.map((r) => r.clientId!))].map((id) => ({ id, age: ages.get(id)!, ratings: ratings.filter((r) => r.clientId === id) }));
    const attention = summarizeCaseload(episodes, { trajectory: ILLUSTRATIVE_TRAJECTORY }).attention;
    expect(attention.length).to.be.within(2, 9);
    expect(ids.slice(0, attention.length)).to.deep.equal(attention.map((a) => a.id));
    expect(rows[0]![4]!.textContent).to.equal(attention[0]!.alerts.map((a) => a.code.replace(/-/g, ' ')).join(', '));

    // Each compact chart is named by its summary.
    const chart = rows[0]![2]!.querySelector('fit-chart') as Chart;
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('[role="img"]')!.getAttribute('aria-label')).to.match(/^Intake /);
    expect(win.document.querySelector('#totals')!.textContent).to.contain(`${attention.length} need attention.`);
  });

  it('the caseload page reads the same clients from the FHIR server, when asked to', async function () {
    this.timeout(20000);
    await useOwnFhirServer();
    const rowsOf = (doc: Document) => [...doc.querySelectorAll('table.caseload tbody tr')].map((tr) => [...tr.querySelectorAll('td')].filter((_, i) => i !== 2).map((td) => td.textContent));
    const { frame, doc } = await openExample('/examples/ehr/caseload.html', ['fit-chart']);
    await waitUntil(() => doc.querySelectorAll('table.caseload tbody tr').length > 0, 'the caseload is shown');
    const fromBundle = rowsOf(doc);
    expect(doc.querySelector('#source')!.textContent).to.equal('Read from a FHIR Bundle made in this page.');

    await clickIn(frame, [...doc.querySelectorAll('a')].find((a) => a.textContent === 'the FHIR server')!);
    await waitUntil(() => frame.contentWindow!.location.search === '?source=fhir' && frame.contentDocument!.querySelectorAll('table.caseload tbody tr').length > 0, 'the caseload is read from the server', { timeout: 15000 });
    const server = frame.contentDocument!;
    expect(server.querySelector('#source')!.textContent).to.equal("Read from the sandbox EHR's FHIR server.");
    // The server holds the same ten clients, and the telehealth visit's client besides.
    const fromServer = rowsOf(server);
    expect(fromServer.map((row) => row[0]).sort()).to.deep.equal([...fromBundle.map((row) => row[0]), 'client-0011'].sort());
    expect(fromServer.filter((row) => row[0] !== 'client-0011')).to.deep.equal(fromBundle);
    expect(await axeViolations(frame.contentWindow as FrameWindow)).to.deep.equal([]);
  });
});
