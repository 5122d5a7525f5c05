/** `/sitemap.xml`: every page, with the date its entry last changed where git knows it. */
import type { APIRoute } from 'astro';
import { getCorpus } from '../site/corpus';
import { SITE } from '../site/config';
import { KIND_NAMES } from '../schema/index';
import { entryPath, sitePath } from '../site/urls';
import { xmlSafe } from '../site/xml-text';

const PAGES = ['', 'topics/', 'claims/', 'sources/', 'entities/', 'questions/', 'figures/', 'timeline/', 'glossary/', 'data/', 'about/', 'maintenance/', 'search/'];

export const GET: APIRoute = async () => {
  const { graph, changed } = await getCorpus();
  const base = import.meta.env.BASE_URL;
  const url = (path: string, lastmod?: string) => `<url><loc>${(SITE.url + path).replace(/&/g, '&amp;')}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>\n`;
  let body = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
  for (const page of PAGES) body += url(sitePath(base, page));
  for (const kind of KIND_NAMES) {
    for (const entry of graph.list(kind)) body += url(entryPath(base, entry), changed.get(entry.file));
  }
  body += '</urlset>\n';
  return new Response(xmlSafe(body), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
