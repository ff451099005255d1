/**
 * No engine lets a test page switch forced colours or print on, so the tests of those modes apply an
 * element's own rules for them, as they stand, without their media condition.
 */
import { expect } from '@open-wc/testing';

/**
 * Adds the rules of the one `@media` block of `el`'s shadow root whose condition passes `condition`
 * to that root; returns how to take them off again.
 */
export function applyMediaRules(el: Element, condition: (text: string) => boolean): () => void {
  const root = el.shadowRoot!;
  const before = root.adoptedStyleSheets;
  const rules = before
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && condition(rule.conditionText));
  expect(rules.length).to.equal(1);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([...rules[0]!.cssRules].map((r) => r.cssText).join('\n'));
  root.adoptedStyleSheets = [...before, sheet];
  return () => (root.adoptedStyleSheets = before);
}
