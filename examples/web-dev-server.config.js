// `npm start`: serves the repository on localhost and opens the examples' index. TypeScript sources
// are compiled on request, so the demo always shows the code as it is, with no build step. A sandbox
// FHIR server starts and stops with it (examples/fhir-server/).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { serveReactAsEsm } from '../packages/internal-scripts/serve-react-as-esm.js';
import { workspaceSourcesPlugin } from '../packages/internal-scripts/workspace-sources.js';
import { localEhr } from './fhir-server/local-ehr.js';

// The sandbox EHR: a FHIR server seeded with the sample caseload, and the EHR's SMART endpoints.
const ehr = localEhr();

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  appIndex: undefined,
  open: process.env.CI ? false : '/examples/',
  port: Number(process.env.PORT ?? 8000),
  hostname: 'localhost',
  // lit's development build, for its warnings; Fitline's own packages from their sources (workspace-sources.js).
  nodeResolve: { exportConditions: ['development', 'browser'] },
  middleware: [ehr.middleware],
  plugins: [
    ehr.plugin,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }),
    workspaceSourcesPlugin(),
    serveReactAsEsm({ rootDir: fileURLToPath(new URL('..', import.meta.url)) }),
  ],
};
