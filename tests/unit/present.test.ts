/** Words and links as readers see them: correction links, with and without a configured repository. */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('suggest a correction', () => {
  it('links to the editor for the entry file when the repository is configured', async () => {
    vi.stubEnv('REPO_URL', 'https://github.com/example/surveillance-claims/');
    vi.stubEnv('REPO_BRANCH', 'main');
    const { correctionUrl, historyUrl } = await import('../../src/site/present');
    expect(correctionUrl('content/claims/camera-count-contested.mdx')).toBe('https://github.com/example/surveillance-claims/edit/main/content/claims/camera-count-contested.mdx');
    expect(historyUrl('content/claims/camera-count-contested.mdx')).toBe('https://github.com/example/surveillance-claims/commits/main/content/claims/camera-count-contested.mdx');
  });

  it('gives no link when no repository is configured, so the page names the file instead', async () => {
    vi.stubEnv('REPO_URL', '');
    const { correctionUrl } = await import('../../src/site/present');
    expect(correctionUrl('content/claims/x.mdx')).toBeUndefined();
  });
});

describe('dates in prose', () => {
  it('reads partial dates at the precision they are known', async () => {
    const { formatDate } = await import('../../src/site/present');
    expect([formatDate('2019'), formatDate('2019-12'), formatDate('2019-12-20'), formatDate('unknown')]).toEqual(['2019', 'December 2019', '20 December 2019', 'date unknown']);
  });
});
