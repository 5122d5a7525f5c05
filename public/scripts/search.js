// The search page: Pagefind in the browser, against the site's own index, with no request to any
// other host. English text is searched in the main index; Chinese passages live in a second index
// (pagefind/zh/, each Han character a word), merged in the first time a query has Chinese in it.
// A large site's indexes come in parts (indexes.json lists them, see scripts/lib/search-index.ts),
// each merged with the rest of its language.
// Filters combine with OR within a group and AND across groups; the URL keeps the query, filters
// and order, so a search can be bookmarked or shared. What is indexed: src/site/search-records.ts.
// Which English words truly matched, exact phrases and "Did you mean": search-words.js.

import { englishQuery, nearestWord, parseVocabulary, unmatched } from './search-words.js';

const bundle = new URL('../pagefind/', import.meta.url);
const PAGE_SIZE = 8;
/** Pause after the last keystroke before searching: short, so a result follows typing at once. */
const TYPING_PAUSE_MS = 80;
/** Typed English searches from three letters on (Enter searches anything; Chinese from one character). */
const LIVE_MIN_LETTERS = 3;
/** The filters (a few files of their own) load once results have stood this long, or on demand. */
const FILTERS_AFTER_MS = 1000;

/**
 * Filter groups as the index names them, with the label and URL parameter of each; status first,
 * the question most readers bring. The year is not always an event's, and its hint says whose.
 */
const GROUPS = [
  { name: 'status', label: 'Status', param: 'status' },
  { name: 'kind', label: 'Type', param: 'type' },
  { name: 'topic', label: 'Topic', param: 'topic' },
  { name: 'entity', label: 'Entity', param: 'entity' },
  { name: 'source type', label: 'Source type', param: 'source-type' },
  { name: 'language', label: 'Source language', param: 'language' },
  {
    name: 'year',
    label: 'Year',
    param: 'year',
    hint: 'A claim’s by the event it describes (else the date it holds for), a source’s by publication, an entity’s by its first date.',
  },
];
const STATUS_ORDER = ['established', 'reported', 'contested', 'unverified', 'refuted', 'superseded'];
const ORDERS = ['relevance', 'newest', 'oldest'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Fewer results than this, and the page looks for a word the reader may have meant. */
const FEW_RESULTS = 3;
/** Collapsed filter groups show this many values, most frequent first. */
const SHOWN_VALUES = 8;
// Han characters and what sits between them in a Chinese passage: the same classes as
// src/site/search-text.ts, which splits the indexed text.
const HAN_CHARS = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2fa1f}';
const JOINERS = '0-9!-/:-@\\[-`{-~\\u00b7\\u2010-\\u2027\\u3000-\\u303f\\uff00-\\uffef';
const HAN_RUN = new RegExp(`[${JOINERS}]*[${HAN_CHARS}][${HAN_CHARS}${JOINERS}]*`, 'gu');
const HAN = new RegExp(`[${HAN_CHARS}]`, 'u');
const PUNCTUATION = /[^\p{L}\p{N}]+/u;
const BETWEEN_HAN = new RegExp(`([${HAN_CHARS}])(?=[${HAN_CHARS}])`, 'gu');

const form = document.getElementById('search-form');
const input = document.getElementById('q');
const sortSelect = document.getElementById('sort');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('more-results');
const facets = document.getElementById('search-facets');
const clear = document.getElementById('clear-filters');
const showFilters = document.getElementById('show-filters');
const filtersToggle = document.getElementById('filters-toggle');
const filtersPanel = document.getElementById('search-filters');
const start = document.getElementById('search-start');
const suggestion = document.getElementById('search-suggestion');
const none = document.getElementById('search-none');

/** Says that search cannot run, instead of failing silently. */
function unavailable(error) {
  console.warn(error);
  status.textContent = 'Search could not load its index. Reload the page to try again; topics, claims, sources and entities can also be browsed from the menu.';
}

let pagefind;
/** The indexes beside the primary one, by language, and the dictionary pages of indexes in parts. */
let indexes = { en: [], zh: [], hidden: [] };
let hidden = new Set();
try {
  const listed = fetch(new URL('indexes.json', bundle)).then((response) => {
    if (!response.ok) throw new Error(`indexes.json: HTTP ${response.status}`);
    return response.json();
  });
  listed.catch(() => {}); // awaited below, unless the library fails to load first
  pagefind = await import(new URL('pagefind.js', bundle).href);
  // Search on the main thread: Pagefind's worker would be one more file (43 KB) to download
  // before the first result, and would not make a search any faster.
  await pagefind.options({ noWorker: true, excerptLength: 24, mergeFilter: { index: 'en' } });
  await pagefind.init();
  indexes = await listed;
  hidden = new Set(indexes.hidden);
  // Every English search needs every English part.
  await Promise.all(indexes.en.map((part) => pagefind.mergeIndex(new URL(part, bundle).pathname, { language: 'en', mergeFilter: { index: 'en' } })));
} catch (error) {
  pagefind = undefined;
  unavailable(error);
}

