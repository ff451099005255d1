// The Custom Elements Manifest (custom-elements.json) that editors, tooling and our API pages
// (packages/internal-scripts/api-docs.js) read. `npm run build` generates it from the classes' JSDoc
// headers and lit `static properties`, so it cannot drift from the source, and
// src/manifest.node-test.ts fails when an element has something public that it does not list.
// Registration happens in define.ts through defineElement(), which the analyzer cannot follow: each
// class names its tag with a JSDoc `@tag` instead.
export default {
  globs: ['src/**/*.ts'],
  // Tests and their helpers are not part of the published API.
  exclude: ['src/**/*.test.ts', 'src/**/*.node-test.ts', 'src/**/test-helpers.ts', 'src/**/*-test-helpers.ts'],
  outdir: '.',
  litelement: true,
  plugins: [stateIsNoAttribute()],
};

/**
 * lit never gives a `state: true` property an attribute, but the analyzer lists one unless the
 * declaration also says `attribute: false`. Saying so here instead keeps those bytes out of the
 * bundles: the class names and property names of the state are collected, then their attributes dropped.
 */
function stateIsNoAttribute() {
  const state = new Set();
  return {
    name: 'fitline-state-is-no-attribute',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        const value = member.initializer;
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties' || !value || !ts.isObjectLiteralExpression(value)) continue;
        for (const property of value.properties) {
          const options = ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(property.initializer) ? property.initializer.properties : [];
          const isState = options.some((o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword);
          if (isState) state.add(`${node.name.text}.${property.name.getText()}`);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const owner = (entry) => `${entry.inheritedFrom?.name ?? declaration.name}.${entry.fieldName ?? entry.name}`;
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !state.has(owner(a)));
          for (const member of declaration.members ?? []) if (state.has(owner(member))) delete member.attribute;
        }
      }
    },
  };
}
