// Starts the import worker: worker threads do not inherit tsx from the server's process (npm run
// serve, npm run dev, vitest), so it is registered here before the TypeScript is loaded.
import { register } from 'tsx/esm/api';

register();
await import('./import-worker.ts');
