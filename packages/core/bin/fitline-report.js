#!/usr/bin/env node
// fitline-report: a caseload summary of a FHIR Bulk Data export (NDJSON) or a CSV of ratings, for a data
// team. Prints the summary as a table, writes it as JSON or CSV on request, shows a progress bar on
// standard error for long files, and says plainly what it could not read. Nothing leaves the machine.
import { stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { summaryFromTally } from '@fitline/core';
import { tallyStore } from '@fitline/core/bulk';
import { readExport } from './read-export.js';

const USAGE = `Usage: fitline-report [options] <export.ndjson | ratings.csv | ->

A caseload summary of the ratings in a FHIR Bulk Data export (NDJSON of QuestionnaireResponses and
Observations) or a Fitline CSV file ('-' reads standard input).

Options:
  --format ndjson|csv   how to read the input (default: from the file name; ndjson for standard input)
  --json FILE           write the summary as JSON to FILE
  --csv FILE            write the summary's figures as CSV to FILE
  --workers N           read an NDJSON file on N threads (default: 1)
  --attention N|all     how many of the episodes that need attention to list, riskiest first (default: 100)
  --no-progress         no progress bar on standard error
  --help                this text`;

/** Exit with a message a person can act on: 2 for how the command was called or what it was given. */
function fail(message) {
  process.stderr.write(`fitline-report: ${message}\n`);
  process.exit(2);
}

// A reader that stops early (`fitline-report x.ndjson | head`) is no error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      json: { type: 'string' },
      csv: { type: 'string' },
      workers: { type: 'string', default: '1' },
      attention: { type: 'string', default: '100' },
      progress: { type: 'boolean', default: true },
      'no-progress': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`);
}
const { values, positionals } = args;
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals.length !== 1) fail(`name one file to read.\n\n${USAGE}`);
const [path] = positionals;
const format = values.format ?? (/\.csv$/i.test(path) ? 'csv' : 'ndjson');
if (!['ndjson', 'csv'].includes(format)) fail(`--format must be ndjson or csv, not "${format}".`);
const workers = Number(values.workers);
if (!Number.isInteger(workers) || workers < 1 || workers > 64) fail(`--workers must be a whole number from 1 to 64, not "${values.workers}".`);

const attentionLimit = values.attention === 'all' ? undefined : Number(values.attention);
if (attentionLimit !== undefined && !(Number.isInteger(attentionLimit) && attentionLimit >= 1)) fail(`--attention must be a whole number from 1 up, or all, not "${values.attention}".`);

let size = 0;
if (path !== '-') {
  try {
    const info = await stat(path);
    if (!info.isFile()) fail(`cannot read ${path}: it is not a file.`);
    size = info.size;
  } catch (error) {
    fail(`cannot read ${path}: ${error.code === 'ENOENT' ? 'there is no such file' : error.code === 'EACCES' ? 'permission denied' : error.message}.`);
  }
}

const showProgress = values.progress && !values['no-progress'] && process.stderr.isTTY && size > 0;
let lastDrawn = 0;
function drawProgress(bytes, force = false) {
  if (!showProgress) return;
  const now = Date.now();
  if (!force && now - lastDrawn < 200) return;
  lastDrawn = now;
  const share = Math.min(1, bytes / size);
  const width = 30;
  const filled = Math.round(share * width);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%  ${(bytes / 1e6).toFixed(1)} of ${(size / 1e6).toFixed(1)} MB`);
}

let read;
try {
  read = await readExport(path, { format, workers, onProgress: (bytes) => drawProgress(bytes) });
} catch (error) {
  if (showProgress) process.stderr.write('\n');
  fail(`cannot read ${path}: ${error.code === 'ENOENT' ? 'there is no such file' : error.message}.`);
}
if (showProgress) {
  drawProgress(size, true);
  process.stderr.write('\n');
}

let summary;
try {
  summary = summaryFromTally(tallyStore(read.store, attentionLimit === undefined ? {} : { attentionLimit }));
} catch (error) {
  // A rule broken within one episode (a rating without a session number on a day no numbered one has).
  fail(`cannot summarise ${path}: ${error.message}`);
}

