/**
 * `npm run dev`: the development server at http://localhost:4321/. Saving a content file checks the
 * content again, prints what changed among the checker's messages and reloads the browser (the
 * contentReload plugin, src/site/dev-reload.ts). Options: --port <number>, --host <address>, --open.
 * CONTENT_DIR serves another content folder.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

// Nothing leaves the contributor's machine: no usage report to Astro, no check for newer versions
// (the stack is pinned; newer Astro majors need another Node).
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
process.env.ASTRO_DISABLE_UPDATE_CHECK ??= 'true';
// Astro turns browser reloading off when NODE_ENV is "test" or "production" (set in some shells and
// by test runners); this server is for development whatever the environment says.
process.env.NODE_ENV = 'development';
// Astro 7's dev server serves no pages when VITEST is set (it expects to run inside a test runner's
// Vite then), and a test that starts this server passes its environment on.
delete process.env.VITEST;

const { values } = parseArgs({
  options: { port: { type: 'string' }, host: { type: 'string' }, open: { type: 'boolean' } },
  strict: true,
});
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error(`--port ${values.port}: give a port number such as 4321.`);
  process.exitCode = 1;
} else {
  const { dev } = await import('astro');
  await dev({
    root: fileURLToPath(new URL('..', import.meta.url)),
    server: { port, host: values.host, open: values.open },
  });
}
