/**
 * The glossary: terms a reader meets in the claims and topic overviews, each defined once. A term
 * that is an entity takes its definition from the entity's own description (first sentence) and
 * links to it; the others are defined here from the sources cited beside them (maintainers' text,
 * written from the research data, never contributor input). `withGlossaryLinks` links the first
 * occurrence of each term in a page's prose to its definition.
 */
import type { ContentGraph, ValidEntry } from '../corpus/index';
import { sitePath } from './urls';

interface TermBase {
  /** Anchor on the glossary page. */
  id: string;
  /** The term as listed: English or romanised, then the Chinese. */
  term: string;
  zh?: string;
  /** What the Chinese says word for word, where that helps. */
  literally?: string;
  /** Forms linked in prose; English forms match whole words only. */
  forms: string[];
}
type TermSpec = TermBase & ({ entity: string } | { definition: string; sources: string[] });

const TERMS: TermSpec[] = [
  {
    id: 'kaihe',
    term: 'kaihe',
    zh: '开盒',
    literally: 'opening the box',
    forms: ['开盒', '開盒', 'kaihe'],
    definition:
      'Doxxing: digging out a person’s personal information and spreading it online. State media describe a black-market chain behind it whose perpetrators include minors; in May 2025 the Cyberspace Administration of China ordered its local offices and the platforms to block the spread of such information and punish it harder.',
    sources: ['xinhua-renrou-kaihe-2025', 'henandaily-cac-kaihe-notice-2025'],
  },
  {
    id: 'human-flesh-search',
    term: 'human-flesh search',
    zh: '人肉搜索',
    forms: ['人肉搜索', 'human-flesh search'],
    definition: 'Crowd-sourced hunting for a person’s identity. The Ministry of Public Security counts it among the black industries downstream of the trade in personal data.',
    sources: ['cctv-mps-press-conference-2023'],
  },
  {
    id: 'shegongku',
    term: 'social-engineering database',
    zh: '社工库',
    forms: ['社工库', '社工庫', 'social-engineering database'],
    definition:
      'A collection of previously leaked personal data compiled by black-market sellers and searched for a fee. Reporters of The Paper paid one such database on an overseas platform 300 yuan and got the reporter’s own name, phone number, QQ number and address; they found most of its data to be years-old bulk leaks.',
    sources: ['threathunter-2023-data-leak-report', 'thepaper-shegongku-insiders-2025'],
  },
  {
    id: 'neigui',
    term: 'insiders',
    zh: '内鬼',
    literally: 'inner ghosts',
    forms: ['内鬼', '內鬼'],
    definition:
      'People inside government departments, the police or companies who leak or sell the personal information they can reach. The Ministry of Public Security names leaks by insiders among the ways personal information is obtained; The Paper’s reporters judged that precise, current data probably needs them.',
    sources: ['cctv-mps-press-conference-2023', 'thepaper-shegongku-insiders-2025'],
  },
  {
    id: 'hukou',
    term: 'hukou',
    zh: '户籍',
    literally: 'household registration',
    forms: ['户籍', 'hukou'],
    definition:
      'A person’s household-registration record, held in the public-security system. Southern Metropolis Daily reporters bought a colleague’s record for 300 yuan on an overseas site; the seller said 240 yuan of it paid for a screenshot from the public-security website.',
    sources: ['bjnews-editorial-kaihe-insiders-2025'],
  },
  {
    id: 'digital-certificate',
    term: 'digital certificate',
    zh: '数字证书',
    forms: ['数字证书', 'digital certificate'],
    definition:
      'The credential that logs a police officer in to the police network to look up citizens’ records. An auxiliary officer in Wanning (Hainan) used a regular officer’s certificate to look up data that was then sold; a study found 364 judgments from 2016 to 2022 on personal-information crimes with this keyword.',
    sources: ['kuang-police-digital-certificate-study', 'wanning-auxiliary-police-case-2024'],
  },
  { id: 'net-number', term: 'net number and net certificate', zh: '网号、网证', forms: ['网号', '网证', 'net number', 'net certificate'], entity: 'cyber-id-measures' },
  { id: 'skynet', term: 'Skynet', zh: '天网', forms: ['Skynet', '天网'], entity: 'skynet' },
  { id: 'sharp-eyes', term: 'Sharp Eyes', zh: '雪亮工程', forms: ['Sharp Eyes', '雪亮工程'], entity: 'sharp-eyes' },
  { id: 'ijop', term: 'IJOP (Integrated Joint Operations Platform)', zh: '一体化联合作战平台', forms: ['IJOP', 'Integrated Joint Operations Platform'], entity: 'ijop' },
  { id: 'cac', term: 'CAC (Cyberspace Administration of China)', zh: '国家互联网信息办公室', forms: ['CAC', 'Cyberspace Administration of China', '网信办'], entity: 'cyberspace-administration-of-china' },
  { id: 'mps', term: 'MPS (Ministry of Public Security)', zh: '公安部', forms: ['MPS', 'Ministry of Public Security', '公安部'], entity: 'ministry-of-public-security' },
  { id: 'mss', term: 'MSS (Ministry of State Security)', zh: '国家安全部', forms: ['MSS', 'Ministry of State Security'], entity: 'ministry-of-state-security' },
  { id: 'spp', term: 'SPP (Supreme People’s Procuratorate)', zh: '最高人民检察院', forms: ['SPP', 'Supreme People’s Procuratorate', "Supreme People's Procuratorate", '最高检'], entity: 'supreme-peoples-procuratorate' },
  { id: 'spc', term: 'SPC (Supreme People’s Court)', zh: '最高人民法院', forms: ['SPC', 'Supreme People’s Court', "Supreme People's Court", '最高法'], entity: 'supreme-peoples-court' },
  { id: 'clean-net', term: 'Clean Net campaigns', zh: '净网', forms: ['Clean Net', '净网'], entity: 'clean-net-campaign' },
  { id: 'great-firewall', term: 'Great Firewall', forms: ['Great Firewall'], entity: 'great-firewall' },
];

