/**
 * The way back from a reference to where it is cited, as Wikipedia has it: "^" when a reference is
 * cited once, "^ a b c" when it is cited more often. The places are the citations in the body
 * (`cite-<n>-<k>`, numbered by the renderer) and the evidence item quoting the source
 * (`evidence-ref-<n>`). Contributor text reaches the rendered HTML escaped, so a `<` there can only
 * start a tag the renderer wrote, and reading those tags back is safe.
 */
import { escapeHtml } from '../pipeline/render';

/** Ids of the places that cite each reference number, in page order: body first, then evidence. */
export function citingPlaces(bodyHtml: string, evidenceHtml: string): Map<number, string[]> {
  const places = new Map<number, string[]>();
  const add = (n: number, id: string) => places.set(n, [...(places.get(n) ?? []), id]);
  for (const m of bodyHtml.matchAll(/<a (?:class="quote-ref" )?href="#ref-(\d+)" id="(cite-\1-\d+)"/g)) add(Number(m[1]), m[2]);
  for (const m of evidenceHtml.matchAll(/<a href="#ref-(\d+)" id="(evidence-ref-\1)"/g)) add(Number(m[1]), m[2]);
  return places;
}

/** Letters for the second and later places: a … z, then aa, ab … */
function letter(i: number): string {
  return i < 26 ? String.fromCharCode(97 + i) : letter(Math.floor(i / 26) - 1) + letter(i % 26);
}

/** The "^" links of reference n, or nothing when no place on the page cites it. */
export function backlinksHtml(n: number, places: string[] | undefined): string {
  if (!places?.length) return '';
  if (places.length === 1) return `<span class="ref-back"><a href="#${places[0]}" aria-label="Back to citation ${n}">^</a></span> `;
  const links = places.map((id, i) => `<a href="#${id}" aria-label="Back to citation ${n}${letter(i)}">${letter(i)}</a>`);
  return `<span class="ref-back">^ ${links.join(' ')}</span> `;
}

/** Puts the cited source's title after the dash of each quote's attribution ("— Title [1, p. 4]"). */
export function withQuoteSources(bodyHtml: string, titleOf: (n: number) => string | undefined): string {
  return bodyHtml.replace(/<span class="quote-source">— (?=<a class="quote-ref" href="#ref-(\d+)")/g, (whole, n: string) => {
    const title = titleOf(Number(n));
    return title ? `${whole}<cite>${escapeHtml(title)}</cite> ` : whole;
  });
}
