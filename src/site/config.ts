/**
 * What a fork changes to make the site its own: name, description, where the repository lives.
 * Values can also come from the environment at build time.
 */
/** Where `npm run preview` and `npm run dev` serve the site: the address of a build without SITE_URL. */
export const LOCAL_ADDRESS = 'http://localhost:4321';

export const SITE = {
  name: 'Surveillance Claims',
  tagline: "Sourced claims about China's surveillance state and the trade in leaked citizen data",
  description:
    "An open knowledge base of sourced claims about China's surveillance state and the black market in citizen data: every statement with its evidence, quotes, locators and, where they exist, archived copies.",
  /** Public address of the site, for permalinks, feeds and citations (set SITE_URL when deploying). */
  url: (process.env.SITE_URL || LOCAL_ADDRESS).replace(/\/$/, ''),
  /** False for a build made without SITE_URL: it says so on every page and in the build output. */
  hasAddress: Boolean(process.env.SITE_URL),
  /** The repository where entries are edited, for "suggest a correction" links (set REPO_URL). */
  repository: process.env.REPO_URL?.replace(/\/$/, ''),
  /** Branch that "suggest a correction" links edit. */
  branch: process.env.REPO_BRANCH ?? 'main',
  language: 'en',
};