const n = (value) => (value === null ? '–' : value.toLocaleString('en'));
const pct = (value) => (value === null ? '' : ` (${value}%)`);
const classes = summary.byChangeClass;
const percent = summary.percentByChangeClass;
const { all: needing, critical } = summary.needingAttention;
const basis = summary.effectSizeBasis;
const rows = [
  ['lines read', n(read.lines)],
  ['ratings', n(read.ratings)],
  ['lines not read', n(read.errorCount)],
  ['lines passed over (other resources, derived Observations)', n(read.skipped)],
  ['episodes', n(summary.episodes)],
  ['re-intakes (each a new episode)', n(summary.reintakes)],
  ['measured (two or more client outcome ratings)', n(summary.measured)],
  ['recovered', `${n(classes.recovered)}${pct(percent.recovered)}`],
  ['improved', `${n(classes.improved)}${pct(percent.improved)}`],
  ['no reliable change', `${n(classes['no-change'])}${pct(percent['no-change'])}`],
  ['deteriorated', `${n(classes.deteriorated)}${pct(percent.deteriorated)}`],
  ['started at or above the cutoff', n(summary.startedAtOrAboveCutoff)],
  ['mean intake', summary.meanIntake === null ? '–' : summary.meanIntake.toFixed(1)],
  ['pre-post effect size', summary.effectSize === null ? `none: ${basis.reason === 'too-few-episodes' ? 'too few episodes' : 'intakes too alike'}` : `${summary.effectSize.toFixed(2)} (n ${n(basis.n)}, intake SD ${basis.intakeSd.toFixed(2)})`],
  ['open episodes', n(summary.endings.open)],
  ['ended: planned, unplanned, dropout, unrecorded', ['planned', 'unplanned', 'dropout', 'unrecorded'].map((e) => n(summary.endings[e])).join(', ')],
  ['need attention', `${n(needing)} (${n(critical)} critical)`],
];
const width = Math.max(...rows.map(([label]) => label.length));
process.stdout.write(`Caseload summary of ${path === '-' ? 'standard input' : path}\n\n`);
for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
if (read.errorCount > 0) {
  process.stderr.write(`\n${n(read.errorCount)} ${read.errorCount === 1 ? 'line' : 'lines'} could not be read${read.errorCount > read.errors.length ? `; the first ${read.errors.length}` : ''}:\n`);
  for (const error of read.errors) process.stderr.write(`  ${error.message}\n`);
}

const quote = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
try {
  const reading = { lines: read.lines, ratings: read.ratings, linesNotRead: read.errorCount, linesPassedOver: read.skipped, firstErrors: read.errors };
  if (values.json) await writeFile(values.json, `${JSON.stringify({ source: path, reading, summary }, null, 2)}\n`);
  if (values.csv) {
    const figures = [
      ['lines_read', read.lines],
      ['ratings', read.ratings],
      ['lines_not_read', read.errorCount],
      ['lines_passed_over', read.skipped],
      ['episodes', summary.episodes],
      ['reintakes', summary.reintakes],
      ['measured', summary.measured],
      ...Object.keys(classes).flatMap((c) => [[c, classes[c]], [`${c}_percent`, percent[c]]]),
      ['started_at_or_above_cutoff', summary.startedAtOrAboveCutoff],
      ['mean_intake', summary.meanIntake],
      ['effect_size', summary.effectSize],
      ['effect_size_n', basis.n],
      ['effect_size_intake_sd', basis.intakeSd],
      ['effect_size_reason', basis.reason],
      ...Object.entries(summary.endings).map(([ending, count]) => [`ended_${ending}`, count]),
      ['need_attention', needing],
      ['need_attention_critical', critical],
    ];
    await writeFile(values.csv, `figure,value\r\n${figures.map(([figure, value]) => `${figure},${quote(value === null ? '' : String(value))}`).join('\r\n')}\r\n`);
  }
} catch (error) {
  fail(`cannot write the summary: ${error.message}.`);
}
