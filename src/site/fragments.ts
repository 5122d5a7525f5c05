/**
 * The parts of pages that repeat on every claim page (the evidence, a reference in full, the
 * "Cite this" block),
 * written as HTML strings. Astro's per-element cost is small but these hold dozens of elements and
 * appear on every one of thousands of claim pages; written here they cost a tenth as much. Every
 * value is escaped; the formatted citations are citeproc's HTML with inline styles removed.
 */
import { formatLocator } from '../pipeline/citation';
import { escapeHtml } from '../pipeline/render';
import { EVIDENCE_ROLES, type Evidence } from '../schema/claim';
import type { SourceData } from '../schema/source';
import { STYLE_KEYS, styleTitles, type StyledCitations } from './cite';
import { CONTENT_LICENCE } from './licence';
import { ACCESS_NOTE_LABEL, DESCRIPTIVE_TITLE_HINT, escapeText, EVIDENCE_KIND_LABEL, formatDate, RATING_LABEL, ROLE_LABEL, ROLE_MEANING, sourceTitle } from './present';

const e = escapeHtml;
/** An outbound link; one whose text is its own address is marked, so that print does not write the address twice. */
const external = (href: string, text: string) => `<a class="external${text === href ? ' url-text' : ''}" href="${e(href)}" rel="noreferrer noopener">${e(text)}</a>`;

/**
 * A source described in full, as a reference: who, what, when, where it was read, when accessed,
 * archived copies, access notes and reliability. `href` links the title to the source's own page.
 */
export function sourceCitationHtml(s: SourceData, href?: string): string {
  const shown = sourceTitle(s);
  const title = href ? `<a class="source-title" href="${e(href)}">${e(shown)}</a>` : `<cite class="source-title">${e(shown)}</cite>`;
  const descriptive = s.descriptive_title ? ` <span class="hint">(${DESCRIPTIVE_TITLE_HINT})</span>` : '';
  const original = s.original_title
    ? ` (<span lang="${e(s.language)}">${e(s.original_title)}</span>${s.title_translator ? `<span class="hint">; title translated by ${e(s.title_translator)}</span>` : ''})`
    : '';
  const stop = /[.?!]$/.test(shown) && !s.original_title && !descriptive ? ' ' : '. ';
  const authors = s.authors.length ? `<span class="authors">${e(s.authors.join(', '))}. </span>` : '';
  const note = s.published_note ? `<span class="date-note"> (${e(s.published_note)})</span>` : '';
  const facts = [
    s.url ? `<li>Publisher's page: ${external(s.url, s.url)}</li>` : "<li>The publisher's own page was not seen.</li>",
    s.read_at ? `<li class="read-at">Read in a copy: ${external(s.read_at.url, s.read_at.host)}</li>` : '',
    `<li>Accessed: ${s.accessed === 'unknown' ? 'not recorded' : formatDate(s.accessed)}</li>`,
    s.archives.length
      ? `<li>Archived: ${s.archives.map((a) => external(a.url, `copy of ${formatDate(a.date)}`)).join(', ')}</li>`
      : `<li class="no-archive">No archived copy: ${e(s.no_archive ?? '')}</li>`,
    ...s.access_notes.map(
      (n) => `<li class="access-note access-${n.kind}"><span class="label">${ACCESS_NOTE_LABEL[n.kind]}:</span> ${e(n.note)}${n.date ? ` (${formatDate(n.date)})` : ''}</li>`,
    ),
    `<li class="reliability reliability-${s.reliability.rating}"><span class="label">Reliability: ${RATING_LABEL[s.reliability.rating]}.</span> ${e(s.reliability.note)}</li>`,
  ];
  return `<span class="citation-text">${authors}${title}${descriptive}${original}${stop}<span class="publisher">${e(s.publisher)}</span>, ${formatDate(s.published)}${note}.</span>\n<ul class="source-facts">${facts.join('')}</ul>`;
}

/** Where in its source a quote is, or that this was not recorded (and why, where the entry says). */
export function locatorText(locator: Evidence['locator']): string {
  const where = locator ? formatLocator(locator) : '';
  if (where) return where;
  return `location in the source not recorded${locator?.not_recorded ? ` (${locator.not_recorded.replace(/[.\s]+$/, '')})` : ''}`;
}

const SHORT = { apa: 'APA', mla: 'MLA', chicago: 'Chicago' } as const;

export interface CiteBlockInput {
  /** What is cited: the heading says which. */
  what: 'claim' | 'source' | 'topic';
  styled?: StyledCitations;
  bibtex: string;
  ris: string;
  csl: string;
  /** A sentence before the formats. */
  intro?: string;
  /** Addresses to cite the entry at (the permanent link, a claim's current version), each with what it shows. */
  addresses?: { label: string; url: string; href: string }[];
}

