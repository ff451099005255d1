// `npm start`: serves the repository on localhost and opens the examples' index. TypeScript sources
// are compiled on request, so the demo always shows the code as it is, with no build step.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { serveReactAsEsm } from '../packages/internal-scripts/serve-react-as-esm.js';
import { workspaceSourcesPlugin } from '../packages/internal-scripts/workspace-sources.js';

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  appIndex: undefined,
  open: process.env.CI ? false : '/examples/',
  port: Number(process.env.PORT ?? 8000),
  hostname: 'localhost',
  // lit's development build, for its warnings; Fitline's own packages from their sources (workspace-sources.js).
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }),
    workspaceSourcesPlugin(),
    serveReactAsEsm({ rootDir: fileURLToPath(new URL('..', import.meta.url)) }),
  ],
};
