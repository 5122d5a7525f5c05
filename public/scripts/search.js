// Search page: runs Pagefind in the browser against the site's own index. No other host is contacted.
const bundle = new URL('../pagefind/', import.meta.url).href;
const input = document.getElementById('q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');

const pagefind = await import(`${bundle}pagefind.js`);
await pagefind.options({ bundlePath: bundle });
await pagefind.init();

function item(data) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = data.url;
  a.textContent = data.meta.title ?? data.url;
  const p = document.createElement('p');
  // Pagefind's excerpt marks matches with <mark>; it is built from our own pages' text.
  p.innerHTML = data.excerpt;
  li.append(a, p);
  return li;
}

async function run(query) {
  const params = new URLSearchParams(location.search);
  if (query) params.set('q', query);
  else params.delete('q');
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  const search = await pagefind.debouncedSearch(query, {}, 150);
  if (search === null) return; // a newer keystroke superseded this one
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren(...results.map(item));
  status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”`;
}

input.value = new URLSearchParams(location.search).get('q') ?? '';
input.addEventListener('input', () => run(input.value));
input.form.addEventListener('submit', (event) => {
  event.preventDefault();
  run(input.value);
});
run(input.value);
