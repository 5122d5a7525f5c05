/**
 * `npm run dev`: when a content file is saved, check the content again, tell the contributor in the
 * terminal what changed among the checker's messages, and reload the browser. While the content has
 * errors, each page the browser opens also shows them in the dev overlay. Vite's own watcher only
 * knows files that pages import, so the content folder is watched here.
 */
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { formatText, summary } from '../diagnostics/format-text';
import { contentDir, loadSiteCorpus, setSiteCorpus, type SiteCorpus } from './corpus';

/** How a file changed, as chokidar reports it. */
export type FileEvent = 'add' | 'change' | 'unlink' | 'addDir' | 'unlinkDir';

const VERB: Record<FileEvent, string> = { add: 'added', change: 'saved', unlink: 'deleted', addDir: 'added', unlinkDir: 'deleted' };

/** A problem's identity across checks: where it is in the file may move as lines are added above it. */
function identity(d: Diagnostic): string {
  return `${d.file}\u0000${d.rule}\u0000${d.message}`;
}

/** Problems that appeared and problems that went away between two checks. */
export function diffDiagnostics(before: readonly Diagnostic[], after: readonly Diagnostic[]): { added: Diagnostic[]; fixed: Diagnostic[] } {
  const count = (list: readonly Diagnostic[]) => {
    const counts = new Map<string, number>();
    for (const d of list) counts.set(identity(d), (counts.get(identity(d)) ?? 0) + 1);
    return counts;
  };
  const take = (list: readonly Diagnostic[], other: Map<string, number>) =>
    list.filter((d) => {
      const left = other.get(identity(d)) ?? 0;
      if (left > 0) {
        other.set(identity(d), left - 1);
        return false;
      }
      return true;
    });
  return { added: take(after, count(before)), fixed: take(before, count(after)) };
}

/** The checker's text format for some diagnostics, without its closing summary line. */
function listed(diagnostics: readonly Diagnostic[], color: boolean): string {
  if (!diagnostics.length) return '';
  const text = formatText(diagnostics, color);
  const end = text.lastIndexOf(summary(diagnostics));
  return (end === -1 ? text : text.slice(0, end)).trimEnd();
}

function standing(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.length === 0 ? 'No problems found.' : summary(diagnostics);
}

export interface CheckReport {
  /** Diagnostics of the previous check; undefined for the first check of the session. */
  previous: readonly Diagnostic[] | undefined;
  current: readonly Diagnostic[];
  /** Files that changed since the previous check, as the checker names files, with how. */
  changed: { file: string; event: FileEvent }[];
  entries: number;
  color: boolean;
}

/**
 * What the terminal shows after a check: everything the first time; afterwards only the problems
 * that appeared (in full, with their fix) and those that went away, then where the content stands.
 */
export function describeCheck(report: CheckReport): string {
  const { previous, current, changed, color } = report;
  if (previous === undefined) {
    const head = `[check] ${report.entries} entries checked.`;
    return current.length ? `${head}\n${listed(current, color)}\n[check] ${standing(current)}` : `${head} ${standing(current)}`;
  }
  const files = changed.filter((c) => c.event !== 'addDir' && c.event !== 'unlinkDir');
  const named = files.slice(0, 3).map((c) => `${c.file} ${VERB[c.event]}`).join(', ');
  const what = files.length ? `${named}${files.length > 3 ? ` and ${files.length - 3} more files changed` : ''}.` : 'Content changed.';
  const { added, fixed } = diffDiagnostics(previous, current);
  if (!added.length && !fixed.length) {
    return `[check] ${what} ${current.length ? `No new problems; still ${standing(current)}` : standing(current)}`;
  }
  const lines = [`[check] ${what}`];
  if (added.length) lines.push(listed(added, color));
  for (const d of fixed) lines.push(`fixed: ${d.file}:${d.line}:${d.column}  ${d.message}  [${d.rule}]`);
  lines.push(`[check] ${standing(current)}`);
  return lines.join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Vite's error payload, shown by Astro's dev overlay. The overlay writes `message` and `hint` as
 * HTML, and messages quote what contributors typed, so both are escaped here.
 */
export function overlayPayload(diagnostics: readonly Diagnostic[], contentRoot: string) {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!errors.length) return undefined;
  const lines = errors.slice(0, 100).map((d) => `${d.file}:${d.line}:${d.column}  ${d.message}  [${d.rule}]\n    fix: ${d.fix}`);
  if (errors.length > lines.length) lines.push(`... and ${errors.length - lines.length} more: npm run check lists them all.`);
  const first = errors[0];
  return {
    type: 'error' as const,
    err: {
      name: 'ContentError',
      title: `The content has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}`,
      message: escapeHtml(lines.join('\n')),
      hint: escapeHtml(
        'Fix it in your editor and save: this page reloads by itself. The terminal running npm run dev shows the same messages. ' +
          'An entry whose fields do not validate is left out of the site until it is fixed, and npm run build refuses to build while any error remains.',
      ),
      stack: lines.join('\n'),
      loc: { file: join(dirname(contentRoot), first.file), line: first.line, column: first.column },
      plugin: 'surveillance-claims:content-reload',
    },
  };
}