/** The state of the page, mirrored in the URL. */
const state = { query: '', sort: 'relevance', selected: new Map() };
/** The current search: its results and how many are shown. */
let current = { results: [], shown: 0 };
let generation = 0;
let chinese;
/** The English words of a query that matched nothing, by query, once known (see `truly`). */
const verdicts = new Map();
/** The vocabulary for "Did you mean", loaded the first time a query finds little. */
let vocabulary;
/** Page dates by Pagefind page id, per index, loaded the first time a reader sorts by date. */
const dateTables = new Map();
/** Every filter value in the index, once loaded: name → value → count. */
let allFilters;
let filtersTimer;

function readUrl() {
  const params = new URLSearchParams(location.search);
  state.query = params.get('q') ?? '';
  state.sort = ORDERS.includes(params.get('sort')) ? params.get('sort') : 'relevance';
  state.selected = new Map();
  for (const group of GROUPS) {
    const values = params.getAll(group.param).filter(Boolean);
    if (values.length) state.selected.set(group.name, new Set(values));
  }
}

function writeUrl() {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const group of GROUPS) for (const value of state.selected.get(group.name) ?? []) params.append(group.param, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const search = params.size ? `?${params}` : '';
  if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
}

/** Merges the Chinese index (all its parts) in, once, the first time a query needs it. */
function loadChinese() {
  chinese ??= Promise.all(indexes.zh.map((part) => pagefind.mergeIndex(new URL(part, bundle).pathname, { language: 'zh', mergeFilter: { index: 'zh' } }))).then(
    () => indexes.zh.length > 0,
    () => false,
  );
  return chinese;
}

/** Pagefind filters for the current selection, leaving out one group (for that group's counts). */
function filtersFor(without) {
  const filters = {};
  for (const [name, values] of state.selected) {
    if (name !== without && values.size) filters[name] = { any: [...values] };
  }
  return filters;
}

/**
 * The Chinese passages of a query, and its English part (see search-words.js). A passage is cut
 * at its punctuation, which the index counts as a position of its own: 对“人肉开盒” is asked for
 * as 对 and 人肉开盒.
 */
function parseQuery(query) {
  const chinese = (query.match(HAN_RUN) ?? []).flatMap((run) => run.split(PUNCTUATION)).filter((p) => HAN.test(p));
  return { chinese, english: englishQuery(query.replace(HAN_RUN, ' ')) };
}

const NOTHING = { results: [], filters: {} };

/**
 * Pagefind's search, less the dictionary pages that let each part of an index know every word
 * (scripts/lib/search-index.ts): they carry no filter, so counts are as they would be without.
 */
async function search(term, options) {
  const found = await pagefind.search(term, options);
  return hidden.size ? { ...found, results: found.results.filter((r) => !hidden.has(r.id)) } : found;
}

/**
 * Searches for a query: { results, filters } as Pagefind gives them. Each index answers only for
 * its own language (the `index` filter), so a page found in both never appears twice. A query
 * with Chinese in it is searched in the Chinese index, where its other words must match the title
 * or summary the Chinese records carry.
 */
async function find(query, filters) {
  if (!query.trim()) return search(null, { filters: { ...filters, index: 'en' } });
  const { chinese, english } = parseQuery(query);
  // The Chinese index holds every Han character as a word: a passage is asked for as an exact
  // phrase of characters, which finds the pages that contain it, and only those.
  const passages = (chinese.length && (await loadChinese()) ? chinese : []).map((p) => p.replace(BETWEEN_HAN, '$1 '));
  const index = passages.length ? 'zh' : 'en';
  const phrases = [...passages, ...english.phrases];
  let found = await findWords([...phrases, ...english.quantities], english.words, filters, index);
  // A number and a word are a phrase if the index has them together; if not, two words.
  if (found.results.length === 0 && english.quantities.length) {
    found = await findWords(phrases, [...english.words, ...english.quantities], filters, index);
  }
  return found;
}

/**
 * Pages with every phrase and every word. Pagefind answers an exact phrase only when it is the
 * whole query, so each phrase is a search of its own and the results those they all found;
 * exact phrases all score alike, so the same words searched loosely give the order of
 * relevance. The results are those of the first phrase: their excerpts mark it, not each word.
 */
