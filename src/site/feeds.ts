/**
 * RSS feeds of changes to claims, for the whole site and per topic: each claim appears at the date
 * of its current version, with its status and the reason for it, so a reader who follows a topic
 * sees a claim again when it changes.
 */
import rss from '@astrojs/rss';
import type { ValidEntry } from '../corpus/index';
import { escapeHtml } from '../pipeline/render';
import { permalink, revisionDate, type CiteContext } from './cite';
import { SITE } from './config';
import type { SiteCorpus } from './corpus';
import { newestFirst } from './indexes';
import { STATUS_LABEL } from './present';
import { sitePath } from './urls';
import { xmlSafe } from './xml-text';

/** Items per feed: enough for a reader who checks monthly. */
export const FEED_LENGTH = 50;

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function claimFeed(corpus: SiteCorpus, claims: ValidEntry<'claim'>[], ctx: CiteContext, channel: { title: string; description: string; path: string }): Promise<Response> {
  const dated = claims.map((claim) => ({ id: claim.id, claim, date: revisionDate(claim.data, corpus.changed.get(claim.file)) }));
  const items = newestFirst(dated, (x) => x.date)
    .slice(0, FEED_LENGTH)
    .map(({ claim, date }) => {
      const d = claim.data;
      const current = d.status_history.at(-1)!;
      const url = permalink(ctx, claim);
      return {
        title: `${d.title} (${STATUS_LABEL[d.status].toLowerCase()})`,
        link: url,
        pubDate: new Date(`${date}T00:00:00Z`),
        // Readers render a description as HTML: it is the text escaped, so contributor markup stays text.
        description: escapeHtml(`${d.statement} Status: ${STATUS_LABEL[d.status].toLowerCase()} since ${current.date}: ${current.reason}`),
        categories: [corpus.graph.get('topic', d.topic)?.data?.title ?? d.topic, d.status],
        // The permalink stays the same when a claim changes; the guid names the version, so the change shows as new.
        customData: `<guid isPermaLink="false">${xmlText(`${url}#${date}`)}</guid>`,
      };
    });
  const feed = await rss({
    title: channel.title,
    description: channel.description,
    site: ctx.siteUrl + sitePath(ctx.base),
    items,
    customData: `<language>en</language><atom:link href="${xmlText(ctx.siteUrl + sitePath(ctx.base, channel.path))}" rel="self" type="application/rss+xml"/>`,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
  });
  return new Response(xmlSafe(await feed.text()), { status: feed.status, headers: feed.headers });
}

export const SITE_FEED = { title: `${SITE.name}: changes to claims`, path: 'feed.xml' };
