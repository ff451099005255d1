// Writes what a host's tooling reads about the elements, from the Custom Elements Manifest, with the
// `custom-element-*-integration` generators, into packages/elements/dist/frameworks/ (published):
// - jsx.d.ts: each tag's properties, attributes and events, and react.d.ts, which adds them to
//   React 19's JSX.IntrinsicElements (`import type {} from '@fitline/elements/react'`);
// - vue.d.ts: Vue's GlobalComponents (`import type {} from '@fitline/elements/vue'`);
// - vscode.html-custom-data.json / vscode.css-custom-data.json: VS Code's HTML and CSS custom data;
// - web-types.json: JetBrains web-types (named by the package's `web-types` field).
//
// The editors' data (VS Code, web-types) lists an attribute's values only from a union of literals
// written out in its type; the manifest records a type by its name (`ScaleMode`, `Rater`) or, for a
// closed set a subclass narrows (`variant`), as the base class's `string`. So each attribute's
// values are read from the published declarations by TypeScript's checker (`literalUnions` below) and
// given to those generators as `expandedType`.
//
// The generators read an event's `type` as the type of its `detail` and import every such type name
// from the classes' declarations; the manifest records the event object's type (FitSubmitEvent), as
// its schema says. They are given a copy in which a CustomEvent's type is its detail, as an inline
// import, and native events (input, change), which every framework already types, are left out.
import { readFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { writeFileSync } from 'node:fs';
import ts from 'typescript';

const elements = new URL('../elements/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', elements), 'utf8'));
const outdir = new URL('dist/frameworks/', elements).pathname;
/** The published declarations, as seen from dist/frameworks/. */
const types = '../types/index.js';

/** The detail type of each event named in the manifest that is a CustomEvent, from the package's exports. */
const DETAIL = { FitSubmitEvent: 'FitSubmitDetail', FitErrorEvent: 'FitErrorDetail' };

/**
 * `'a' | 'b'` for each class field whose declared type is a union of string literals (with or without
 * `undefined`), by class and field name, read from the package's declaration files.
 */
function literalUnions() {
  const program = ts.createProgram([new URL('dist/types/index.d.ts', elements).pathname], { strict: true, noEmit: true });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(new URL('dist/types/index.d.ts', elements).pathname));
  const unions = new Map();
  for (const exported of checker.getExportsOfModule(entry)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & ts.SymbolFlags.Class)) continue;
    const instance = checker.getDeclaredTypeOfSymbol(symbol);
    for (const property of checker.getPropertiesOfType(instance)) {
      const type = checker.getTypeOfSymbol(property);
      const members = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & ts.TypeFlags.Undefined));
      if (members.length > 1 && members.every((t) => t.isStringLiteral())) {
        unions.set(`${symbol.name}.${property.name}`, members.map((t) => `'${t.value}'`).join(' | '));
      }
    }
  }
  return unions;
}
const unions = literalUnions();

const forGenerators = structuredClone(manifest);
for (const module of forGenerators.modules) {
  for (const declaration of module.declarations ?? []) {
    declaration.events = declaration.events
      ?.filter((event) => event.type?.text !== 'Event')
      .map((event) => {
        const detail = DETAIL[event.type?.text];
        if (!detail) throw new Error(`${declaration.name}: event ${event.name} has type ${event.type?.text}; name its detail type in framework-types.js`);
        return { ...event, type: { text: `import("${types}").${detail}` } };
      });
    // An attribute that only reflects an inherited HTMLElement property (lang) is typed as that property.
    for (const attribute of declaration.attributes ?? []) {
      attribute.fieldName ??= attribute.name;
      const values = unions.get(`${declaration.name}.${attribute.fieldName}`);
      if (values) attribute.expandedType = { text: values };
    }
    for (const member of declaration.members ?? []) {
      const values = member.kind === 'field' && unions.get(`${declaration.name}.${member.name}`);
      if (values) member.expandedType = { text: values };
    }
  }
}

// Vue's template checker reads `submit-label` as the prop `submitLabel` and `@fit-submit` as the prop
// `onFitSubmit`; its generator writes names as the manifest has them, so it gets them camel-cased.
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const forVue = structuredClone(forGenerators);
for (const module of forVue.modules) {
  for (const declaration of module.declarations ?? []) {
    for (const attribute of declaration.attributes ?? []) attribute.name = camel(attribute.name);
    for (const event of declaration.events ?? []) event.name = camel(`-${event.name}`);
  }
}

const common = { outdir, globalTypePath: types, hideLogs: true };
generateJsxTypes(forGenerators, { ...common, fileName: 'jsx.d.ts' });
generateVuejsTypes(forVue, { ...common, fileName: 'vue.d.ts' });
generateVsCodeCustomElementData(forGenerators, { outdir, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true, typesSrc: 'expandedType' });
generateJetBrainsWebTypes(forGenerators, { outdir, fileName: 'web-types.json', hideLogs: true, packageJson: false, typesSrc: 'expandedType' });

// React 19 reads intrinsic elements from its own JSX namespace.
writeFileSync(
  `${outdir}react.d.ts`,
  `// Generated by packages/internal-scripts/framework-types.js: <ors-scale>, <srs-scale> and <fit-chart> in React 19's JSX.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
