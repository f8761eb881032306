import cluster, { type Worker } from 'node:cluster';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ParleyError } from '../core/errors.js';
import { startServer, type ServerSettings } from '../server/start-server.js';
import { openStore } from '../store/open-store.js';
import type { Coder } from './coder.js';
import { warn, type CommandIo } from './io.js';

export const SERVE_USAGE = `usage: parley serve [--db FILE] [--port N] [--host ADDRESS] [--token TOKEN] [--web DIR] [--workers N]
Serves the store over HTTP (default http://127.0.0.1:8080/): the API under /api, described at
/openapi.json, and the dashboard at /. Read-only unless --token (or PARLEY_TOKEN) is given; then
POST /api/articles codes and stores an article sent with Authorization: Bearer TOKEN.
--port 0 picks a free port. --workers N serving processes share the port (default: the CPUs this
process may use, at most 4). Stops on Ctrl-C (SIGINT) or SIGTERM.`;

/** Where `npm run build` puts the dashboard, next to the compiled CLI (dist/web). */
const DEFAULT_WEB = fileURLToPath(new URL('../../web/', import.meta.url));

/** The worker entry node:cluster runs, next to this module once compiled. */
const WORKER_ENTRY = fileURLToPath(new URL('../server/serve-worker.js', import.meta.url));

const MAX_DEFAULT_WORKERS = 4;
const MAX_WORKERS = 64;

/**
 * `parley serve`: opens the store, serves the API until SIGINT or SIGTERM, then closes the store.
 * With more than one worker, this process is the cluster's primary: it forks the workers (each with
 * its own connection), prints the URL once they all listen, and stops them all on a signal.
 * Resolves with the exit status once stopped.
 */
export async function serveCommand(argv: readonly string[], io: CommandIo, makeCoder: () => Coder): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      db: { type: 'string', default: 'parley.db' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      token: { type: 'string' },
      web: { type: 'string', default: DEFAULT_WEB },
      workers: { type: 'string' },
    },
  });
  const port = /^\d{1,5}$/.test(values.port as string) ? Number(values.port) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new ParleyError('USAGE', `--port must be a port number from 0 to 65535, not '${values.port}'`);
  const workers = values.workers === undefined ? Math.min(MAX_DEFAULT_WORKERS, availableParallelism()) : Number(values.workers);
  if (!(Number.isInteger(workers) && workers >= 1 && workers <= MAX_WORKERS && /^\d+$/.test(values.workers ?? '1'))) {
    throw new ParleyError('USAGE', `--workers must be a whole number from 1 to ${MAX_WORKERS}, not '${values.workers}'`);
  }
  const token = values.token ?? process.env.PARLEY_TOKEN;
  if (token !== undefined && !/^[\x21-\x7e]{8,}$/.test(token)) throw new ParleyError('USAGE', '--token must be at least 8 printable characters without spaces');
  const db = values.db as string;
  if (token === undefined && !existsSync(db)) throw new ParleyError('STORE_INVALID', 'no store here: run parley ingest first (or pass --db)', { input: db });
  const settings: ServerSettings = { db, port, host: values.host as string, token, web: values.web };
  const onFailure = (e: unknown) => warn(io, `request failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);

  let stop: () => Promise<void>;
  if (workers === 1) {
    const running = await startServer(settings, { onFailure, coder: makeCoder });
    io.stdout.write(`${running.url}\n`);
    stop = running.stop;
  } else {
    // Opened once here so that a bad store is one error, not one per worker, and migrated before they start.
    openStore(db, { readonly: token === undefined }).close();
    const cluster = await startCluster(settings, workers);
    io.stdout.write(`${cluster.url}\n`);
    stop = cluster.stop;
  }
  warn(io, `serving ${db} ${token === undefined ? 'read-only (no --token)' : 'with writes for the token holder'}${workers > 1 ? ` with ${workers} workers` : ''}; Ctrl-C stops`);
  return new Promise((resolve) => {
    const onSignal = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      void stop().then(() => resolve(0));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/** Messages a worker sends its primary (see src/server/serve-worker.ts). */
type WorkerMessage = { kind: 'listening'; url: string } | { kind: 'failed'; message: string; code?: string };

/**
 * Forks `count` workers sharing one listening socket; resolves once all listen (with the URL), or
 * rejects with the first worker's failure after stopping the others. A worker that dies later is
 * replaced.
 */
function startCluster(settings: ServerSettings, count: number): Promise<{ url: string; stop: () => Promise<void> }> {
  cluster.setupPrimary({ exec: WORKER_ENTRY, args: [], silent: false });
  const env = { PARLEY_SERVE_SETTINGS: JSON.stringify(settings) };
  const live = new Set<Worker>();
  let stopping = false;
  const stopAll = (): Promise<void> => {
    stopping = true;
    const exits = [...live].map((w) => new Promise<void>((resolve) => {
      if (w.isDead()) resolve();
      else {
        w.once('exit', () => resolve());
        w.process.kill('SIGTERM');
      }
    }));
    return Promise.all(exits).then(() => undefined);
  };
  return new Promise((resolve, reject) => {
    let url: string | null = null;
    let listening = 0;
    let ready = false;
    const fail = (error: ParleyError) => {
      if (stopping) return;
      void stopAll().then(() => reject(error));
    };
    const fork = () => {
      const worker = cluster.fork(env);
      live.add(worker);
      worker.on('message', (m: WorkerMessage) => {
        if (m.kind === 'listening') {
          url = m.url;
          if (!ready && ++listening === count) {
            ready = true;
            resolve({ url, stop: stopAll });
          }
        } else if (!ready) {
          fail(new ParleyError(m.code === 'STORE_VERSION' || m.code === 'STORE_INVALID' ? m.code : 'USAGE', m.message));
        }
      });
      worker.once('exit', (code) => {
        live.delete(worker);
        if (stopping) return;
        // A worker that dies while serving is replaced; one that dies before all listen stops the start.
        if (ready) fork();
        else fail(new ParleyError('USAGE', `a serving worker exited (status ${code}) before listening`));
      });
    };
    for (let i = 0; i < count; i++) fork();
  });
}
