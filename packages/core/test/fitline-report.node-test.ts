// fitline-report as a data team runs it: on an NDJSON export and a CSV file it did not make, on one
// thread and on two, with a bad line, and on a file that is not there. It runs the built command
// (packages/core/bin), as `npx fitline-report` would.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { episodeName, summarizeCaseload } from '../src/index.js';
import type { CaseloadEpisode } from '../src/index.js';
import { toCsv } from '../src/csv/index.js';
import { toObservation, toQuestionnaireResponse } from '../src/fhir/index.js';
import { generateCaseload } from '../src/sample/index.js';

const command = fileURLToPath(new URL('../bin/fitline-report.js', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [command, ...args], { encoding: 'utf8' });

describe('fitline-report', function () {
  this.timeout(60000);
  const folder = mkdtempSync(join(tmpdir(), 'fitline-report-'));
  after(() => rmSync(folder, { recursive: true, force: true }));

  // Without ages (an export has none), so the same episodes summarised directly give the same figures.
  const caseload: CaseloadEpisode[] = generateCaseload(3, 150, { ages: false }).map((e) => ({
    id: episodeName(e.id, 'e1'),
    ratings: e.ratings.map((r, i) => ({ ...r, id: `${e.id}-${i}`, clientId: e.id, episodeId: 'e1' })),
  }));
  const ratings = caseload.flatMap((e) => e.ratings);
  const expected = summarizeCaseload(caseload);
  // Each rating as Fitline writes it, a QuestionnaireResponse and the Observation derived from it, lines interleaved.
  const lines = ratings.flatMap((r) => [JSON.stringify(toQuestionnaireResponse(r)), JSON.stringify(toObservation(r))]);
  lines.splice(101, 0, '{"resourceType": "Patient"', JSON.stringify({ resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: 'urn:x' }));
  const ndjson = join(folder, 'export.ndjson');
  writeFileSync(ndjson, lines.join('\n') + '\n');

  it('lists the riskiest episodes that need attention, 100 by default, and counts them all', () => {
    const json = join(folder, 'summary-top.json');
    expect(run(ndjson, '--json', json, '--attention', '5').status).to.equal(0);
    const { summary } = JSON.parse(readFileSync(json, 'utf8'));
    expect(summary.attention).to.deep.equal(JSON.parse(JSON.stringify(expected.attention.slice(0, 5))));
    expect(summary.needingAttention).to.deep.equal(expected.needingAttention);
  });

  for (const workers of ['1', '2']) {
    it(`summarises an NDJSON export on ${workers} thread(s) as summarizeCaseload does, and names the bad lines`, () => {
      const json = join(folder, `summary-${workers}.json`);
      const result = run(ndjson, '--workers', workers, '--json', json, '--attention', 'all');
      expect(result.status, result.stderr).to.equal(0);
      const written = JSON.parse(readFileSync(json, 'utf8'));
      expect(written.summary).to.deep.equal(JSON.parse(JSON.stringify(expected)));
      expect(written.reading).to.deep.include({ lines: lines.length, ratings: ratings.length, linesNotRead: 2, linesPassedOver: ratings.length });
      expect(result.stdout).to.match(/^Caseload summary of /);
      expect(result.stdout).to.match(new RegExp(`episodes\\s+${expected.episodes}\\n`));
      expect(result.stderr).to.contain('2 lines could not be read').and.contain('line 102: is not JSON').and.contain('line 103: QuestionnaireResponse.questionnaire');
    });
  }

  it('reads a CSV file and writes the figures as CSV', () => {
    const csv = join(folder, 'ratings.csv');
    writeFileSync(csv, toCsv(ratings));
    const out = join(folder, 'figures.csv');
    const result = run(csv, '--csv', out);
    expect(result.status, result.stderr).to.equal(0);
    const figures = Object.fromEntries(readFileSync(out, 'utf8').trim().split('\r\n').slice(1).map((row) => row.split(',')));
    expect(figures).to.include({ episodes: String(expected.episodes), measured: String(expected.measured), recovered: String(expected.byChangeClass.recovered) });
  });

  it('says plainly what is wrong with how it was called or what it was given, and exits 2', () => {
    const missing = run(join(folder, 'nope.ndjson'));
    expect([missing.status, missing.stderr.trim()]).to.deep.equal([2, `fitline-report: cannot read ${join(folder, 'nope.ndjson')}: there is no such file.`]);
    expect(run().stderr).to.contain('name one file to read');
    expect(run(ndjson, '--workers', 'many').stderr).to.contain('--workers must be a whole number');
    expect(run(folder).stderr).to.contain('it is not a file');
    expect(run(ndjson, '--attention', '0').stderr).to.contain('--attention must be a whole number from 1 up, or all');
    expect(run('--help').stdout).to.match(/^Usage: fitline-report/);
  });
});