async function findWords(phrases, words, filters, index) {
  if (!phrases.length && !words.length) return NOTHING;
  const options = { filters: { ...filters, index } };
  const loose = words.length ? search(words.join(' '), options) : undefined;
  if (loose && (await misspelt(words, await loose)).length) return NOTHING;
  if (!phrases.length) return loose;
  const searches = await Promise.all(phrases.map((p) => search(`"${p}"`, options)));
  if (loose) searches.push(await loose);
  let results = searches[0].results;
  for (const other of searches.slice(1)) {
    const ids = new Set(other.results.map((r) => r.id));
    results = results.filter((r) => ids.has(r.id));
  }
  const ranked = await search([...phrases, ...words].join(' '), options);
  const score = new Map(ranked.results.map((r) => [r.id, r.score]));
  results = [...results].sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
  // With several searches the counts are those of the first: the index cannot count an intersection.
  return { results, filters: searches[0].filters };
}

/**
 * The words of a query that matched nothing: Pagefind falls back to any indexed word a query word
 * starts with, down to a letter (search-words.js), and the top result shows whether it did.
 */
async function misspelt(words, found) {
  if (!found.results.length) return [];
  const key = words.join(' ');
  if (!verdicts.has(key)) verdicts.set(key, found.results[0].data().then((data) => unmatched(words, data)));
  return verdicts.get(key);
}

async function run() {
  if (!pagefind) return;
  try {
    await update();
  } catch (error) {
    unavailable(error);
  }
}

/** Runs the search the state describes and shows its results, then its filters. */
async function update() {
  const mine = ++generation;
  clearTimeout(filtersTimer);
  writeUrl();
  const query = state.query.trim();
  const filtering = [...state.selected.values()].some((v) => v.size);
  start.hidden = Boolean(query || filtering);
  suggestion.hidden = true;
  none.hidden = true;
  if (!query && !filtering) {
    current = { results: [], shown: 0 };
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    // With nothing asked yet, the filters count every page: a way to browse, say, contested claims.
    if (allFilters) {
      const everything = await find('', {});
      if (mine === generation) renderFacets(everything.filters);
    }
    return;
  }
  const found = await find(query, filtersFor());
  const results = state.sort === 'relevance' ? found.results : await byDate(found.results, state.sort);
  if (mine !== generation) return;
  current = { results, shown: 0 };
  list.replaceChildren();
  await showMore(mine);
  if (mine !== generation) return;
  const count = results.length;
  const what = query ? ` for “${query}”` : '';
  status.textContent = count ? `${count} result${count === 1 ? '' : 's'}${what}` : `No results${what}.${filtering ? ' Try removing a filter.' : ''}`;
  none.hidden = count > 0;
  if (count < FEW_RESULTS && query) suggestFor(mine, query, count).catch(console.warn);
  // The filters load after the results, never delaying them, and not while the reader types.
  if (allFilters || filtering) await showFacets(mine, query, found.filters);
  else filtersTimer = setTimeout(() => showFacets(mine, query, found.filters).catch(console.warn), FILTERS_AFTER_MS);
}

/**
 * "Did you mean ...": each English word of the query that is not a word of the index, replaced by
 * the nearest word that is (search-words.js), offered if that query finds more.
 */
async function suggestFor(mine, query, count) {
  vocabulary ??= fetch(new URL('words.txt', bundle)).then((response) => (response.ok ? response.text() : '')).then(parseVocabulary, () => []);
  const words = await vocabulary;
  let changed = false;
  // Only loose English words: not Chinese, and not what the reader put in quotes.
  const better = query.replace(/["“”„][^"“”„]*["“”„]?|[\p{L}\p{N}]+/gu, (token) => {
    if (!/^\p{L}+$/u.test(token) || HAN.test(token)) return token;
    const near = nearestWord(token, words);
    if (!near) return token;
    changed = true;
    return near;
  });
  if (!changed || mine !== generation) return;
  const found = await find(better, filtersFor());
  if (mine !== generation || found.results.length <= count) return;
  const link = document.createElement('a');
  const params = new URLSearchParams(location.search);
  params.set('q', better);
  link.href = `?${params}`;
  link.textContent = better;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = better;
    state.query = better;
    run();
  });
  suggestion.replaceChildren('Did you mean ', link, '?');
  suggestion.hidden = false;
}

async function showFacets(mine, query, counts) {
  if (!allFilters) {
    allFilters = await loadFilters();
    if (!allFilters || mine !== generation) return;
    // Counts come only from filter data already loaded: ask again now that it is.
    counts = (await find(query, filtersFor())).filters;
  }
  const all = await facetCounts(query, counts);
  if (mine === generation) renderFacets(all);
}