/**
 * "Cite this …": the entry in the bibliography styles (HTML from citeproc) and in the exchange
 * formats (BibTeX, RIS, CSL-JSON). All of it is in the page; public/scripts/cite.js adds a copy
 * button to each format where JavaScript runs. Search does not index it.
 */
export function citeBlockHtml({ what, styled, bibtex, ris, csl, intro, addresses }: CiteBlockInput): string {
  const titles = styleTitles();
  const styles = styled
    ? `<dl class="cite-styles">${STYLE_KEYS.map(
        (key) =>
          `<div class="cite-format"><dt id="cite-${key}">${SHORT[key]} <span class="cite-edition">${e(titles[key])}</span></dt><dd><p class="cite-text" id="cite-text-${key}" data-copy="${SHORT[key]}">${styled[key]}</p></dd></div>`,
      ).join('')}</dl>`
    : '';
  const machine = (
    [
      ['bibtex', 'BibTeX', bibtex],
      ['ris', 'RIS', ris],
      ['csl', 'CSL-JSON', csl],
    ] as const
  )
    .map(
      ([key, label, text]) =>
        `<details class="cite-format"><summary>${label}</summary><pre class="cite-code" id="cite-text-${key}" data-copy="${label}" tabindex="0" aria-label="${label}">${escapeText(text)}</pre></details>`,
    )
    .join('');
  const licence = `<p class="cite-licence">Licence: <a class="external" href="${e(CONTENT_LICENCE.url)}" rel="noreferrer noopener">${CONTENT_LICENCE.short}</a>. Reuse this ${what}'s entry with credit and a link to this page. ${e(CONTENT_LICENCE.exception)}</p>`;
  const links = addresses?.length
    ? `<ul class="cite-addresses">${addresses.map((a) => `<li>${e(a.label)}: <a href="${e(a.href)}">${e(a.url)}</a></li>`).join('')}</ul>`
    : '';
  return `<section class="cite" aria-labelledby="cite" data-cite data-pagefind-ignore="all"><h2 id="cite">Cite this ${what}</h2>${intro ? `<p class="cite-intro">${e(intro)}</p>` : ''}${links}${styles}<div class="cite-machine">${machine}</div>${licence}</section>`;
}

/**
 * A claim's evidence grouped as supports, contests and context: each quote in its own language,
 * its translation and translator beside it, and a caption with the numbered reference, the
 * locator, what kind of evidence it is here, and the source's reliability.
 */
export function evidenceHtml(evidence: Evidence[], lookup: (source: string) => { number?: number; source?: SourceData }): string {
  const groups = EVIDENCE_ROLES.map((role) => ({ role, items: evidence.filter((x) => x.role === role) })).filter((g) => g.items.length > 0);
  const item = (x: Evidence) => {
    const { number, source } = lookup(x.source);
    const q = x.quote;
    const translation =
      q.translation !== undefined ? `<div class="translation" lang="en"><p>${e(q.translation)}</p><p class="translator">Translation: ${e(q.translator ?? '')}</p></div>` : '';
    const caption = [
      `<a href="#ref-${number}" id="evidence-ref-${number}" aria-label="Reference ${number}">[${number}]</a> ${e(source ? sourceTitle(source) : x.source)}`,
      `<span class="locator">, ${e(locatorText(x.locator))}</span>`,
      x.kind ? `<span class="evidence-kind"> · ${EVIDENCE_KIND_LABEL[x.kind]}</span>` : '',
      source ? `<span class="rating rating-${source.reliability.rating}"> · ${RATING_LABEL[source.reliability.rating]}</span>` : '',
    ].join('');
    return `<li class="evidence"><figure${translation ? ' class="quote-pair"' : ''}><blockquote lang="${e(q.language)}"><p>${e(q.text)}</p></blockquote>${translation}<figcaption>${caption}</figcaption></figure>${x.note ? `<p class="evidence-note">${e(x.note)}</p>` : ''}</li>`;
  };
  const sections = groups.map(
    ({ role, items }) =>
      `<section class="evidence-group evidence-${role}" aria-labelledby="evidence-${role}"><h3 id="evidence-${role}">${ROLE_LABEL[role]} (${items.length}) <span class="role-meaning">${ROLE_MEANING[role]}</span></h3><ol class="evidence-list">${items.map(item).join('')}</ol></section>`,
  );
  return `<section aria-labelledby="evidence"><h2 id="evidence">Evidence</h2>${sections.join('')}</section>`;
}
