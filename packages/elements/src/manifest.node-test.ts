// The Custom Elements Manifest must list everything public that each element really has, each with a
// description. "Really has" is read from the code itself with the TypeScript compiler, never from
// the JSDoc the manifest is generated from: public class members and lit `static properties` (for
// properties and attributes), events constructed in the element's modules, `part="..."` in its
// templates, and the `--fit-*` custom properties its stylesheets actually use. A property, part or
// custom property added without documentation fails here; so does documentation of something gone.
// Node only: it reads the source and the generated manifest (written by `npm run build`). Files are
// read through TypeScript's own `ts.sys`, and mocha's functions imported, so this file also compiles
// under the package's declaration build, which has neither Node's nor mocha's global types.
import { expect } from 'chai';
import { before, describe, it } from 'mocha';
import ts from 'typescript';

/** A path beside this file, as TypeScript writes paths (forward slashes, also on Windows). */
const here = (relative: string) => decodeURIComponent(new URL(relative, import.meta.url).pathname).replace(/^\/(?=[A-Za-z]:)/, '');
const readFile = (path: string): string => {
  const text = ts.sys.readFile(path);
  if (text === undefined) throw new Error(`${path} is missing${path.endsWith('custom-elements.json') ? ': `npm run build` generates it' : ''}.`);
  return text;
};
const SRC = here('./');
const MANIFEST = here('../custom-elements.json');
const ELEMENTS = [
  { tag: 'ors-scale', file: here('./ors-scale/ors-scale.ts'), className: 'OrsScale' },
  { tag: 'srs-scale', file: here('./srs-scale/srs-scale.ts'), className: 'SrsScale' },
  { tag: 'fit-chart', file: here('./fit-chart/fit-chart.ts'), className: 'FitChart' },
];
/** Global HTML attributes an element may document because it reacts to them, though lit does not observe them. */
const GLOBAL_ATTRIBUTES = new Set(['lang', 'dir']);

interface Named {
  name: string;
  description?: string;
  summary?: string;
  static?: boolean;
  privacy?: string;
}
interface Declaration extends Named {
  tagName?: string;
  members?: Named[];
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

/** What the code of one element says it has. */
interface Facts {
  members: Set<string>;
  attributes: Set<string>;
  events: Set<string>;
  parts: Set<string>;
  cssProperties: Set<string>;
}

const { options } = ts.getParsedCommandLineOfConfigFile(here('../../../tsconfig.json'), {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
}) as ts.ParsedCommandLine;
// One parse of each file for all three programs.
const host = ts.createCompilerHost(options);
const parsed = new Map<string, ts.SourceFile | undefined>();
const getSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (name, language) => {
  if (!parsed.has(name)) parsed.set(name, getSourceFile(name, language));
  return parsed.get(name);
};

const ownSource = (file: ts.SourceFile) => file.fileName.startsWith(SRC) && !/\.(node-)?test\.ts$|test-helpers\.ts$/.test(file.fileName);
const isInternal = (node: ts.Node) => ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'internal');
const hidden = ts.ModifierFlags.Private | ts.ModifierFlags.Protected;

function each(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => each(child, visit));
}

/** The literal text of a tagged template, its interpolations replaced by a marker. */
function templateText(template: ts.TemplateLiteral): string {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.text;
  return template.head.text + template.templateSpans.map((span) => '${}' + span.literal.text).join('');
}

