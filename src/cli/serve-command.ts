import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { ParleyError } from '../core/errors.js';
import { createArticleIngest } from '../server/article-ingest.js';
import { createApi } from '../server/create-api.js';
import { openStore } from '../store/open-store.js';
import type { Coder } from './coder.js';
import { warn, type CommandIo } from './io.js';

export const SERVE_USAGE = `usage: parley serve [--db FILE] [--port N] [--host ADDRESS] [--token TOKEN] [--web DIR]
Serves the store over HTTP (default http://127.0.0.1:8080/): the API under /api, described at
/openapi.json, and the dashboard at /. Read-only unless --token (or PARLEY_TOKEN) is given; then
POST /api/articles codes and stores an article sent with Authorization: Bearer TOKEN.
--port 0 picks a free port. Stops on Ctrl-C (SIGINT) or SIGTERM.`;

/** Where `npm run build` puts the dashboard, next to the compiled CLI (dist/web). */
const DEFAULT_WEB = fileURLToPath(new URL('../../web/', import.meta.url));

/**
 * `parley serve`: opens the store, serves the API until SIGINT or SIGTERM, then closes the store.
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
    },
  });
  const port = /^\d{1,5}$/.test(values.port as string) ? Number(values.port) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new ParleyError('USAGE', `--port must be a port number from 0 to 65535, not '${values.port}'`);
  const token = values.token ?? process.env.PARLEY_TOKEN;
  if (token !== undefined && !/^[\x21-\x7e]{8,}$/.test(token)) throw new ParleyError('USAGE', '--token must be at least 8 printable characters without spaces');
  const db = values.db as string;
  if (token === undefined && !existsSync(db)) throw new ParleyError('STORE_INVALID', 'no store here: run parley ingest first (or pass --db)', { input: db });
  const store = openStore(db, { readonly: token === undefined });
  let server: Server;
  try {
    const ingest = token !== undefined ? createArticleIngest(store, makeCoder()) : undefined;
    const app = createApi({ db: store, token, ingest, web: values.web, onFailure: (e) => warn(io, `request failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`) });
    server = await listen(app.fetch, port, values.host as string);
  } catch (e) {
    store.close();
    throw e;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  io.stdout.write(`http://${host}:${address.port}/\n`);
  warn(io, `serving ${db} ${token === undefined ? 'read-only (no --token)' : 'with writes for the token holder'}; Ctrl-C stops`);
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => {
        store.close();
        resolve(0);
      });
      server.closeAllConnections();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function listen(fetch: (request: Request) => Response | Promise<Response>, port: number, hostname: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, () => resolve(server)) as Server;
    server.once('error', (e: NodeJS.ErrnoException) => reject(new ParleyError('USAGE', `cannot listen on ${hostname}:${port}: ${e.code ?? e.message}`)));
  });
}
