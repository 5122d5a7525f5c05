/** A claim page lists each other entry once: "Linked from" repeats neither "Related claims" nor itself. */
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/site';

const section = (html: string, id: string) => html.match(new RegExp(`<section aria-labelledby="${id}"[\\s\\S]*?</section>`))?.[0] ?? '';
const links = (html: string) => [...html.matchAll(/<a href="([^"#]+)"/g)].map((m) => m[1]);

describe('related claims and backlinks', () => {
  it('shows a related claim that also links here only under "Related claims"', () => {
    const html = page('/claims/database-offered/');
    expect(links(section(html, 'related'))).toContain('/claims/law-covers-data/');
    expect(links(section(html, 'backlinks'))).not.toContain('/claims/law-covers-data/');
  });

  it('lists an entry that links here twice once', () => {
    const backlinks = links(section(page('/claims/police-face-recognition/'), 'backlinks'));
    expect(backlinks.filter((href) => href === '/topics/surveillance/')).toHaveLength(1);
    expect(new Set(backlinks).size).toBe(backlinks.length);
  });
});
