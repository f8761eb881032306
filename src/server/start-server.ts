import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { ParleyError } from '../core/errors.js';
import { openStore, type Store } from '../store/open-store.js';
import { createArticleIngest, type ArticleCoder } from './article-ingest.js';
import { createApi } from './create-api.js';

/** What one serving process needs: the store, where to listen, the token (writes) and the dashboard folder. */
export interface ServerSettings {
  readonly db: string;
  readonly port: number;
  readonly host: string;
  readonly token?: string;
  readonly web?: string;
}

/** A listening server over its own connection to the store. */
export interface RunningServer {
  /** `http://127.0.0.1:8080/`: where it listens. */
  readonly url: string;
  /** Stops taking requests, closes open connections and the store. */
  stop(): Promise<void>;
}

/** How long a writer waits for another process's write to finish before failing (ms). */
const BUSY_TIMEOUT_MS = 5000;

/**
 * How much of the store's file a serving connection maps into memory (SQLite caps it at its
 * compile-time limit, 2 GB in better-sqlite3's build). A page read through the map costs no system call and no copy: on a million
 * events, whose event rows outgrow the 64 MB page cache, a row read through an index costs ~1.8
 * µs of CPU instead of ~4.5 µs. The mapped pages are the operating system's file cache, shared
 * by every worker.
 */
export const SERVING_MMAP_BYTES = 64 * 1024 ** 3;

/**
 * Opens the store (read-only without a token), builds the API over it and listens. In a cluster
 * worker the primary holds the listening socket and every worker's `listen` shares it (port 0
 * included: the workers get the primary's one free port).
 *
 * @example
 * const running = await startServer({ db: 'parley.db', port: 0, host: '127.0.0.1' }, { onFailure: console.error });
 */
export async function startServer(settings: ServerSettings, hooks: { onFailure: (e: unknown) => void; coder?: () => ArticleCoder }): Promise<RunningServer> {
  const store = openStore(settings.db, { readonly: settings.token === undefined });
  let server: Server;
  try {
    // Several processes may write (one per worker) and `parley ingest` beside them: wait for the lock rather than fail.
    store.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    store.db.pragma(`mmap_size = ${SERVING_MMAP_BYTES}`);
    const ingest = settings.token !== undefined && hooks.coder ? createArticleIngest(store, hooks.coder()) : undefined;
    const app = createApi({ db: store, token: settings.token, ingest, web: settings.web, onFailure: hooks.onFailure });
    server = await listen(app.fetch, settings.port, settings.host);
  } catch (e) {
    store.close();
    throw e;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { url: `http://${host}:${address.port}/`, stop: () => stop(server, store) };
}

function stop(server: Server, store: Store): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      store.close();
      resolve();
    });
    server.closeAllConnections();
  });
}

function listen(fetch: (request: Request) => Response | Promise<Response>, port: number, hostname: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, () => resolve(server)) as Server;
    server.once('error', (e: NodeJS.ErrnoException) => reject(new ParleyError('USAGE', `cannot listen on ${hostname}:${port}: ${e.code ?? e.message}`)));
  });
}
