// Worker threads do not inherit tsx from the parent on Node 20, so the worker registers it itself.
import { register } from 'tsx/esm/api';

register();
await import('./parse-floor-worker.ts');
