/**
 * The timeline's pre-built views: what happened apart from when sources were published, by topic,
 * with filter links between them, and words that stay apart in the text a reader copies.
 */
import { describe, expect, it } from 'vitest';
import { visibleText } from '../helpers/built-html';
import { page } from '../helpers/site';

/** The main content's text as a reader copies it: tags gone without adding any space. */
const copied = (html: string) => visibleText(html.slice(html.indexOf('<main'), html.indexOf('</main>'))).replace(/[^\S\n]+/g, ' ');

describe('the timeline', () => {
  it('lists what happened, and leaves the publication of sources to a view of its own', () => {
    const html = page('/timeline/');
    expect(html).toContain('class="timeline-entity"');
    expect(html).toContain('class="timeline-claim"');
    expect(html).not.toContain('class="timeline-publication"');
    const published = page('/timeline/publications/');
    expect(published).toContain('class="timeline-publication"');
    expect(published).not.toContain('class="timeline-claim"');
    expect(copied(published)).toContain('6 July 2022: Published: Hacker claims to have stolen police data (Wire Service)');
  });

  it('keeps the parts of an entry apart in the copied text: "Claim: Title status", "launched (Source)"', () => {
    const text = copied(page('/timeline/'));
    expect(text).toContain('December 2019: Claim: Camera count estimates disagree contested');
    expect(text).toContain('May 2015: National camera network program, launched (National public security video surveillance statistics)');
    const entity = copied(page('/entities/camera-program/'));
    expect(entity).toContain('May 2015: launched (National public security video surveillance statistics)');
    expect(entity).toContain('December 2019: Claim: Camera count estimates disagree contested');
  });

  it('offers kinds and topics as links, the page shown marked as current, and keeps the other choice', () => {
    const html = page('/timeline/');
    expect(html).toContain('<a href="/timeline/" aria-current="page">What happened (');
    expect(html).toContain('<a href="/timeline/publications/">Sources published (');
    expect(html).toContain('<a href="/timeline/topics/disputes/">Disputed figures (');
    const disputes = page('/timeline/topics/disputes/');
    expect(disputes).toContain('<a href="/timeline/topics/disputes/publications/">Sources published (');
    expect(disputes).toContain('<a href="/timeline/topics/disputes/" aria-current="page">Disputed figures (');
  });

  it('filtered by topic, shows only the events of that topic', () => {
    const text = copied(page('/timeline/topics/disputes/'));
    expect(text).toContain('Claim: Camera count estimates disagree');
    expect(text).not.toContain('Personal Information Protection Law, adopted');
    expect(copied(page('/timeline/topics/law/'))).toContain('Personal Information Protection Law, adopted');
  });

  it('jumps to each year shown', () => {
    const html = page('/timeline/topics/disputes/');
    const years = [...html.matchAll(/<h2 id="year-(\d{4})">/g)].map((m) => m[1]);
    const jumps = [...html.matchAll(/<a href="#year-(\d{4})">/g)].map((m) => m[1]);
    expect(jumps).toEqual(years);
    expect(years.length).toBeGreaterThan(1);
  });
});
