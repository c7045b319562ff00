// newsflow desk: plain JavaScript over the public read API, no build step, nothing from a CDN.
// Article text is untrusted: everything from the API reaches the page as text nodes, never as markup.

const CATEGORIES = ['ARTS_CULTURE_ENTERTAINMENT', 'CONFLICT_WAR_PEACE', 'CRIME_LAW_JUSTICE', 'DISASTER_ACCIDENT',
  'ECONOMY_BUSINESS_FINANCE', 'EDUCATION', 'ENVIRONMENT', 'HEALTH', 'HUMAN_INTEREST', 'LABOUR', 'LIFESTYLE_LEISURE',
  'POLITICS', 'RELIGION', 'SCIENCE_TECHNOLOGY', 'SOCIETY', 'SPORT', 'WEATHER', 'UNCATEGORIZED'];
const ENTITY_TYPES = ['PERSON', 'LOCATION', 'ORGANIZATION'];
const FILTERS = ['q', 'language', 'category', 'source', 'entity', 'entityType', 'from', 'to', 'duplicates'];
const REASONS = {
  BOILERPLATE_PATTERN: ['Site furniture', 'Recognised by its wording: share and follow buttons, comment forms, newsletter boxes, cookie notices, copyright lines.'],
  NAVIGATION: ['Navigation', 'Menus and runs of section names.'],
  RELATED_CONTENT: ['Related stories', 'Headings such as "Read more" with the headlines after them.'],
  REPEATED_TITLE: ['The title again', 'The headline repeated at the top of the body.'],
  REPEATED_SENTENCE: ['Repeated within the article', 'A sentence the article already had.'],
  SOURCE_RECURRING: ['Recurs at this source', 'Text this source repeats across its articles, so it is not the story.'],
  HTML_NON_CONTENT: ['Outside the article', 'Parts of the HTML page that are not the article: scripts, navigation, asides, footers.'],
  TRUNCATED: ['Cut for length', 'Text beyond the length limit.'],
  EMPTY_AFTER_CLEANING: ['Nothing left', 'Cleaning left no body.'],
};
const KEY_STORE = 'newsflow-desk-key';

const main = document.getElementById('main');
const liveBox = document.getElementById('live');
const keyBox = document.getElementById('key');
const languageNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'language' }) : null;

// ---- building the page: text is always text ---------------------------------------------------------

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) el.addEventListener(event, handler);
    } else if (name === 'text') {
      el.textContent = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, ...children);
  return el;
}

