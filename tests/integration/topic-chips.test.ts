/** Topic overviews: a bare "(claim)" link becomes a status chip named for the claim; other links stay links. */
import { describe, expect, it } from 'vitest';
import { page } from '../helpers/site';

describe('claim chips in a topic overview', () => {
  const html = page('/topics/surveillance/');

  it('turns "([claim](…))" into a chip named for the claim\'s title and status, without the parentheses', () => {
    expect(html).toContain(
      'follow suspects <a class="claim-chip" href="/claims/police-face-recognition/" aria-label="City police use face recognition to track suspects (contested claim)" title="City police use face recognition to track suspects"><span class="status status-contested">contested</span></a>.',
    );
    expect(html).not.toContain('>claim</a>');
  });

  it('leaves a claim link with the contributor\'s own words as it was', () => {
    expect(html).toContain('<a href="/claims/police-face-recognition/">the face recognition claim</a>');
  });
});
