// Builds every package's dist/:
// - packages/core/dist: the SDK's entry points as ES modules (index, csv, sample, fhir, content, bulk);
// - packages/elements/dist: the elements as ES modules that import lit, uPlot and @fitline/core,
//   for hosts with a bundler;
// - packages/react/dist: the typed React wrappers, importing react, @lit/react and the elements;
// - packages/elements/dist/fitline.min.js: everything in one file, registering all three tags, for a
//   plain <script type="module">, beside the one chunk it loads itself when a chart first draws
//   (fitline-uPlot.esm.min.js: uPlot, which must not run before a chart needs it, see load-uplot.ts);
// - packages/*/dist/min/: minified stand-alone bundles per entry point, which the size budgets
//   (size-limit, with the limits in .size-limit.json) measures.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { moduleListPlugin } from './packages/internal-scripts/module-list-plugin.js';

const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
// The elements' package.json names its built define modules as having side effects, which is what
// hosts' bundlers read; here the same modules are TypeScript sources, so they are named again for
// this build, or their registrations would be dropped.
const defineModulesRegister = () => ({
  name: 'fitline-define-modules-register',
  transform: (_code, id) => (/[\\/]packages[\\/]elements[\\/]src[\\/](.+[\\/])?define\.ts$/.test(id) ? { moduleSideEffects: true } : null),
});
// Production builds: lit's 'development' condition (with its dev-mode warnings) is not taken.
const resolve = () => nodeResolve({ exportConditions: ['production', 'browser', 'module', 'import', 'default'], extensions: ['.ts', '.js'] });
const minify = () => terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } });
const onwarn = (warning, warn) => {
  // A circular import inside a dependency is its own business; everything else is shown.
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

/** Entries whose source exists, so a package can grow its entry points one at a time. */
const existing = (entries) => Object.fromEntries(Object.entries(entries).filter(([, path]) => existsSync(path)));

const core = 'packages/core';
const elements = 'packages/elements';

const coreEntries = existing({
  index: `${core}/src/index.ts`,
  csv: `${core}/src/csv/index.ts`,
  sample: `${core}/src/sample/index.ts`,
  fhir: `${core}/src/fhir/index.ts`,
  content: `${core}/src/content/index.ts`,
  bulk: `${core}/src/bulk/index.ts`,
  // Alert texts in each language other than English (built in), each a module a host imports when it needs it.
  ...Object.fromEntries(
    readdirSync(`${core}/src/alert-texts`)
      .filter((file) => /^[a-z]{2}\.ts$/.test(file) && file !== 'en.ts')
      .map((file) => [`alert-texts/${file.slice(0, 2)}`, `${core}/src/alert-texts/${file}`]),
  ),
});

const elementEntries = existing({
  index: `${elements}/src/index.ts`,
  define: `${elements}/src/define.ts`,
  'ors-scale/define': `${elements}/src/ors-scale/define.ts`,
  'srs-scale/define': `${elements}/src/srs-scale/define.ts`,
  'fit-chart/define': `${elements}/src/fit-chart/define.ts`,
  // Interface languages other than English, each a module a host imports when it needs it.
  ...Object.fromEntries(
    readdirSync(`${elements}/src/locale`)
      .filter((file) => /^[a-z]{2}\.ts$/.test(file))
      .map((file) => [`locale/${file.slice(0, 2)}`, `${elements}/src/locale/${file}`]),
  ),
});

/** An entry made of several modules, such as both scales as one page would load them. */
const virtualEntry = (id, modules) => ({
  name: 'fitline-virtual-entry',
  resolveId: (source) => (source === id ? id : null),
  load: (source) => (source === id ? modules.map((m) => `import ${JSON.stringify(new URL(m, import.meta.url).pathname)};`).join('\n') : null),
});

/** The bundles only the size budgets measure; `npm run test:quick` leaves them out (FITLINE_SIZE_BUNDLES=skip). */
const sizeBundles = process.env.FITLINE_SIZE_BUNDLES !== 'skip';

/**
 * One minified bundle, as a page would load it, for script tags and the size budgets: one file, and
 * beside it one file per dynamic import (uPlot for the charts, the speech code for read-aloud), which
 * runs only when it is imported. Inlined, uPlot's module would run as the bundle loads and could break
 * it (load-uplot.ts).
 */
const minBundle = (input, file, { moduleList, virtual } = {}) => ({
  input,
  output: {
    dir: dirname(file),
    entryFileNames: basename(file),
    chunkFileNames: `${basename(file, '.min.js')}-[name].min.js`,
    format: 'es',
    sourcemap: false,
  },
  plugins: [...(virtual ? [virtualEntry(input, virtual)] : []), resolve(), ts(), defineModulesRegister(), minify(), ...(moduleList ? [moduleListPlugin(moduleList)] : [])],
  onwarn,
});

export default [
  {
    input: coreEntries,
    // One output file per source module, so a host's bundler drops what the host does not use.
    output: { dir: `${core}/dist`, format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: `${core}/src`, entryFileNames: '[name].js' },
    plugins: [resolve(), ts()],
    onwarn,
  },
  ...(Object.keys(elementEntries).length > 0
    ? [
        {
          input: elementEntries,
          output: { dir: `${elements}/dist`, format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: `${elements}/src`, entryFileNames: '[name].js' },
          external: (id) => /^(lit|@lit\/|uplot|@fitline\/core)/.test(id),
          plugins: [resolve(), ts(), defineModulesRegister()],
          onwarn,
        },
      ]
    : []),
  {
    input: { index: 'packages/react/src/index.ts' },
    output: { dir: 'packages/react/dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'packages/react/src', entryFileNames: '[name].js' },
    external: (id) => /^(react|@lit\/react|@fitline\/)/.test(id),
    plugins: [resolve(), ts()],
    onwarn,
  },
  ...(sizeBundles ? [minBundle(`${core}/src/index.ts`, `${core}/dist/min/index.min.js`)] : []),
  ...(elementEntries.define
    ? [
        minBundle(`${elements}/src/define.ts`, `${elements}/dist/fitline.min.js`),
        // The same bundle beside the plain-HTML example, which loads it as a page would, from its own folder.
        minBundle(`${elements}/src/define.ts`, 'examples/plain-html/fitline.min.js'),
      ]
    : []),
  ...(sizeBundles && elementEntries['ors-scale/define'] && elementEntries['srs-scale/define']
    ? [
        minBundle('fitline:scales', `${elements}/dist/min/scales.min.js`, {
          virtual: [`./${elements}/src/ors-scale/define.ts`, `./${elements}/src/srs-scale/define.ts`],
          moduleList: `${elements}/dist/min/scales.modules.json`,
        }),
      ]
    : []),
  ...(sizeBundles && elementEntries['fit-chart/define'] ? [minBundle(`${elements}/src/fit-chart/define.ts`, `${elements}/dist/min/fit-chart.min.js`)] : []),
];
