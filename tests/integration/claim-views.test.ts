/** `/claims/` and the pre-built lists it links to: by status, by topic, by newest event or last change, without JavaScript. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/built-html';
import { page, siteDir } from '../helpers/site';

const titles = (html: string) => [...html.slice(html.indexOf('<ul class="claim-list">')).matchAll(/<li>\s*<a href="\/claims\/([a-z0-9-]+)\/">/g)].map((m) => m[1]);

describe('the list of claims', () => {
  it('offers status, topic and order as links, the list shown marked as current', () => {
    const html = page('/claims/');
    expect(html).toContain('<a href="/claims/" aria-current="page">Any status (7)</a>');
    expect(html).toContain('<a href="/claim-list/topic/status/contested/">Contested (2)</a>');
    expect(html).toContain('<a href="/claim-list/topic/topic/leaks/">Leaks (2)</a>');
    expect(html).toContain('<a href="/claim-list/event/">Newest event first (7)</a>');
    expect(html).toContain('<span class="hint">Refuted (0)</span>');
  });

  it('filtered by status lists only claims of that status, and keeps the filter when the order changes', () => {
    const html = page('/claim-list/event/status/contested/');
    expect(titles(html).sort()).toEqual(['camera-count-contested', 'police-face-recognition']);
    expect(html).toContain('<a href="/claim-list/changed/status/contested/">Last changed first (2)</a>');
    expect(html).toContain('<h1>Claims: contested (2)</h1>');
  });

  it('sorted by newest event puts the latest event first, with its date, and claims without one last', () => {
    const html = page('/claim-list/event/');
    const ids = titles(html);
    expect(ids.slice(0, 3)).toEqual(['doxxing-crackdown', 'camera-count-contested', 'police-face-recognition']);
    expect(html).toContain('· event 14 March 2025');
    expect(html).toContain('· no event date');
  });

  it('combines a status and a topic', () => {
    expect(titles(page('/claim-list/event/status/contested/topic/disputes/'))).toEqual(['camera-count-contested']);
  });

  it('builds only lists with claims in them, at most 3 × (statuses + 1) × (topics + 1)', () => {
    const lists = htmlFiles(join(siteDir(), 'claim-list'));
    expect(lists.length).toBeLessThanOrEqual(3 * 7 * 5);
    for (const file of lists) expect(file.replace(siteDir(), ''), 'an empty list').not.toMatch(/refuted|unverified/);
    expect(readdirSync(join(siteDir(), 'claim-list'))).toEqual(expect.arrayContaining(['topic', 'event', 'changed']));
  });
});

describe('the home page', () => {
  it('shows each recently changed claim with its date and what changed, and says so when all share one date', () => {
    const html = page('/');
    const recent = html.slice(html.indexOf('id="recent"'), html.indexOf('</section>', html.indexOf('id="recent"')));
    const items = [...recent.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]);
    expect(items.length).toBe(7);
    const dates = items.map((item) => /^\s*<time datetime="(\d{4}-\d{2}-\d{2})">/.exec(item)?.[1]);
    expect(dates.every(Boolean), items[0]).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const item of items) expect(item).toMatch(/<p class="claim-list-statement">\s*(Status changed from \w+ to \w+: |Added as \w+: |Checked again against its sources|Edited; )/);
    expect(recent.includes('class="same-day"')).toBe(new Set(dates.slice(0, 8)).size === 1);
  });
});