/** Lit's `static properties` of a class and its superclasses within our source: name to options. */
function staticProperties(declaration: ts.ClassDeclaration, checker: ts.TypeChecker): Map<string, ts.ObjectLiteralExpression | undefined> {
  const found = new Map<string, ts.ObjectLiteralExpression | undefined>();
  for (let current: ts.ClassDeclaration | undefined = declaration; current && ownSource(current.getSourceFile()); ) {
    for (const member of current.members) {
      const isStatic = ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Static;
      if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
      const value = member.initializer;
      if (!value || !ts.isObjectLiteralExpression(value)) throw new Error(`${current.name?.text}.properties must be an object literal to be checked.`);
      for (const property of value.properties) {
        if (!ts.isPropertyAssignment(property)) throw new Error(`${current.name?.text}.properties: ${property.getText()} cannot be read.`);
        // A subclass's declaration wins, as in lit.
        const name = property.name.getText().replace(/^['"]|['"]$/g, '');
        if (!found.has(name)) found.set(name, ts.isObjectLiteralExpression(property.initializer) ? property.initializer : undefined);
      }
    }
    const base: ts.ExpressionWithTypeArguments | undefined = current.heritageClauses?.[0]?.types[0];
    const symbol: ts.Symbol | undefined = base && checker.getSymbolAtLocation(base.expression);
    const target: ts.Symbol | undefined = symbol && (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
    current = target?.declarations?.find(ts.isClassDeclaration);
  }
  return found;
}

/** The value of a literal option (`attribute`, `state`) in a lit property declaration. */
function option(options: ts.ObjectLiteralExpression | undefined, key: string): boolean | string | undefined {
  const property = options?.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === key);
  if (!property) return undefined;
  const value = property.initializer;
  if (value.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (value.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isStringLiteral(value)) return value.text;
  throw new Error(`The "${key}" option ${value.getText()} is not a literal.`);
}

/** `--fit-*` names the stylesheets use: read by a real property, or by a `--_` property that is used in turn. */
function usedCustomProperties(css: string): Set<string> {
  const declarations = [...css.matchAll(/(--[\w-]+)\s*:([^;{}]*)/g)].map((m) => ({ name: m[1] as string, value: m[2] as string }));
  const reads = (text: string) => [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1] as string);
  const used = new Set(reads(css.replace(/--[\w-]+\s*:[^;{}]*/g, '')));
  for (let grew = true; grew; ) {
    grew = false;
    for (const { name, value } of declarations) {
      if (!used.has(name)) continue;
      for (const read of reads(value)) if (!used.has(read)) grew = used.add(read) !== undefined;
    }
  }
  return new Set([...used].filter((name) => name.startsWith('--fit-')));
}

/** An override of lit's or the DOM's own member (a lifecycle callback): theirs to document, not ours. */
function overridesPlatform(declaration: ts.Declaration, name: string, checker: ts.TypeChecker): boolean {
  if (!(ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Override) || !ts.isClassLike(declaration.parent)) return false;
  const [base] = checker.getBaseTypes(checker.getTypeAtLocation(declaration.parent) as ts.InterfaceType);
  const overridden = base && checker.getPropertyOfType(base, name);
  return !!overridden && !(overridden.declarations ?? []).some((d) => ownSource(d.getSourceFile()));
}

function factsOf(element: (typeof ELEMENTS)[number]): Facts {
  const program = ts.createProgram([element.file], options, host);
  const checker = program.getTypeChecker();
  const declaration = program.getSourceFile(element.file)?.statements.find(
    (s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === element.className,
  );
  if (!declaration) throw new Error(`${element.className} is not declared in ${element.file}.`);

  const members = new Set<string>();
  for (const symbol of checker.getPropertiesOfType(checker.getTypeAtLocation(declaration))) {
    const declarations = (symbol.declarations ?? []).filter((d) => ownSource(d.getSourceFile()));
    const name = symbol.getName();
    if (declarations.length === 0 || name.startsWith('_') || name.startsWith('#')) continue;
    if (declarations.some((d) => ts.getCombinedModifierFlags(d) & hidden || isInternal(d))) continue;
    if (declarations.every((d) => overridesPlatform(d, name, checker))) continue;
    members.add(name);
  }

  const attributes = new Set<string>();
  for (const [name, options] of staticProperties(declaration, checker)) {
    const attribute = option(options, 'attribute');
    if (option(options, 'state') === true || attribute === false) continue;
    attributes.add(typeof attribute === 'string' ? attribute : name.toLowerCase());
  }

  const events = new Set<string>();
  const parts = new Set<string>();
  let css = '';
  for (const file of program.getSourceFiles().filter(ownSource)) {
    each(file, (node) => {
      if (ts.isNewExpression(node) && /^(Custom)?Event$/.test(node.expression.getText())) {
        const type = node.arguments?.[0];
        if (!type || !ts.isStringLiteralLike(type)) throw new Error(`${file.fileName}: an event type that is not a literal cannot be checked: ${node.getText()}`);
        events.add(type.text);
      }
      // Static style sheets may be made with unsafeCSS(`...`) instead of the css tag: read them too.
      if (ts.isCallExpression(node) && node.expression.getText() === 'unsafeCSS') {
        const [sheet] = node.arguments;
        if (sheet && ts.isNoSubstitutionTemplateLiteral(sheet)) css += `${sheet.text}\n`;
        return;
      }
      if (!ts.isTaggedTemplateExpression(node)) return;
      const tag = node.tag.getText();
      const text = templateText(node.template);
      if (tag === 'css') css += `${text}\n`;
      if (tag !== 'html' && tag !== 'svg') return;
      if (/\bpart=["']?\$\{\}/.test(text)) throw new Error(`${file.fileName}: a part name set by an expression cannot be checked.`);
      for (const match of text.matchAll(/\bpart="([^"]*)"/g)) for (const part of (match[1] as string).split(/\s+/)) if (part) parts.add(part);
    });
  }
  return { members, attributes, events, parts, cssProperties: usedCustomProperties(css) };
}


/** Names the manifest lists without a description: documentation is the point of the manifest. */
const undescribed = (entries: Named[]) => entries.filter((e) => !(e.description ?? e.summary ?? '').trim()).map((e) => e.name);
const names = (entries: Named[]) => entries.map((e) => e.name).sort();
const sorted = (names: Set<string>) => [...names].sort();

describe('custom-elements.json', () => {
  const manifest: { modules: { path: string; declarations?: Declaration[] }[] } = JSON.parse(readFile(MANIFEST));

  it('is the manifest package.json names, and declares exactly the three tags', () => {
    const pkg = JSON.parse(readFile(here('../package.json')));
    expect(pkg.customElements).to.equal('custom-elements.json');
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect(tags.sort()).to.deep.equal(ELEMENTS.map((e) => e.tag).sort());
  });

  for (const element of ELEMENTS) {
    describe(`<${element.tag}>`, () => {
      const module = manifest.modules.find((m) => here(`../${m.path}`) === element.file);
      const declared = module?.declarations?.find((d) => d.tagName === element.tag);
      let facts: Facts;
      before(function () {
        // A TypeScript program over the element and lit's types: CPU work of a few seconds alone, which
        // passed mocha's 10 s limit while other test runs kept the machine busy. Not a hang to catch.
        this.timeout(60_000);
        if (!declared) throw new Error(`${element.tag} is not declared in the manifest's module for ${element.file}: its class needs a JSDoc @tag.`);
        facts = factsOf(element);
      });
      const of = (kind: keyof Declaration) => (declared?.[kind] ?? []) as Named[];

      it('lists every public property and method, described, and no other', () => {
        const publicMembers = of('members').filter((m) => !m.static && (m.privacy ?? 'public') === 'public');
        expect(names(publicMembers)).to.deep.equal(sorted(facts.members));
        expect(undescribed(publicMembers)).to.deep.equal([]);
      });

      it('lists every attribute, described, and no other', () => {
        const attributes = of('attributes').filter((a) => !GLOBAL_ATTRIBUTES.has(a.name));
        expect(names(attributes)).to.deep.equal(sorted(facts.attributes));
        expect(undescribed(of('attributes'))).to.deep.equal([]);
      });

      it('lists every event the element constructs, described, and no other', () => {
        expect(names(of('events'))).to.deep.equal(sorted(facts.events));
        expect(undescribed(of('events'))).to.deep.equal([]);
      });

      it('lists every CSS part in its templates, described, and no other', () => {
        expect(names(of('cssParts'))).to.deep.equal(sorted(facts.parts));
        expect(undescribed(of('cssParts'))).to.deep.equal([]);
      });

      it('lists every --fit-* custom property its styles use, described, and no other', () => {
        expect(names(of('cssProperties'))).to.deep.equal(sorted(facts.cssProperties));
        expect(undescribed(of('cssProperties'))).to.deep.equal([]);
      });
    });
  }
});