export interface ContentReloadOptions {
  /** Where the terminal lines go (tests capture them). */
  print?: (text: string) => void;
  /** Quiet time after the last change before checking, in milliseconds. */
  debounceMs?: number;
}

export function contentReload(base: string, options: ContentReloadOptions = {}): Plugin {
  const print = options.print ?? ((text: string) => console.log(text));
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  return {
    name: 'surveillance-claims:content-reload',
    apply: 'serve',
    configureServer(server) {
      const dir = resolve(contentDir());
      const display = (path: string) => relative(dirname(dir), path).split(sep).join('/');
      let good: SiteCorpus | undefined;
      let previous: Diagnostic[] | undefined;
      let changed: { file: string; event: FileEvent }[] = [];
      let timer: NodeJS.Timeout | undefined;
      let running: Promise<void> | undefined;
      let again = false;

      const check = async (): Promise<void> => {
        const batch = changed;
        changed = [];
        // On this thread: the pipeline is already loaded here, while a fresh worker pool would
        // spend seconds loading it again on every save.
        const loading = loadSiteCorpus({ base, workers: 0 });
        // Pages wait for this check; if it fails they keep the last content that loaded.
        setSiteCorpus(loading.catch((error) => (good ? good : Promise.reject(error))));
        try {
          const corpus = await loading;
          good = corpus;
          print(describeCheck({ previous, current: corpus.diagnostics, changed: batch, entries: corpus.graph.entries.size, color }));
          previous = corpus.diagnostics;
        } catch (error) {
          print(`[check] The content folder ${display(dir)} could not be read: ${(error as Error).message}`);
          print(good ? '[check] The site keeps showing the content as it was last read.' : '[check] Pages will fail until the folder can be read.');
          // A folder that was removed and created again is not followed by the old watch.
          server.watcher.add(dir);
        }
        // Astro keeps each route's getStaticPaths() result (and so its props) until told that
        // content changed; the pages then read the corpus just loaded.
        for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
        // With no page open there is nothing to reload; Vite would hold the reload for the first page
        // that connects and reload it as soon as it has loaded.
        if (server.ws.clients.size) server.ws.send({ type: 'full-reload' });
      };

      // One check at a time; changes that arrive meanwhile are checked right after it.
      const run = () => {
        if (running) {
          again = true;
          return;
        }
        running = (async () => {
          do {
            again = false;
            await check();
          } while (again);
        })().finally(() => {
          running = undefined;
        });
      };
      const schedule = () => {
        clearTimeout(timer);
        timer = setTimeout(run, options.debounceMs ?? 150);
      };

      server.watcher.add(dir);
      server.watcher.on('all', (event, path) => {
        const absolute = resolve(path);
        if (absolute !== dir && !absolute.startsWith(dir + sep)) return;
        if (!changed.some((c) => c.file === display(absolute))) changed.push({ file: display(absolute), event: event as FileEvent });
        schedule();
      });
      // A browser that connects (a page that loaded) is shown the errors there are.
      server.ws.on('connection', async (socket: { send(data: string): void }) => {
        await running;
        const payload = previous && overlayPayload(previous, dir);
        if (payload) socket.send(JSON.stringify(payload));
      });
      run();
    },
  };
}
