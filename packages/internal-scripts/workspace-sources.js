// Inside this repository, `@fitline/core`, `@fitline/elements` and `@fitline/react` are loaded from
// their TypeScript sources, so tests, benchmarks and `npm start` show the code as it is, with no build.
// The mapping is the `paths` of the root tsconfig.json, which TypeScript and tsx already follow; this
// module makes the development server and the test runner follow the same. None of it is published:
// the packages' own exports point only at built JavaScript.
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { paths } = JSON.parse(readFileSync(resolve(root, 'tsconfig.json'), 'utf8')).compilerOptions;

/** Each `paths` entry as a prefix and suffix around at most one `*`, as TypeScript reads it. */
const patterns = Object.entries(paths).map(([pattern, [target]]) => {
  const [prefix, suffix] = pattern.includes('*') ? pattern.split('*') : [pattern, undefined];
  return { prefix, suffix, target };
});

/** The source file of a workspace package's specifier (an absolute path), or undefined for any other. */
export function workspaceSource(specifier) {
  for (const { prefix, suffix, target } of patterns) {
    if (suffix === undefined) {
      if (specifier === prefix) return resolve(root, target);
    } else if (specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length > prefix.length + suffix.length) {
      return resolve(root, target.replace('*', specifier.slice(prefix.length, specifier.length - suffix.length)));
    }
  }
  return undefined;
}

/** A @web/dev-server (and so @web/test-runner) plugin: workspace packages resolve to their sources. */
export function workspaceSourcesPlugin({ rootDir = root } = {}) {
  return {
    name: 'fitline-workspace-sources',
    resolveImport({ source }) {
      const file = workspaceSource(source);
      return file === undefined ? undefined : `/${relative(rootDir, file).split(sep).join('/')}`;
    },
  };
}
