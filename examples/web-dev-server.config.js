// `npm start`: serves the repository on localhost and opens the examples' index. TypeScript sources
// are compiled on request, so the demo always shows the code as it is, with no build step.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { serveReactAsEsm } from '../packages/internal-scripts/serve-react-as-esm.js';

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  appIndex: undefined,
  open: process.env.CI ? false : '/examples/',
  port: Number(process.env.PORT ?? 8000),
  hostname: 'localhost',
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) }),
    serveReactAsEsm({ rootDir: fileURLToPath(new URL('..', import.meta.url)) }),
  ],
};
