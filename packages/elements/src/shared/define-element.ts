/**
 * Registers a custom element once. Registering the same tag again is a no-op, so two bundles or two
 * define modules on one page never throw; a different class under a taken tag is reported once.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`Fitline: <${tag}> is already defined by another class; keeping that definition.`);
  }
}
