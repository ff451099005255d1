// Packs the published packages with `npm pack`, as a release would, into a folder; the package checks
// and the consumer test work on these tarballs, never on the workspace folders.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const PUBLISHED = ['core', 'elements', 'react'];

/** Packs every published package into `destination`; returns the tarballs' absolute paths by folder name. */
export function packPackages(destination) {
  const args = ['pack', '--json', '--pack-destination', destination, ...PUBLISHED.flatMap((name) => ['-w', `packages/${name}`])];
  const { status, stdout, stderr } = spawnSync('npm', args, { cwd: root, encoding: 'utf8' });
  if (status !== 0) throw new Error(`npm pack failed: ${stderr}`);
  const packed = JSON.parse(stdout);
  return Object.fromEntries(PUBLISHED.map((name, i) => [name, `${destination}/${packed[i].filename}`]));
}
