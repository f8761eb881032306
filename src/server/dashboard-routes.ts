import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parley</title></head>
<body>
<h1>Parley</h1>
<p>The dashboard is not built. The API is here: <a href="/openapi.json">/openapi.json</a> describes it,
<a href="/api/health">/api/health</a> says whether it is up, <a href="/api/events">/api/events</a> lists events.</p>
</body></html>
`;

/**
 * The dashboard at `/`: the files of `folder` (its index.html at `/`) when it holds a built
 * dashboard, else one page saying that it is not built and where the API is.
 *
 * @example
 * app.route('/', dashboardRoutes('dist/web'));
 */
export function dashboardRoutes(folder: string | undefined): Hono {
  const app = new Hono();
  if (folder !== undefined && existsSync(join(folder, 'index.html'))) {
    app.use('/*', serveStatic({ root: folder }));
  } else {
    app.get('/', (c) => c.html(NOT_BUILT));
  }
  return app;
}
