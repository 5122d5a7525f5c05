/** `/robots.txt`: everything may be read; where the sitemap is. */
import type { APIRoute } from 'astro';
import { SITE } from '../site/config';
import { sitePath } from '../site/urls';

export const GET: APIRoute = () => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${SITE.url}${sitePath(import.meta.env.BASE_URL, 'sitemap.xml')}\n`);