function append(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function show(...children) {
  main.replaceChildren();
  append(main, ...children);
}

function when(iso) {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

function languageName(code) {
  if (!code || code === 'und') return 'undetermined';
  try {
    return languageNames ? `${languageNames.of(code)} (${code})` : code;
  } catch {
    return code;
  }
}

function label(constant) {
  return constant.toLowerCase().replaceAll('_', ' ');
}

function searchHref(params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `/?${text}` : '/';
}

function entityHref(entity) {
  return searchHref({ entity: entity.text, entityType: entity.type });
}

// ---- the read API ---------------------------------------------------------------------------------

class ApiError extends Error {}

async function api(path) {
  const headers = { Accept: 'application/json' };
  const key = sessionStorage.getItem(KEY_STORE);
  if (key) headers['X-API-Key'] = key;
  const response = await fetch(path, { headers });
  if (response.status === 401) {
    askForKey();
    throw new ApiError('The read API needs a key.');
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      if (problem.detail) detail = problem.detail;
    } catch {
      // not a problem document
    }
    throw new ApiError(detail);
  }
  return response.json();
}

function askForKey() {
  const input = h('input', { type: 'password', id: 'api-key', autocomplete: 'off' });
  keyBox.replaceChildren(h('form', {
    on: {
      submit: (event) => {
        event.preventDefault();
        sessionStorage.setItem(KEY_STORE, input.value.trim());
        keyBox.hidden = true;
        render();
      },
    },
  }, h('label', { for: 'api-key' }, 'This read API needs a key (X-API-Key); it is kept for this tab only.'), ' ', input, ' ',
  h('button', { type: 'submit' }, 'Use key')));
  keyBox.hidden = false;
}

function failure(error) {
  return h('p', { class: 'error', role: 'alert' }, error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`);
}

// ---- navigation: every view has its own address ---------------------------------------------------

function go(href, replace = false) {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  render(true);
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a');
  if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const href = link.getAttribute('href');
  if (!href || !href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/') || link.target) return;
  event.preventDefault();
  go(href);
});
window.addEventListener('popstate', () => render(true));

async function render(moved = false) {
  const path = location.pathname;
  const params = new URLSearchParams(location.search);
  for (const link of document.querySelectorAll('.top nav a')) {
    const view = link.dataset.view;
    const current = (view === 'search' && (path === '/' || path.startsWith('/articles/')))
      || (view !== 'search' && path === `/${view}`);
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const article = path.match(/^\/articles\/([^/]+)$/);
  if (article) {
    live.follow(null);
    await articleView(decodeURIComponent(article[1]));
  } else if (path === '/entities') {
    live.follow(null);
    await entitiesView(params);
  } else if (path === '/sources') {
    live.follow(null);
    await sourcesView();
  } else {
    await searchView(params);
  }
  if (moved) main.focus();
}

// ---- search ---------------------------------------------------------------------------------------

function filtersOf(params) {
  const filters = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

function field(name, text, control) {
  control.id = `f-${name}`;
  control.name = name;
  return h('label', { for: control.id }, text, control);
}

function select(name, options, value, emptyLabel) {
  return h('select', {}, h('option', { value: '' }, emptyLabel),
    options.map((option) => h('option', { value: option, selected: option === value }, label(option))));
}

function searchForm(filters) {
  const q = h('input', { type: 'search', id: 'f-q', name: 'q', value: filters.q || '', placeholder: 'words, "phrases", -not, prefix*, or' });
  const form = h('form', { class: 'search', role: 'search', on: { submit: (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const next = {};
    for (const name of FILTERS) {
      const value = (data.get(name) || '').toString().trim();
      if (value) next[name] = value;
    }
    if (!next.entity) delete next.entityType;
    go(searchHref(next));
  } } },
  h('div', { class: 'q' }, h('label', { for: 'f-q', class: 'visually' }, 'Search words'), q, h('button', { type: 'submit', class: 'primary' }, 'Search')),
  field('language', 'Language', h('input', { value: filters.language || '', size: 5, placeholder: 'en' })),
  field('category', 'Category', select('category', CATEGORIES, filters.category, 'any')),
  field('source', 'Source', h('input', { value: filters.source || '' })),
  field('entity', 'Entity', h('input', { value: filters.entity || '', placeholder: 'Vladimir Putin' })),
  field('entityType', 'Entity type', select('entityType', ENTITY_TYPES, filters.entityType, 'any')),
  field('from', 'From', h('input', { type: 'date', value: (filters.from || '').slice(0, 10) })),
  field('to', 'To', h('input', { type: 'date', value: (filters.to || '').slice(0, 10) })),
  field('duplicates', 'Duplicates', select('duplicates', ['include', 'exclude', 'only'], filters.duplicates, 'include')));
  return form;
}

function hit(article) {
  return h('li', {},
    h('h2', {}, h('a', { href: `/articles/${encodeURIComponent(article.id)}` }, article.title || '(no title)')),
    h('div', { class: 'meta' },
      article.source ? h('span', {}, article.source) : null,
      h('span', {}, when(article.publishedAt || article.ingestedAt)),
      h('span', {}, languageName(article.language)),
      h('span', {}, label(article.category)),
      h('span', {}, `${article.readingTimeMinutes} min`),
      article.duplicateOf ? h('span', { class: 'badge' }, 'near-duplicate') : null),
    article.summary ? h('p', {}, article.summary) : null);
}

function facetList(title, name, counts, filters, describe) {
  if (!counts || counts.length === 0) return null;
  return h('section', {}, h('h2', {}, title), h('ul', {}, counts.map((count) => {
    const active = filters[name] === count.value;
    const next = { ...filters, [name]: active ? '' : count.value };
    return h('li', { class: active ? 'active' : null },
      h('a', { href: searchHref(next), 'aria-pressed': active ? 'true' : 'false' }, describe(count.value)),
      h('span', { class: 'muted' }, count.count.toLocaleString('en')));
  })));
}

async function searchView(params) {
  const filters = filtersOf(params);
  const query = new URLSearchParams(filters);
  const list = h('ol', { class: 'hits', 'aria-label': 'Articles' });
  const summary = h('p', { class: 'muted', role: 'status' }, 'Searching…');
  const facets = h('aside', { class: 'facets', 'aria-label': 'Counts' });
  const more = h('div');
  show(h('h1', { class: 'visually' }, 'Search'), searchForm(filters), h('div', { class: 'results' }, h('div', {}, summary, list, more), facets));
  live.follow(filters);
  try {
    const [page, counts] = await Promise.all([
      api(`/api/v1/articles?${query}&limit=20`),
      api(`/api/v1/articles/facets?${query}`),
    ]);
    summary.textContent = counts.total === 0 ? 'No article matches.'
      : `${counts.exact ? '' : 'At least '}${counts.total.toLocaleString('en')} article${counts.total === 1 ? '' : 's'}`;
    append(list, page.items.map(hit));
    append(facets,
      facetList('Category', 'category', counts.categories, filters, label),
      facetList('Language', 'language', counts.languages, filters, languageName),
      facetList('Source', 'source', counts.sources, filters, (value) => value));
    moreButton(more, list, query, page.nextCursor);
  } catch (error) {
    summary.replaceWith(failure(error));
  }
}

function moreButton(box, list, query, cursor) {
  box.replaceChildren();
  if (!cursor) return;
  const button = h('button', { type: 'button', on: { click: async () => {
    button.disabled = true;
    try {
      const page = await api(`/api/v1/articles?${query}&limit=20&cursor=${encodeURIComponent(cursor)}`);
      append(list, page.items.map(hit));
      moreButton(box, list, query, page.nextCursor);
    } catch (error) {
      box.replaceChildren(failure(error));
    }
  } } }, 'More');
  box.append(button);
}

// ---- live arrivals: resumable with Last-Event-ID, under the current filters -------------------------

const live = {
  source: null,
  key: null,
  count: 0,
  follow(filters) {
    const key = filters === null ? null : new URLSearchParams(filters).toString();
    if (key === this.key && this.source) return;
    this.stop();
    this.key = key;
    if (key === null) return;
    this.open();
  },
  open() {
    // EventSource reconnects by itself after a drop and sends Last-Event-ID, so nothing is missed
    const source = new EventSource(`/api/v1/articles/stream${this.key ? `?${this.key}` : ''}`);
    source.addEventListener('open', () => { liveBox.dataset.connected = 'true'; });
    source.addEventListener('article', () => this.arrived());
    source.addEventListener('pruned', () => this.restart());
    source.addEventListener('error', () => {
      // a refusal (410 after pruning, 503 when full) closes it for good: start again from now
      if (source.readyState === EventSource.CLOSED) setTimeout(() => this.restart(), 3000);
      delete liveBox.dataset.connected;
    });
    this.source = source;
  },
  restart() {
    if (this.key === null) return;
    if (this.source) this.source.close();
    this.open();
  },
  stop() {
    if (this.source) this.source.close();
    this.source = null;
    this.count = 0;
    delete liveBox.dataset.connected;
    liveBox.replaceChildren();
  },
  arrived() {
    this.count += 1;
    const text = `${this.count} new article${this.count === 1 ? '' : 's'} — show`;
    liveBox.replaceChildren(h('button', { type: 'button', on: { click: () => {
      this.count = 0;
      liveBox.replaceChildren();
      render(true);
    } } }, text));
  },
};

// ---- one article, with the explained cleaning ------------------------------------------------------

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The names to mark in the text: every entity, and a person's surname alone where no one else has it. */
function mentionNames(entities) {
  const names = new Map();
  const surnames = new Map();
  for (const entity of entities) {
    names.set(entity.text, entity);
    const parts = entity.text.split(/\s+/);
    if (entity.type === 'PERSON' && parts.length > 1 && parts.at(-1).length >= 3) {
      const surname = parts.at(-1);
      surnames.set(surname, surnames.has(surname) ? null : entity);
    }
  }
  for (const [surname, entity] of surnames) if (entity && !names.has(surname)) names.set(surname, entity);
  return names;
}

function highlighted(text, names, pattern) {
  if (!pattern) return [text];
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    const entity = names.get(match[0]);
    parts.push(h('a', { class: `ent ${entity.type}`, href: entityHref(entity), title: `${label(entity.type)}: ${entity.text}` }, match[0]));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function bodyOf(article) {
  const names = mentionNames(article.entities || []);
  const keys = [...names.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = keys.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  return (article.body || '').split(/\n{2,}/).filter((p) => p.trim()).map((paragraph) =>
    h('p', {}, paragraph.split('\n').map((line, i) => [i > 0 ? h('br') : null, highlighted(line, names, pattern)])));
}

function cleaning(removed) {
  if (!removed || removed.length === 0) return h('p', { class: 'muted' }, 'Cleaning removed nothing.');
  const groups = new Map();
  for (const item of removed) {
    if (!groups.has(item.reason)) groups.set(item.reason, []);
    groups.get(item.reason).push(item.text);
  }
  return [...groups].map(([reason, texts]) => {
    const [title, why] = REASONS[reason] || [label(reason), ''];
    return h('section', { class: 'removed', 'data-reason': reason },
      h('h3', {}, `${title} (${texts.length})`),
      h('p', { class: 'why' }, why, ' ', h('code', {}, reason)),
      h('ul', {}, texts.map((text) => h('li', {}, text))));
  });
}

function entityChips(entities) {
  if (!entities || entities.length === 0) return h('p', { class: 'muted' }, 'No entities found.');
  return ENTITY_TYPES.filter((type) => entities.some((e) => e.type === type)).map((type) => [
    h('h3', {}, label(type)),
    h('ul', { class: 'chips' }, entities.filter((e) => e.type === type).map((entity) =>
      h('li', {}, h('a', { class: type, href: entityHref(entity) }, entity.text, h('span', { class: 'muted' }, ` ×${entity.count}`))))),
  ]);
}

async function duplicateCluster(article) {
  const original = article.duplicateOf || article.id;
  const box = h('section', { 'aria-label': 'Duplicate cluster' }, h('h2', {}, 'Duplicates'));
  try {
    const copies = await api(`/api/v1/articles?duplicateOf=${encodeURIComponent(original)}&limit=50`);
    if (!article.duplicateOf && copies.items.length === 0) {
      append(box, h('p', { class: 'muted' }, 'No near-duplicates of this article.'));
      return box;
    }
    const link = (id, title) => id === article.id ? h('strong', {}, `${title} (this article)`)
      : h('a', { href: `/articles/${encodeURIComponent(id)}` }, title);
    append(box, h('p', {}, 'Original: ', link(original, article.duplicateOf ? original : article.title)),
      h('ul', {}, copies.items.map((copy) => h('li', {}, link(copy.id, copy.title), ' ', h('span', { class: 'muted' }, copy.source || '')))));
  } catch (error) {
    append(box, failure(error));
  }
  return box;
}

async function articleView(id) {
  show(h('p', { class: 'muted' }, 'Loading…'));
  let article;
  try {
    article = await api(`/api/v1/articles/${encodeURIComponent(id)}`);
  } catch (error) {
    show(h('h1', {}, 'Article'), failure(error), h('p', {}, h('a', { href: '/' }, 'Back to search')));
    return;
  }
  document.title = `${article.title} — newsflow desk`;
  const details = h('dl', {},
    [['Source', article.source], ['Published', when(article.publishedAt)], ['Ingested', when(article.ingestedAt)],
      ['Enriched', when(article.enrichedAt)], ['Language', languageName(article.language)],
      ['Category', `${label(article.category)}${article.categoryScore ? ` (${article.categoryScore.toFixed(2)})` : ''}`],
      ['Reading time', `${article.readingTimeMinutes} min, ${article.wordCount} words`], ['Version', article.version],
      ['Enricher', article.enricherVersion], ['Author', article.author]]
      .filter(([, value]) => value !== null && value !== undefined && value !== '')
      .map(([name, value]) => [h('dt', {}, name), h('dd', {}, String(value))]),
    article.url ? [h('dt', {}, 'Address'), h('dd', {}, h('a', { href: article.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, article.url))] : null);
  const quotes = (article.quotes || []).map((quote) =>
    h('blockquote', {}, h('p', {}, quote.text), quote.speaker ? h('cite', {}, `— ${quote.speaker}`) : null));
  const cluster = h('div');
  show(h('article', { class: 'article' },
    h('div', {},
      h('h1', {}, article.title),
      article.summary ? h('p', { class: 'summary' }, article.summary) : null,
      h('div', { class: 'body' }, bodyOf(article))),
    h('aside', {},
      details,
      h('h2', {}, 'Keywords'),
      (article.keywords || []).length ? h('ul', { class: 'chips' }, article.keywords.map((k) => h('li', {}, h('a', { href: searchHref({ q: k }) }, k))))
        : h('p', { class: 'muted' }, 'None.'),
      h('h2', {}, 'Entities'), entityChips(article.entities),
      quotes.length ? [h('h2', {}, 'Quotes'), quotes] : null,
      h('h2', {}, 'What cleaning removed, and why'), cleaning(article.removed),
      cluster)));
  cluster.replaceWith(await duplicateCluster(article));
}

// ---- entities ---------------------------------------------------------------------------------------

async function entitiesView(params) {
  const input = h('input', { type: 'search', id: 'e-q', value: params.get('q') || '', autocomplete: 'off', placeholder: 'vlad' });
  const type = select('type', ENTITY_TYPES, params.get('type'), 'any type');
  type.id = 'e-type';
  const results = h('div', { class: 'table', 'aria-live': 'polite' });
  let timer = null;
  let asked = 0;
  const lookup = async () => {
    const query = new URLSearchParams();
    if (input.value.trim()) query.set('q', input.value.trim());
    if (type.value) query.set('type', type.value);
    history.replaceState(null, '', `/entities${query.toString() ? `?${query}` : ''}`);
    const mine = ++asked;
    try {
      query.set('limit', '50');
      const found = await api(`/api/v1/entities?${query}`);
      if (mine !== asked) return;
      results.replaceChildren(found.items.length === 0 ? h('p', { class: 'muted' }, 'No entity starts so.')
        : h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Name'), h('th', { scope: 'col' }, 'Type'), h('th', { scope: 'col' }, 'Articles'))),
          h('tbody', {}, found.items.map((entity) => h('tr', {},
            h('td', {}, h('a', { href: entityHref({ text: entity.name, type: entity.type }) }, entity.name)),
            h('td', { class: entity.type }, label(entity.type)),
            h('td', {}, entity.articles.toLocaleString('en')))))));
    } catch (error) {
      if (mine === asked) results.replaceChildren(failure(error));
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(lookup, 150);
  });
  type.addEventListener('change', lookup);
  show(h('h1', {}, 'Entities'),
    h('form', { class: 'search', role: 'search', on: { submit: (event) => { event.preventDefault(); lookup(); } } },
      h('label', { for: 'e-q' }, 'Name starts with', input), h('label', { for: 'e-type' }, 'Type', type)),
    results);
  await lookup();
}

// ---- sources (read from ingest-service) -------------------------------------------------------------

async function sourcesView() {
  show(h('h1', {}, 'Sources'), h('p', { class: 'muted' }, 'Loading…'));
  let ingestUrl = '';
  try {
    ingestUrl = (await api('/desk/config.json')).ingestUrl;
  } catch (error) {
    show(h('h1', {}, 'Sources'), failure(error));
    return;
  }
  if (!ingestUrl) {
    show(h('h1', {}, 'Sources'), h('p', {}, 'The desk does not know where ingest-service is: set PUBLISH_DESK_INGEST_URL ',
      'on publish-service to its address as your browser reaches it (the launcher does).'));
    return;
  }
  try {
    const found = await api(`${ingestUrl}/api/v1/sources`);
    const sources = Array.isArray(found) ? found : found.items || [];
    show(h('h1', {}, 'Sources'), sources.length === 0 ? h('p', { class: 'muted' }, 'No sources registered.')
      : h('div', { class: 'table' }, h('table', {},
        h('thead', {}, h('tr', {}, ['Source', 'Kind', 'Status', 'Last polled', 'HTTP', 'Next poll', 'Items', 'Articles', 'Failures', 'Last error']
          .map((name) => h('th', { scope: 'col' }, name)))),
        h('tbody', {}, sources.map((source) => h('tr', {},
          h('td', {}, source.name || source.url, source.name ? h('div', { class: 'muted' }, source.url) : null),
          h('td', {}, source.kind || ''),
          h('td', { class: `status-${source.status}` }, source.status || ''),
          h('td', {}, when(source.lastPolledAt) || '—'),
          h('td', {}, source.lastHttpStatus ?? '—'),
          h('td', {}, when(source.nextPollAt) || '—'),
          h('td', {}, source.itemsSeen ?? 0),
          h('td', {}, source.articlesIngested ?? 0),
          h('td', {}, source.consecutiveFailures ?? 0),
          h('td', {}, source.lastError || '')))))));
  } catch (error) {
    show(h('h1', {}, 'Sources'), failure(new ApiError(`Could not read ${ingestUrl}/api/v1/sources: ${error.message}`)));
  }
}

render();
