// The extract worker's entry: worker threads do not inherit tsx's loader hooks from the main thread
// (Node 20), so the worker registers them itself before importing the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
