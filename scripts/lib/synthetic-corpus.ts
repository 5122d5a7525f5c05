/**
 * A realistic synthetic corpus for benchmarks and scale tests: claims of about four paragraphs with
 * three cited sources (each with a quote, one of them Chinese), two cross-links and one component,
 * plus sources, topics and entities for them to point at; every fourth claim states a figure, in
 * one series per topic. Deterministic for a given size.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './seeded-random';

export interface SyntheticSize {
  claims: number;
  sources?: number;
  topics?: number;
  entities?: number;
}

const WORDS =
  'ministry police database records sale insiders telecom courier platform province campaign court sentence yuan records leak servers cloud vendor channel broker market surveillance camera network program law article data security protection personal information enforcement officials contractors prosecutors case evidence report investigation'.split(
    ' ',
  );
const ZH = ['公安机关', '个人信息', '人脸识别', '开盒', '数据安全', '侵犯公民个人信息', '网络安全法', '公安部'];

const SYLLABLES = 'ba be bi bo da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi vo za ze zi zo'.split(' ');

function pseudoWord(rnd: () => number): string {
  const n = 2 + Math.floor(rnd() * 3);
  return Array.from({ length: n }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join('');
}

export function writeSyntheticCorpus(dir: string, size: SyntheticSize): void {
  const claims = size.claims;
  const sources = size.sources ?? Math.max(3, Math.round(claims / 5));
  const topics = size.topics ?? 8;
  const entities = size.entities ?? Math.max(2, Math.min(200, Math.round(claims / 50)));
  const rnd = seededRandom(claims * 7919 + sources);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  // Real prose has a long tail of rare words (Zipf's law); a small vocabulary would make every
  // word occur on every page and distort what search indexing costs.
  const vocabulary = [...WORDS, ...Array.from({ length: 6000 }, () => pseudoWord(rnd))];
  const zipf = () => vocabulary[Math.min(vocabulary.length - 1, Math.floor(Math.exp(rnd() * Math.log(vocabulary.length + 1))) - 1)];
  const words = (n: number) => Array.from({ length: n }, zipf).join(' ');
  const sentence = () => {
    const s = words(12 + Math.floor(rnd() * 14));
    return s[0].toUpperCase() + s.slice(1) + '.';
  };
  for (const folder of ['claims', 'sources', 'topics', 'entities', 'series']) mkdirSync(join(dir, folder), { recursive: true });

  for (let t = 0; t < topics; t++) {
    writeFileSync(
      join(dir, 'topics', `topic-${t}.mdx`),
      `---\ntitle: Topic ${t}\nsummary: ${sentence()}\norder: ${t}\n---\n\n## Overview\n\n${sentence()} ${sentence()} See [a claim](../claims/claim-${t}.mdx).\n`,
    );
  }
  for (let t = 0; t < topics; t++) {
    writeFileSync(
      join(dir, 'series', `series-${t}.yaml`),
      `title: Series ${t} of ${words(3)}\nunit: people\npoint: ${sentence()}\ncomparability: ${sentence()} ${sentence()}\ntopics: [topic-${t}]\n`,
    );
  }
  for (let e = 0; e < entities; e++) {
    writeFileSync(
      join(dir, 'entities', `entity-${e}.yaml`),
      `kind: ${pick(['law', 'agency', 'program', 'incident', 'company'])}\nname: Entity ${e}\nname_zh: ${pick(ZH)}\naliases: [E${e}]\ndates:\n  - date: "${2000 + (e % 25)}-0${1 + (e % 9)}"\n    event: ${words(4)}\n    source: source-${e % sources}\ndescription: ${sentence()} ${sentence()}\n`,
    );
  }
  for (let s = 0; s < sources; s++) {
    const zh = s % 5 === 0;
    writeFileSync(
      join(dir, 'sources', `source-${s}.yaml`),
      [
        `type: ${pick(['news', 'report', 'law', 'official-statement', 'court-record', 'academic'])}`,
        `title: ${words(8)}`,
        zh ? `original_title: ${pick(ZH)}${pick(ZH)}\ntitle_translator: project editors` : '',
        `language: ${zh ? 'zh' : 'en'}`,
        `authors: [${words(2)}]`,
        `publisher: Publisher ${s % 40}`,
        `published: "${2010 + (s % 15)}-${String(1 + (s % 12)).padStart(2, '0')}-${String(1 + (s % 28)).padStart(2, '0')}"`,
        `url: https://news.example.org/${s}/${words(3).replace(/ /g, '-')}`,
        `accessed: "2026-0${1 + (s % 9)}-15"`,
        `archives:\n  - url: https://web.archive.org/web/2026/https://news.example.org/${s}\n    date: "2026-0${1 + (s % 9)}-15"`,
        `access_notes:\n  - kind: read-in-copy\n    note: ${sentence()}`,
        `reliability:\n  rating: ${pick(['generally-reliable', 'marginal'])}\n  note: ${sentence()}`,
        '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
  for (let c = 0; c < claims; c++) {
    const cited = [c % sources, (c * 7 + 1) % sources, (c * 13 + 2) % sources].filter((v, i, a) => a.indexOf(v) === i);
    const figure = c % 4 === 0 ? 1000 + Math.floor(rnd() * 90000) : undefined;
    const roles: string[] = [];
    const evidence = cited
      .map((s, i) =>
        i === 2
          ? `  - source: source-${s}\n    role: context\n    locator:\n      page: "${1 + (c % 30)}"\n    quote:\n      text: "${pick(ZH)}${pick(ZH)}"\n      language: zh\n      translation: "${words(6)}"\n      translator: project editors`
          : `  - source: source-${s}\n    role: ${(roles[i] = i === 0 ? 'supports' : pick(['supports', 'contests']))}\n    kind: news-report\n    locator:\n      paragraph: ${1 + (c % 9)}\n    quote:\n      text: "${i === 0 && figure ? `${words(12)} more than ${figure.toLocaleString('en-US')} ${words(4)}` : words(18)}"\n      language: en`,
      )
      .join('\n');
    // Dated before every source's publication (2010 on), so no figure reads as a projection.
    const figures = figure
      ? `\nfigures:\n  - series: series-${c % topics}\n    value: ${figure}\n    qualifier: more-than\n    unit: people\n    counts: ${words(4)}\n    date: "${2000 + (c % 10)}"\n    source: source-${cited[0]}\n    counted_by: Publisher ${cited[0] % 40}\n    method: count`
      : '';
    const paragraph = (i: number) =>
      `${sentence()} ${sentence()} ${sentence()} ${i === 0 ? `[@source-${cited[0]}, p. ${1 + (c % 40)}]` : i === 1 ? `[@source-${cited[1]}; @source-${cited[cited.length - 1]}]` : ''} ${i === 2 ? `See [the related claim](./claim-${(c * 31 + 7) % claims}.mdx) and [the entity](../entities/entity-${c % entities}.yaml).` : sentence()}`;
    // The status drawn, where the evidence meets its standard (src/policy/evidence-standard.ts), else reported.
    const drawn = pick(['established', 'reported', 'contested', 'unverified']);
    const independent = roles[1] === 'supports' && cited[0] % 40 !== cited[1] % 40;
    const status = (drawn === 'established' && !independent) || (drawn === 'contested' && !roles.includes('contests')) ? 'reported' : drawn;
    writeFileSync(
      join(dir, 'claims', `claim-${c}.mdx`),
      `---\ntitle: Claim ${c} about ${words(3)}\nstatement: ${sentence()}\ntopic: topic-${c % topics}\nstatus: ${status}\nstatus_history:\n  - date: "2026-01-0${1 + (c % 9)}"\n    status: reported\n    reason: ${sentence()}\n  - date: "2026-02-0${1 + (c % 9)}"\n    status: ${status}\n    reason: ${sentence()}\nas_of: "${2015 + (c % 10)}"\nentities: [entity-${c % entities}]\nrelated: [claim-${(c + 1) % claims}]\nreviewed:\n  date: "2026-03-01"\n  by: editors\nevidence:\n${evidence}${figures}\n---\n\n## Background\n\n${paragraph(0)}\n\n${paragraph(1)}\n\n<Aside kind="note">\n${sentence()}\n</Aside>\n\n## Details\n\n${paragraph(2)} The term <Term lang="zh" translation="${words(2)}">${pick(ZH)}</Term> appears in the record.\n\n${paragraph(3)}\n`,
    );
  }
}
