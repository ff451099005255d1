// The published packages, as tarballs, checked by the tools made for that: publint (the package.json
// against the files it ships) and Are the Types Wrong (the types each resolver finds).
// attw: node16 resolution; resolvers that read no `exports` (node10) are left out, as they find only
// a package's root (top-level `main` and `types` serve it). `require()` of these
// ES modules is not a problem on the Node versions `engines` names (20.19 and later load it), which
// the consumer test checks by requiring the core from its tarball.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packPackages } from './pack-packages.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const folder = mkdtempSync(join(tmpdir(), 'fitline-packs-'));
let failed = 0;
try {
  for (const tarball of Object.values(packPackages(folder))) {
    for (const [command, args] of [
      [bin('publint'), ['run', tarball, '--strict']],
      [bin('attw'), [tarball, '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'table-flipped']],
    ]) {
      const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
      if (status !== 0) failed += 1;
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
process.exitCode = failed > 0 ? 1 : 0;
