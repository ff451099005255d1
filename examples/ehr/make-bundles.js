// Writes client-bundle.json from build-bundles.ts. Run from the repository's root:
//   node --import tsx examples/ehr/make-bundles.js
import { writeFileSync } from 'node:fs';
import { clientBundle } from './build-bundles.ts';

writeFileSync(new URL('client-bundle.json', import.meta.url), `${JSON.stringify(clientBundle(), null, 1)}\n`);
