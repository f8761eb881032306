/**
 * The entry of a `parley serve --workers N` worker process (node:cluster runs this file): reads its
 * settings from PARLEY_SERVE_SETTINGS (JSON, set by the primary; the token travels in the
 * environment, never on a command line), serves until SIGINT, SIGTERM or the primary going away,
 * and tells the primary where it listens or why it could not.
 */
import { startServer, type ServerSettings } from './start-server.js';

const settings = JSON.parse(process.env.PARLEY_SERVE_SETTINGS ?? '{}') as ServerSettings;
const send = (message: unknown) => {
  if (process.connected) process.send?.(message);
};
try {
  const running = await startServer(settings, {
    onFailure: (e) => process.stderr.write(`parley: request failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`),
    coder: settings.token === undefined ? undefined : await loadCoder(),
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void running.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('disconnect', stop);
  send({ kind: 'listening', url: running.url });
} catch (e) {
  send({ kind: 'failed', message: e instanceof Error ? e.message : String(e), code: (e as { code?: string }).code });
  process.exit(1);
}

async function loadCoder() {
  const { createCoder } = await import('../cli/coder.js');
  return createCoder;
}