/**
 * Results newest or oldest first, by the date table the build writes beside each index (the
 * event a claim describes, a source's publication ...). Undated pages come last either way;
 * pages of the same date keep their order of relevance.
 */
async function byDate(results, order) {
  const chineseResults = results.some((r) => r.id.startsWith('zh_'));
  const parts = ['', ...indexes.en, ...(chineseResults ? indexes.zh : [])];
  // Page ids are unique across the indexes (Pagefind prefixes each with its language).
  const tables = await Promise.all(parts.map((part) => dateTable(new URL(part, bundle))));
  const dates = new Map(tables.flatMap((table) => [...table]));
  const key = results.map((r) => dates.get(r.id) ?? 0);
  const sign = order === 'newest' ? -1 : 1;
  const index = results.map((_, i) => i);
  index.sort((a, b) => Number(key[a] === 0) - Number(key[b] === 0) || sign * (key[a] - key[b]) || a - b);
  return index.map((i) => results[i]);
}

function dateTable(path) {
  const url = new URL('dates.json', path).href;
  if (!dateTables.has(url)) {
    dateTables.set(
      url,
      fetch(url)
        .then((response) => (response.ok ? response.json() : {}))
        .then((table) => new Map(Object.entries(table).flatMap(([date, ids]) => ids.split(' ').map((id) => [id, Number(date)])))),
    );
  }
  return dateTables.get(url);
}

async function showMore(mine) {
  const next = current.results.slice(current.shown, current.shown + PAGE_SIZE);
  const data = await Promise.all(next.map((r) => r.data()));
  if (mine !== generation) return;
  list.append(...data.map((d, i) => resultItem(d, next[i].id.startsWith('zh_'))));
  current.shown += next.length;
  more.hidden = current.shown >= current.results.length;
}

async function loadFilters() {
  try {
    const filters = await pagefind.filters();
    delete filters.index;
    showFilters.hidden = true;
    return filters;
  } catch {
    return undefined;
  }
}

/**
 * Counts beside each value: how many results the value would give with the other groups'
 * selections. A group with a selection needs its own search without it (OR within a group).
 */
async function facetCounts(query, counts) {
  const result = {};
  for (const group of GROUPS) {
    const source = state.selected.get(group.name)?.size ? (await find(query, filtersFor(group.name))).filters : counts;
    result[group.name] = source[group.name] ?? {};
  }
  return result;
}

function renderFacets(counts) {
  const expanded = new Set([...facets.querySelectorAll('fieldset[data-expanded]')].map((f) => f.dataset.name));
  const fieldsets = [];
  for (const group of GROUPS) {
    const chosen = state.selected.get(group.name) ?? new Set();
    const count = (v) => counts[group.name]?.[v] ?? 0;
    // A value that would leave no result is not offered, unless it is already chosen.
    const values = Object.keys(allFilters[group.name] ?? {}).filter((v) => count(v) > 0 || chosen.has(v));
    if (values.length === 0) continue;
    values.sort(order(group.name, count));
    const fieldset = document.createElement('fieldset');
    fieldset.dataset.name = group.name;
    const legend = document.createElement('legend');
    legend.textContent = group.label;
    fieldset.append(legend);
    if (group.hint) fieldset.append(span('facet-hint', group.hint));
    const collapse = !expanded.has(group.name) && values.length > SHOWN_VALUES + 2;
    if (expanded.has(group.name)) fieldset.dataset.expanded = '';
    values.forEach((value, i) => {
      if (collapse && i >= SHOWN_VALUES && !chosen.has(value)) return;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = group.param;
      box.value = value;
      box.checked = chosen.has(value);
      box.addEventListener('change', () => toggle(group.name, value, box.checked));
      const label = document.createElement('label');
      label.append(box, ` ${valueLabel(group.name, value)} `, span('facet-count', String(count(value))));
      fieldset.append(label);
    });
    if (collapse) {
      const all = document.createElement('button');
      all.type = 'button';
      all.className = 'facet-more';
      all.textContent = `Show all ${values.length}`;
      all.addEventListener('click', () => {
        fieldset.dataset.expanded = '';
        renderFacets(counts);
        facets.querySelectorAll(`fieldset[data-name="${CSS.escape(group.name)}"] input`)[SHOWN_VALUES]?.focus();
      });
      fieldset.append(all);
    }
    fieldsets.push(fieldset);
  }
  facets.replaceChildren(...fieldsets);
  clear.hidden = ![...state.selected.values()].some((v) => v.size);
}

