// The chart's words are plain (Chartability 13): the terms the summary and the alerts use, "reliable
// change" and "on track", are explained in "How to read this chart", and each part a reader meets
// (the summary, how to read it, the readout, every alert and its prompt, the hint and the buttons)
// scores at most grade 9 on the Flesch–Kincaid scale, syllables counted by `syllable`. A formula
// counts long words and long sentences, not meaning: it guards against drift into jargon, and a
// clinician's review of the wording is still wanted (docs/languages.md). English: the formula is
// English's; the translations follow its sentences.
import { expect } from 'chai';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { ILLUSTRATIVE_TRAJECTORY } from '@fitline/core';
import type { Rating } from '@fitline/core';
import { buildChartModel } from './chart-model.js';
import { chartText } from './chart-text.js';
import { chartEn } from './chart-strings.js';
import { pointDescription } from './chart-templates.js';
import { howToReadLines } from './how-to-read.js';
import { WITH_ALERTS, ors } from './episode-test-helpers.js';

/** The highest grade any part may score: a ninth-grader, about 14 years old, reads it. */
const HIGHEST_GRADE = 9;

/** A reliable worsening since intake: the critical alert and its risk-review prompt. */
const WORSENING: Rating[] = [ors(1, [6, 6, 6, 6]), ors(2, [5, 5, 5, 5]), ors(3, [4, 4, 4, 4])];

/** The Flesch–Kincaid grade of a passage. */
function grade(passage: string[]): number {
  const sentences = passage.flatMap((line) => line.split(/(?<=[.:;!?])\s+/)).filter((s) => /\p{L}/u.test(s));
  // Words as a reader says them: "ORS" is three letters, a number one word of about two syllables.
  const words = sentences.flatMap((s) => s.split(/[\s/]+/)).map((w) => w.replace(/[^\p{L}\p{N}'-]/gu, '')).filter(Boolean);
  const syllables = words.reduce((sum, w) => sum + (/^[A-Z]{2,}$/.test(w) ? w.length : /\d/.test(w) ? 2 : syllable(w)), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

const text = chartText(chartEn);
const model = (ratings: Rating[], withBand = true) => buildChartModel({ ratings, trajectory: withBand ? ILLUSTRATIVE_TRAJECTORY : undefined }, text);

describe('the chart in plain words', () => {
  it('explains "reliable change" with its size, and "on track", where the chart uses them', () => {
    const how = howToReadLines(model(WITH_ALERTS));
    expect(how).to.include('A reliable change is bigger than the usual ups and downs of the ORS: 5 points or more.');
    expect(how).to.include('On track means the latest outcome total is in the shaded band or above it, with no reliable worsening.');
    const noBand = howToReadLines(model(WITH_ALERTS, false));
    expect(noBand.some((line) => line.startsWith('On track means'))).to.equal(false);
    expect(noBand.some((line) => line.startsWith('A reliable change is'))).to.equal(true);
  });

  it('scores a passage of long words and long sentences high, so the bound means something', () => {
    expect(grade(['Notwithstanding considerable methodological heterogeneity, the psychometric characteristics demonstrated satisfactory reliability.'])).to.be.above(HIGHEST_GRADE);
    expect(grade(['The cat sat on the mat. It was warm.'])).to.be.below(HIGHEST_GRADE);
  });

  const s = chartEn;
  const parts: [string, () => string[]][] = [
    ['the summary', () => [model(WITH_ALERTS).summary, model(WORSENING).summary]],
    ['how to read it', () => howToReadLines(model(WITH_ALERTS))],
    ['the readout', () => pointDescription(model(WITH_ALERTS), 6).map((line) => line.text)],
    ['every alert and its prompt', () => [...model(WITH_ALERTS).alerts, ...model(WORSENING).alerts].flatMap((a) => [a.message, a.prompt])],
    ['the hint and the buttons', () => [s.keysHint, s.showTable, s.showPrompts, s.downloadCsv, s.howToRead]],
  ];
  for (const [name, passage] of parts) {
    it(`words ${name} at grade ${HIGHEST_GRADE} or below`, () => {
      const lines = passage();
      expect(lines.length).to.be.above(0);
      const level = grade(lines);
      expect(level, `grade ${level.toFixed(1)} for: ${lines.join(' / ')}`).to.be.at.most(HIGHEST_GRADE);
    });
  }
});
