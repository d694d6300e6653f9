/** One fuzz worker: runs inputs `from`..`to` (every `stride`-th) and posts each start and finding to the runner. */
import { parentPort, workerData } from 'node:worker_threads';
import { runInputs } from './run.js';

const { seed, from, to, stride } = workerData as { seed: number; from: number; to: number; stride: number };
runInputs(
  seed,
  from,
  to,
  stride,
  (index) => parentPort!.postMessage({ type: 'start', index }),
  (reported) => parentPort!.postMessage({ type: 'finding', ...reported }),
);
parentPort!.postMessage({ type: 'done' });
