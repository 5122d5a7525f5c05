/**
 * `npm run dev`: when a content file changes, reload the corpus, print what the checker finds to
 * the terminal, and reload the browser. Vite's own watcher only knows files that pages import.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatText } from '../diagnostics/format-text';
import { contentDir, loadSiteCorpus, setSiteCorpus } from './corpus';

export function contentReload(base: string): Plugin {
  return {
    name: 'surveillance-claims:content-reload',
    apply: 'serve',
    configureServer(server) {
      const dir = resolve(contentDir());
      let timer: NodeJS.Timeout | undefined;
      const reload = async () => {
        const loading = loadSiteCorpus({ base, workers: 0 });
        setSiteCorpus(loading);
        const corpus = await loading;
        server.config.logger.info(`[content] ${formatText(corpus.diagnostics, true)}`);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(dir);
      server.watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(dir)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), 100);
      });
      void reload();
    },
  };
}