/** Years newest first, statuses in their own order, everything else by count then name. */
function order(name, count) {
  if (name === 'year') return (a, b) => b.localeCompare(a);
  if (name === 'status') return (a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b);
  return (a, b) => count(b) - count(a) || a.localeCompare(b);
}

function valueLabel(name, value) {
  return name === 'status' ? value[0].toUpperCase() + value.slice(1) : value;
}

function toggle(name, value, on) {
  const values = state.selected.get(name) ?? new Set();
  if (on) values.add(value);
  else values.delete(value);
  state.selected.set(name, values);
  run();
}

/** "6 July 2022", "July 2022" or "2022" from a YYYY, YYYY-MM or YYYY-MM-DD meta date. */
function formatDate(date) {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  return `${day ? `${day} ` : ''}${MONTHS[month - 1]} ${year}`;
}

function resultItem(data, inChinese) {
  const li = document.createElement('li');
  li.className = 'search-result';
  const facts = document.createElement('p');
  facts.className = 'result-facts';
  const kind = data.filters.kind?.[0];
  if (kind) facts.append(span('result-kind', kind));
  const claimStatus = data.filters.status?.[0];
  if (claimStatus) facts.append(span(`status status-${claimStatus}`, claimStatus));
  for (const topic of data.filters.topic ?? []) if (kind !== 'Topic') facts.append(span('result-topic', topic));
  if (data.meta.date) {
    const time = document.createElement('time');
    time.dateTime = data.meta.date;
    time.textContent = formatDate(data.meta.date);
    facts.append(time);
  }
  const title = document.createElement('h2');
  title.className = 'result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);
  li.append(facts, title);
  if (data.meta.summary) {
    const summary = document.createElement('p');
    summary.className = kind === 'Claim' ? 'result-statement' : 'result-summary';
    summary.textContent = data.meta.summary;
    li.append(summary);
  }
  // A claim's evidence summary travels as a filter no group offers (src/site/search-records.ts).
  const evidence = data.filters.evidence?.[0];
  if (evidence) {
    const line = document.createElement('p');
    line.className = 'result-evidence';
    line.textContent = `Evidence: ${evidence}`;
    li.append(line);
  }
  // The excerpt shows where the words matched; it adds nothing when they matched only the title or summary.
  if (data.excerpt.includes('<mark>')) {
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    if (inChinese) excerpt.lang = 'zh';
    excerpt.append(...markedText(data.excerpt));
    li.append(excerpt);
  }
  return li;
}

function span(className, text) {
  const s = document.createElement('span');
  s.className = className;
  s.textContent = text;
  return s;
}

/**
 * Pagefind's excerpt is text with `<`, `>` escaped and matches wrapped in <mark>. It is rebuilt
 * here as text nodes and <mark> elements, so nothing in it is ever parsed as HTML.
 */
function markedText(excerpt) {
  const decode = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).filter(Boolean).map((part) => {
    const match = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (!match) return document.createTextNode(decode(part));
    const mark = document.createElement('mark');
    mark.textContent = decode(match[1]);
    return mark;
  });
}

let typing;
input.addEventListener('input', (event) => {
  if (event.isComposing) return; // wait for the input method to finish a Chinese word
  clearTimeout(typing);
  const query = input.value.trim();
  if (query && !HAN.test(query) && query.length < LIVE_MIN_LETTERS) return;
  typing = setTimeout(() => {
    state.query = input.value;
    run();
  }, TYPING_PAUSE_MS);
});
input.addEventListener('compositionend', () => {
  state.query = input.value;
  run();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  state.query = input.value;
  run();
});
sortSelect.addEventListener('change', () => {
  state.sort = sortSelect.value;
  run();
});
more.addEventListener('click', async () => {
  const first = current.shown;
  await showMore(generation);
  list.children[first]?.querySelector('a')?.focus();
});
clear.addEventListener('click', () => {
  state.selected = new Map();
  run();
});
// On a narrow screen the filters sit above the results, closed until the reader opens them.
filtersToggle.addEventListener('click', () => {
  const open = filtersToggle.getAttribute('aria-expanded') !== 'true';
  filtersToggle.setAttribute('aria-expanded', String(open));
  filtersPanel.classList.toggle('open', open);
  if (open) filtersPanel.querySelector('h2')?.focus();
});
showFilters.addEventListener('click', async () => {
  allFilters ??= await loadFilters();
  run();
});

readUrl();
// What a reader typed while the index loaded (before the listeners above existed) is kept and searched.
if (input.value.trim()) state.query = input.value;
else input.value = state.query;
sortSelect.value = state.sort;
document.documentElement.dataset.searchReady = '';
run();
