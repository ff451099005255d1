// A dev-server plugin (web-dev-server and web-test-runner) that lets a browser import React.
// react and react-dom are published as CommonJS only, which no browser can import. esbuild bundles
// the entry points a page imports into ES modules, once per server, with code splitting so every
// entry shares one copy of React (two copies break hooks and react-dom); bare imports of those
// entry points are pointed at the bundles.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const BASE = '/__react-esm/';

/** Bare import → output name. */
const ENTRIES = {
  react: 'react',
  'react-dom': 'react-dom',
  'react-dom/client': 'react-dom-client',
  'react/jsx-runtime': 'jsx-runtime',
  'react/jsx-dev-runtime': 'jsx-dev-runtime',
};

const identifier = /^[A-Za-z_$][\w$]*$/;

/**
 * The names each entry point exports. esbuild cannot know a CommonJS module's names, so they are
 * read by loading the modules in a separate Node process (the server's own console may be patched,
 * and React's development build writes to it when it loads).
 */
function exportNames(rootDir, mode) {
  const script = `const r = require('node:module').createRequire(process.cwd() + '/');
    console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(Object.keys(ENTRIES))}.map((s) => [s, Object.keys(r(s))]))));`;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: rootDir, env: { ...process.env, NODE_ENV: mode }, encoding: 'utf8' });
  return JSON.parse(out);
}

/** An ES module that re-exports a CommonJS entry point: its default and each of its names. */
function reexport(specifier, names) {
  const named = names.filter((name) => identifier.test(name) && name !== 'default');
  return [`import cjs from ${JSON.stringify(specifier)};`, 'export default cjs;', named.length ? `export const { ${named.join(', ')} } = cjs;` : ''].join('\n');
}

/** @param {{ rootDir?: string, mode?: 'development' | 'production' }} [options] */
export function serveReactAsEsm({ rootDir = process.cwd(), mode = 'development' } = {}) {
  /** @type {Promise<Map<string, string>> | undefined} */
  let bundles;

  const bundle = async () => {
    const names = exportNames(rootDir, mode);
    const result = await build({
      entryPoints: Object.values(ENTRIES).map((out) => ({ in: `entry:${out}`, out })),
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      outdir: '/out',
      absWorkingDir: rootDir,
      logLevel: 'silent',
      // React picks its development or production build from this.
      define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
      plugins: [
        {
          name: 'react-entries',
          setup(esbuild) {
            esbuild.onResolve({ filter: /^entry:/ }, ({ path }) => ({ path, namespace: 'react-entry' }));
            esbuild.onLoad({ filter: /.*/, namespace: 'react-entry' }, ({ path }) => {
              const out = path.slice('entry:'.length);
              const specifier = Object.keys(ENTRIES).find((key) => ENTRIES[key] === out);
              return { contents: reexport(specifier, names[specifier]), resolveDir: rootDir, loader: 'js' };
            });
          },
        },
      ],
    });
    return new Map(result.outputFiles.map((file) => [file.path.slice('/out/'.length), file.text]));
  };

  return {
    name: 'serve-react-as-esm',
    resolveImport({ source }) {
      const out = ENTRIES[source];
      return out === undefined ? undefined : `${BASE}${out}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(BASE)) return undefined;
      bundles ??= bundle();
      const body = (await bundles).get(context.path.slice(BASE.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
