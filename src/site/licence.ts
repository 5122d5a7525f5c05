/** The licence of the content (content/LICENSE.md), as the about page, the cite block and the open data state it. */
export const CONTENT_LICENCE = {
  /** SPDX identifier. */
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** What it does not cover, said wherever the licence is. */
  exception: "Quotations from sources, and the sources' own titles, remain their authors' and publishers'.",
} as const;
