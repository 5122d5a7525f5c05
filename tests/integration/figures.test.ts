/**
 * Figures as built from the fixture corpus: the series page's static SVG chart (a point per figure,
 * a shape per estimator, the projection hollow, the range a bar, each point a link to its claim),
 * its table, CSV and cite box; the chart on the topic page; the figures table on the claim page;
 * and the open data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page, siteDir, pageText as text } from '../helpers/site';


/** The chart's SVG, and each point's link (an `<a>` in the marks group) with its attributes. */
function chart(html: string) {
  const svg = /<svg viewBox="0 0 640 340"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
  const marks = [...svg.matchAll(/<a href="([^"]+)" class="mark" data-shape="([a-z-]+)"( data-hollow="true")?>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: m[1],
    shape: m[2],
    hollow: Boolean(m[3]),
    title: /<title>([\s\S]*?)<\/title>/.exec(m[4])?.[1],
    label: /<text class="mark-label"[^>]*>([\s\S]*?)<\/text>/.exec(m[4])?.[1],
    range: m[4].includes('class="mark-range"'),
  }));
  return { svg, marks };
}

describe('a series page', () => {
  const html = page('/figures/camera-counts/');
  const { svg, marks } = chart(html);

  it('draws one point per figure, oldest first, each a link to the figures of its claim', () => {
    expect(marks.map((m) => m.href)).toEqual([
      '/claims/camera-count-contested/#figures',
      '/claims/camera-count-contested/#figures',
      '/claims/camera-forecast/#figures',
    ]);
  });

  it('gives each estimator its own shape, draws the projection hollow and the range as a bar', () => {
    expect(marks.map((m) => [m.shape, m.hollow, m.range])).toEqual([
      ['circle', false, false],
      ['square', false, false],
      ['triangle', true, true],
    ]);
  });

  it('labels every point with its number and names who counted it, when and how in its title', () => {
    expect(marks.map((m) => m.label)).toEqual(['~200 million', '600 million+', '400 million–500 million']);
    expect(marks[0].title).toBe('A blog, 2019: about 200 million cameras (estimate). Claim: Camera count estimates disagree');
    expect(marks[2].title).toBe("The report&#39;s authors, 2021: 400 million to 500 million cameras (projection). Claim: A forecast of 400 to 500 million cameras by 2021");
  });

  it('says what the chart shows in a sentence, as its text alternative and under it', () => {
    const sentence =
      'Surveillance cameras, estimates: 3 figures from 3 counters or estimators (A blog; The ministry; The report&#39;s authors), 2019 to 2021; lowest about 200 million cameras, highest more than 600 million cameras. Drawn hollow: 1 projection.';
    expect(svg).toContain(`role="group" aria-labelledby="chart-camera-counts-desc"`);
    expect(svg).toMatch(/<title id="chart-camera-counts-title">Surveillance cameras, estimates<\/title>\s*<desc id="chart-camera-counts-desc">([^<]*)<\/desc>/);
    expect(/<desc id="chart-camera-counts-desc">([^<]*)<\/desc>/.exec(svg)![1]).toBe(sentence);
    expect(html).toContain(`<p class="chart-summary">${sentence}</p>`);
  });

  it('has axes with years and round numbers, and a legend of shapes', () => {
    expect([...svg.matchAll(/<text x="[\d.]+" y="3\d\d" text-anchor="middle">(\d{4})<\/text>/g)].map((m) => m[1])).toEqual(['2019', '2020', '2021', '2022', '2023']);
    expect([...svg.matchAll(/text-anchor="end">([^<]+)<\/text>/g)].map((m) => m[1])).toContain('0');
    expect(text(/<ul class="chart-legend"[\s\S]*?<\/ul>/.exec(html)![0])).toBe(
      "A blog The ministry The report's authors hollow: a projection or a seller's claim, not a count vertical bar: a range (low to high)",
    );
  });

  it('has the same data as a table, a CSV download and a cite box', () => {
    const table = text(/<table class="figure-table series-table">[\s\S]*?<\/table>/.exec(html)![0]);
    expect(table).toContain('Date Figure What is counted How Counted by Source Claim');
    expect(table).toContain('2019 about 200 million cameras cameras Estimate A blog How many cameras does China have? Camera count estimates disagree');
    expect(table).toContain('2021 400 million to 500 million cameras surveillance cameras forecast for 2021 Projection');
    expect(html).toContain('<a href="/figures/camera-counts.csv" download="camera-counts.csv">camera-counts.csv</a>');
    expect(html).toContain('<h2 id="cite">Cite this series</h2>');
    expect(html).toMatch(/<pre class="cite-code" id="cite-text-bibtex"[^>]*>@misc\{camera-counts,/);
    expect(html).toMatch(/<pre class="cite-code" id="cite-text-ris"[^>]*>TY {2}- DATA\n/);
    expect(html).toContain('Surveillance Claims contributors. (2026). Surveillance cameras, estimates [Dataset]. In <i>Surveillance Claims</i>. http://localhost:4321/figures/camera-counts/');
  });
});

describe('the series CSV', () => {
  it('has a header and one row per figure, oldest first', () => {
    const csv = readFileSync(join(siteDir(), 'figures', 'camera-counts.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('date,until,value,low,high,qualifier,unit,counts,method,source,counted_by,claim,claim_url');
    expect(csv.slice(1, -1).map((row) => row.split(',').slice(0, 10).join(','))).toEqual([
      '2019,,200000000,,,about,cameras,cameras,estimate,blog-estimate',
      '2019-12,,600000000,,,more-than,cameras,surveillance cameras built nationwide,count,official-figures',
      '2021,,,400000000,500000000,,cameras,surveillance cameras forecast for 2021,projection,face-report',
    ]);
  });
});

describe('the figures index', () => {
  it('lists every series with its number of figures', () => {
    expect(text(page('/figures/'))).toContain('Surveillance cameras, estimates (3 figures) A number of surveillance cameras in the country');
  });
});

describe('the topic page of a series', () => {
  it('embeds the chart under a heading that links to the series page', () => {
    const html = page('/topics/disputes/');
    expect(html).toContain('<h3 id="chart-camera-counts-title"><a href="/figures/camera-counts/">Surveillance cameras, estimates</a></h3>');
    expect(chart(html).marks).toHaveLength(3);
  });

  it('shows no figures section on a topic without series', () => {
    expect(page('/topics/leaks/')).not.toContain('class="topic-figures"');
  });
});

describe('a claim page with figures', () => {
  it('shows its figures as a table with the source and series of each', () => {
    const html = page('/claims/camera-count-contested/');
    const table = text(/<section aria-labelledby="figures" class="claim-figures">[\s\S]*?<\/section>/.exec(html)![0]);
    expect(table).toBe(
      'Figures Figure What is counted Date How Counted by Source Series ' +
        'more than 600 million cameras surveillance cameras built nationwide December 2019 Count The ministry National public security video surveillance statistics Surveillance cameras, estimates ' +
        'about 200 million cameras cameras 2019 Estimate A blog How many cameras does China have? Surveillance cameras, estimates',
    );
    expect(html).toContain('<a href="/figures/camera-counts/">Surveillance cameras, estimates</a>');
  });

  it('shows no figures section on a claim without figures', () => {
    expect(page('/claims/database-offered/')).not.toContain('id="figures"');
  });
});

describe('open data', () => {
  it('carries every series with its points in series.json, and the figures of each claim in claims.json', () => {
    const series = JSON.parse(readFileSync(join(siteDir(), 'data', 'series.json'), 'utf8'));
    expect(series.count).toBe(1);
    const [s] = series.series;
    expect(s).toMatchObject({ id: 'camera-counts', unit: 'cameras', topics: ['disputes'] });
    expect(s.points.map((p: { claim: string; value: number | null; method: string }) => [p.claim, p.value, p.method])).toEqual([
      ['camera-count-contested', 200000000, 'estimate'],
      ['camera-count-contested', 600000000, 'count'],
      ['camera-forecast', null, 'projection'],
    ]);
    const claims = JSON.parse(readFileSync(join(siteDir(), 'data', 'claims.json'), 'utf8'));
    const claim = claims.claims.find((c: { id: string }) => c.id === 'camera-forecast');
    expect(claim.figures).toEqual([
      { series: 'camera-counts', value: null, low: 400000000, high: 500000000, qualifier: null, unit: 'cameras', counts: 'surveillance cameras forecast for 2021', date: '2021', until: null, source: 'face-report', counted_by: "The report's authors", method: 'projection' },
    ]);
  });
});
