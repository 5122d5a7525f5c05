/**
 * The fixture site served locally with the headers a host sends (scripts/serve.mjs), and a
 * Chromium to read it: started before the tests of one file and closed after them.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from './chromium';
import { siteDir } from './site';

export interface ServedSite {
  browser: Browser;
  /** http://127.0.0.1:<port> */
  origin: string;
}

export function useServedSite(): ServedSite {
  const site = {} as ServedSite;
  let server: Server | undefined;
  beforeAll(async () => {
    const served = await serve(siteDir());
    server = served.server;
    site.origin = served.origin;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