export interface GlossaryEntry extends TermBase {
  definition: string;
  /** The entity the term names, linked from the glossary. */
  entity?: ValidEntry<'entity'>;
  /** The sources a definition written here rests on. */
  sources: ValidEntry<'source'>[];
}

/** The first sentence of an entity's description: enough for a definition, the rest is on its page. */
function firstSentence(text: string): string {
  const m = /^[\s\S]*?[.!?](?=\s+\p{Lu}|$)/u.exec(text.trim());
  return (m ? m[0] : text).replace(/\s+/g, ' ').trim();
}

/** The glossary of this corpus, in alphabetical order; a term whose entity or every source is missing is left out. */
export function glossary(graph: ContentGraph): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  for (const spec of TERMS) {
    if ('entity' in spec) {
      const entity = graph.get('entity', spec.entity);
      if (!entity?.data) continue;
      const e = entity as ValidEntry<'entity'>;
      entries.push({ ...spec, zh: spec.zh ?? e.data.name_zh, definition: firstSentence(e.data.description), entity: e, sources: [] });
    } else {
      const sources = spec.sources.map((id) => graph.get('source', id)).filter((s): s is ValidEntry<'source'> => s?.data !== undefined);
      if (sources.length === 0) continue;
      entries.push({ ...spec, sources });
    }
  }
  return entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const HAN = /\p{Script=Han}/u;

/** Elements whose text is never linked: links, headings, code, verbatim quotes and their captions. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'blockquote', 'figcaption']);

/**
 * Links the first occurrence of each glossary term in rendered prose to its definition, except
 * terms whose entity the prose already links and the entity named in `exceptEntity`. Contributor
 * text reaches the rendered HTML escaped, so every `<` in it starts a tag the renderer wrote: the
 * text between tags is the reader's text, and only that is searched.
 */
export function withGlossaryLinks(html: string, entries: GlossaryEntry[], base: string, exceptEntity?: string): string {
  const page = sitePath(base, 'glossary/');
  const pending = entries.filter((t) => !t.entity || (t.entity.id !== exceptEntity && !html.includes(`href="${sitePath(base, `entities/${t.entity.id}/`)}`)));
  if (pending.length === 0) return html;
  const patterns = pending.map((t) => ({
    term: t,
    // Forms are matched against text as rendered, where only `&`, `<` and `>` are escaped.
    re: new RegExp(t.forms.map((f) => escapeRegExp(escapeText(f))).map((f, i) => (HAN.test(t.forms[i]) ? f : `(?<![\\p{L}\\p{N}])${f}(?![\\p{L}\\p{N}])`)).join('|'), 'u'),
  }));
  const done = new Set<string>();
  const open: string[] = [];
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        const tag = /^<(\/?)([a-z0-9]+)/i.exec(part);
        const name = tag?.[2].toLowerCase();
        if (name && SKIP.has(name)) {
          if (!tag![1]) open.push(name);
          else if (open.includes(name)) open.splice(open.lastIndexOf(name), 1);
        }
        return part;
      }
      if (open.length > 0 || !part) return part;
      return linkFirst(part, patterns, done, page);
    })
    .join('');
}

/** Links, in one run of text, the earliest occurrence of each term not linked yet on the page. */
function linkFirst(text: string, patterns: { term: GlossaryEntry; re: RegExp }[], done: Set<string>, page: string): string {
  const found: { at: number; length: number; term: GlossaryEntry }[] = [];
  for (const { term, re } of patterns) {
    if (done.has(term.id)) continue;
    const m = re.exec(text);
    if (m) found.push({ at: m.index, length: m[0].length, term });
  }
  found.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const f of found) {
    if (f.at < from) continue; // overlaps a term linked just before
    done.add(f.term.id);
    out += `${text.slice(from, f.at)}<a class="glossary-term" href="${page}#${f.term.id}">${text.slice(f.at, f.at + f.length)}</a>`;
    from = f.at + f.length;
  }
  return out + text.slice(from);
}
