// A rollup plugin that writes the list of modules a bundle contains, so a test can prove what a
// page does NOT load (the scales must not bring uPlot with them).
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';

export function moduleListPlugin(outputFile) {
  return {
    name: 'fitline-module-list',
    generateBundle(_options, bundle) {
      const modules = Object.values(bundle)
        .filter((chunk) => chunk.type === 'chunk')
        .flatMap((chunk) => chunk.moduleIds)
        .map((id) => relative(process.cwd(), id));
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify(modules.sort(), null, 2));
    },
  };
}
