// accord's page: search, a document with its passages, compare and align, over the
// JSON API of the same server.
//
// Every piece of corpus text (titles, passages, snippets, file names) goes into the
// page as DOM text nodes (textContent, createTextNode), never as HTML: a passage that
// contains <script> shows as text. Views are addressed by the URL fragment
// (#/search?q=..., #/doc/ID?p=N, #/compare?q=..., #/align?a=..&b=..), so every view and
// every passage has a link, and Back works.
'use strict';

const PAGE = 10;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Documents by id, from /api/docs (titles, dates and languages of hits). */
let documents = new Map();

const $ = (id) => document.getElementById(id);

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number'
      ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function clear(node) {
  node.replaceChildren();
  return node;
}

class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

/** GET an API path with parameters (empty ones left out); the JSON, or an ApiError. */
async function api(path, params) {
  const url = new URL(path, window.location.origin);
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, value);
  }
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError('the server cannot be reached (is accord serve still running?)', 0);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.error ? body.error : `the server answered ${response.status}`;
    throw new ApiError(message, response.status);
  }
  return body;
}

/** `text` with the UTF-8 byte ranges `ranges` marked (the API counts bytes). */
function highlighted(text, ranges) {
  const bytes = encoder.encode(text);
  const out = document.createDocumentFragment();
  let at = 0;
  const sorted = [...(ranges || [])].sort((x, y) => x[0] - y[0]);
  for (const [start, end] of sorted) {
    if (start < at || end <= start || end > bytes.length) continue;
    out.append(document.createTextNode(decoder.decode(bytes.subarray(at, start))));
    out.append(el('mark', {}, decoder.decode(bytes.subarray(start, end))));
    at = end;
  }
  out.append(document.createTextNode(decoder.decode(bytes.subarray(at))));
  return out;
}

function docLink(id, position) {
  const p = position ? `?p=${encodeURIComponent(position)}` : '';
  return `#/doc/${encodeURIComponent(id)}${p}`;
}

function lines(item) {
  return item.line_start === item.line_end
    ? `${item.line_start}` : `${item.line_start}-${item.line_end}`;
}

/** Where a passage is: `file:lines` (the file under the corpus folder), and its page
 * when the format has pages. */
function place(item) {
  let where = `${item.path}:${lines(item)}`;
  if (item.page) {
    where += item.page_end && item.page_end !== item.page
      ? ` (pages ${item.page}-${item.page_end})` : ` (page ${item.page})`;
  }
  return where;
}

function langName(code) {
  return { pl: 'Polish', en: 'English', ko: 'Korean' }[code] || code;
}

// ---------------------------------------------------------------- views

const VIEWS = ['search', 'doc', 'compare', 'align'];

function show(view, title) {
  for (const v of VIEWS) $(`view-${v}`).hidden = v !== view;
  for (const link of document.querySelectorAll('nav [data-view]')) {
    if (link.dataset.view === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = title ? `${title} · accord` : 'accord';
}

function route() {
  const hash = window.location.hash.replace(/^#/, '') || '/search';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  if (path.startsWith('/doc/')) {
    showDocument(decodeURIComponent(path.slice('/doc/'.length)), params.get('p'));
  } else if (path === '/compare') {
    showCompare(params);
  } else if (path === '/align') {
    showAlign(params);
  } else {
    showSearch(params);
  }
}

function go(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const hash = `#${path}?${query}`;
  if (window.location.hash === hash) route();
  else window.location.hash = hash;
}

function failure(status, error) {
  status.textContent = '';
  status.append(el('span', { class: 'error' }, `Error: ${error.message}`));
}

// ---------------------------------------------------------------- search

let lastSearch = '#/search';

async function showSearch(params) {
  show('search', params.get('q') || 'Search');
  const q = params.get('q') || '';
  $('q').value = q;
  $('lang').value = params.get('lang') || '';
  $('doc').value = params.get('doc') || '';
  $('translate').checked = params.get('translate') !== 'false';
  const results = clear($('results'));
  const status = $('search-status');
  $('pager').hidden = true;
  if (!q) {
    status.textContent = '';
    return;
  }
  lastSearch = window.location.hash;
  $('doc-back').setAttribute('href', lastSearch);
  const offset = Number(params.get('offset') || 0);
  status.textContent = 'Searching…';
  let answer;
  try {
    answer = await api('/api/search', {
      q,
      lang: params.get('lang'),
      doc: params.get('doc'),
      translate: params.get('translate'),
      limit: PAGE,
      offset,
    });
  } catch (e) {
    failure(status, e);
    return;
  }
  const total = typeof answer.total === 'number' ? answer.total : null;
  if (answer.hits.length === 0) {
    status.textContent = offset > 0 ? `No more passages for “${q}”.` : `No passages match “${q}”.`;
  } else {
    const first = offset + 1;
    const last = offset + answer.hits.length;
    status.textContent = total === null
      ? `Passages ${first}–${last} for “${q}”.`
      : `${total} passage${total === 1 ? '' : 's'} for “${q}”; showing ${first}–${last}.`;
  }
  for (const hit of answer.hits) results.append(hitItem(hit));
  const more = total === null ? answer.hits.length === PAGE : offset + answer.hits.length < total;
  $('pager').hidden = offset === 0 && !more;
  $('prev').disabled = offset === 0;
  $('next').disabled = !more;
  $('prev').onclick = () => go('/search', { ...Object.fromEntries(params), offset: Math.max(0, offset - PAGE) });
  $('next').onclick = () => go('/search', { ...Object.fromEntries(params), offset: offset + PAGE });
}

function hitItem(hit) {
  const doc = documents.get(hit.doc);
  const date = hit.date || (doc && doc.date);
  const title = el('h2', { class: 'hit-title' },
    el('span', { class: 'rank' }, `${hit.rank}.`), ' ',
    el('a', { href: docLink(hit.doc, hit.position) }, hit.title));
  const meta = el('p', { class: 'hit-meta' },
    el('span', {}, hit.publisher),
    date ? el('span', {}, el('time', { datetime: date }, date)) : null,
    el('span', { lang: 'en' }, langName(hit.lang)),
    el('span', { class: 'where', title: hit.file }, place(hit)));
  const body = hit.stale
    ? el('p', { class: 'snippet stale' }, 'The file changed since it was indexed, so this passage cannot be shown; run accord index.')
    : el('p', { class: 'snippet', lang: hit.lang }, highlighted(hit.snippet, hit.highlights));
  const how = el('p', { class: 'how' },
    `Matched: ${(hit.match || []).join(', ') || '—'}`,
    typeof hit.coverage === 'number' ? ` · covers ${Math.round(hit.coverage * 100)}% of the query` : '',
    hit.matched_words && hit.matched_words.length ? ` · words: ${hit.matched_words.join(', ')}` : '');
  const via = (hit.translations || []).map((t) => el('p', { class: 'via' }, `via ${t}`));
  return el('li', { class: 'hit' }, title, meta, body, how, ...via);
}

// ---------------------------------------------------------------- a document

async function showDocument(id, position) {
  show('doc', id);
  const status = $('doc-status');
  const list = clear($('passages'));
  clear($('doc-meta'));
  $('doc-title').textContent = id;
  status.textContent = 'Loading…';
  let answer;
  try {
    answer = await api(`/api/docs/${encodeURIComponent(id)}`);
  } catch (e) {
    failure(status, e);
    return;
  }
  const d = answer.document;
  $('doc-title').textContent = d.title;
  document.title = `${d.title} · accord`;
  const meta = $('doc-meta');
  const row = (term, value) => value ? [el('dt', {}, term), el('dd', {}, value)] : [];
  meta.append(...row('Publisher', d.publisher), ...row('Date', d.date),
    ...row('Language', langName(d.lang)), ...row('File', d.file),
    ...row('Id', d.id), ...row('Passages', String(d.passages)));
  status.textContent = `${answer.passages.length} passages.`;
  let current = null;
  for (const p of answer.passages) {
    const item = el('li', { id: `p-${p.position}`, class: 'passage', tabindex: '-1' },
      el('p', { class: 'passage-head' },
        el('a', { href: docLink(d.id, p.position), 'aria-label': `Link to passage ${p.position}` }, `§${p.position}`),
        ' ', el('span', { class: 'where', title: d.file }, place(p))),
      el('p', { class: 'passage-text', lang: p.lang }, p.text));
    if (String(p.position) === String(position)) {
      item.classList.add('current');
      item.setAttribute('aria-current', 'true');
      current = item;
    }
    list.append(item);
  }
  if (current) {
    current.scrollIntoView({ block: 'center' });
    current.focus({ preventScroll: true });
    status.textContent = `${answer.passages.length} passages; passage ${position} is highlighted.`;
  }
}

// ---------------------------------------------------------------- compare

async function showCompare(params) {
  show('compare', 'Compare');
  const q = params.get('q') || '';
  $('cq').value = q;
  $('ca').value = params.get('a') || '';
  $('cb').value = params.get('b') || '';
  $('climit').value = params.get('limit') || '3';
  const out = clear($('compare-out'));
  const status = $('compare-status');
  if (!q) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Comparing…';
  const a = params.get('a');
  const b = params.get('b');
  let answer;
  try {
    answer = await api('/api/compare', {
      q,
      docs: a && b ? `${a},${b}` : '',
      limit: params.get('limit'),
    });
  } catch (e) {
    failure(status, e);
    return;
  }
  if (!answer.a || answer.pairs.length === 0) {
    status.textContent = `Neither document has a passage on “${q}”.`;
    return;
  }
  status.textContent = `${answer.pairs.length} rank${answer.pairs.length === 1 ? '' : 's'} on “${q}”: ${answer.reason}.`;
  const grid = el('div', { class: 'two-columns', role: 'table', 'aria-label': `Comparison on ${q}` });
  grid.append(el('div', { class: 'row head', role: 'row' },
    sideHead(answer.a), sideHead(answer.b)));
  for (const pair of answer.pairs) {
    grid.append(el('div', { class: 'row', role: 'row' },
      compareCell(pair.a, pair.rank), compareCell(pair.b, pair.rank)));
  }
  out.append(grid);
}

function sideHead(side) {
  return el('div', { class: 'cell', role: 'columnheader' },
    el('h2', {}, el('a', { href: docLink(side.doc) }, side.title)),
    el('p', { class: 'hit-meta' }, el('span', {}, side.publisher), el('span', {}, langName(side.lang))));
}

function compareCell(hit, rank) {
  if (!hit) return el('div', { class: 'cell empty', role: 'cell' }, `No passage at rank ${rank}.`);
  return el('div', { class: 'cell', role: 'cell' },
    el('p', { class: 'passage-head' }, el('span', { class: 'rank' }, `${rank}.`), ' ',
      el('a', { href: docLink(hit.doc, hit.position), class: 'where', title: hit.file }, place(hit))),
    el('p', { class: 'snippet', lang: hit.lang }, highlighted(hit.snippet, hit.highlights)),
    ...(hit.translations || []).map((t) => el('p', { class: 'via' }, `via ${t}`)));
}

// ---------------------------------------------------------------- align

async function showAlign(params) {
  show('align', 'Align');
  const a = params.get('a') || '';
  const b = params.get('b') || '';
  if (a) $('aa').value = a;
  if (b) $('ab').value = b;
  const out = clear($('align-out'));
  const status = $('align-status');
  if (!a || !b) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Aligning…';
  let answer;
  try {
    answer = await api('/api/align', { a, b });
  } catch (e) {
    failure(status, e);
    return;
  }
  const pairs = answer.rows.filter((r) => r.type === 'pair');
  const onlyA = answer.rows.filter((r) => r.type === 'only_a');
  const onlyB = answer.rows.filter((r) => r.type === 'only_b');
  status.textContent = `${pairs.length} pairs; ${onlyA.length} passages only in A, ${onlyB.length} only in B.`;
  const grid = el('div', { class: 'two-columns', role: 'table', 'aria-label': 'Aligned passages' });
  grid.append(el('div', { class: 'row head', role: 'row' }, sideHead(answer.a), sideHead(answer.b)));
  for (const pair of pairs) {
    const shared = pair.shared && pair.shared.length ? `; shared: ${pair.shared.join(', ')}` : '';
    grid.append(el('div', { class: 'row', role: 'row' },
      alignCell(answer.a.doc, pair.a), alignCell(answer.b.doc, pair.b)));
    grid.append(el('p', { class: 'pair-note' },
      `similarity ${pair.score.toFixed(2)}${pair.mutual ? ', each the other’s best' : ''}${shared}`));
  }
  out.append(el('h2', {}, 'Pairs'), grid);
  const alone = el('div', { class: 'two-columns' },
    el('div', { class: 'row head' },
      el('div', { class: 'cell' }, el('h2', {}, `Only in A (${onlyA.length})`)),
      el('div', { class: 'cell' }, el('h2', {}, `Only in B (${onlyB.length})`))),
    el('div', { class: 'row' },
      el('div', { class: 'cell' }, aloneList(answer.a.doc, onlyA, 'A')),
      el('div', { class: 'cell' }, aloneList(answer.b.doc, onlyB, 'B'))));
  out.append(el('h2', {}, 'What only one side said'), alone);
}

function alignCell(doc, p) {
  return el('div', { class: 'cell', role: 'cell' },
    el('p', { class: 'passage-head' }, el('a', { href: docLink(doc, p.position) }, `§${p.position} ${place(p)}`)),
    el('p', { class: 'passage-text', lang: p.lang }, p.text));
}

function aloneList(doc, rows, side) {
  if (rows.length === 0) return el('p', {}, `Nothing only in ${side}.`);
  return el('ul', { class: 'alone' }, ...rows.map((r) => el('li', {},
    el('p', { class: 'passage-head' }, el('a', { href: docLink(doc, r.passage.position) }, `§${r.passage.position} ${place(r.passage)}`)),
    el('p', { class: 'passage-text', lang: r.passage.lang }, r.passage.text))));
}

// ---------------------------------------------------------------- start

async function loadDocuments() {
  let answer;
  try {
    answer = await api('/api/docs');
  } catch (e) {
    return;
  }
  documents = new Map(answer.documents.map((d) => [d.id, d]));
  for (const select of document.querySelectorAll('.doc-select')) {
    const keep = select.value;
    for (const option of [...select.options]) if (option.value) option.remove();
    for (const d of answer.documents) {
      select.append(el('option', { value: d.id }, `${d.title} (${d.lang}, ${d.id})`));
    }
    select.value = keep;
  }
  if (!$('aa').value && answer.documents[0]) $('aa').value = answer.documents[0].id;
  if (!$('ab').value && answer.documents[1]) $('ab').value = answer.documents[1].id;
}

async function checkHealth() {
  const node = $('health');
  try {
    const h = await api('/api/health');
    node.textContent = `${h.documents} documents, ${h.passages} passages`;
    node.classList.remove('bad');
  } catch (e) {
    node.textContent = `Index unavailable: ${e.message}`;
    node.classList.add('bad');
  }
}

function formParams(form) {
  const data = new FormData(form);
  return Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v).trim()]));
}

function start() {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const p = formParams(event.target);
    go('/search', { q: p.q, lang: p.lang, doc: p.doc, translate: $('translate').checked ? '' : 'false' });
  });
  // A filter changed after a search: search again with it.
  for (const id of ['lang', 'doc', 'translate']) {
    $(id).addEventListener('change', () => {
      if ($('q').value.trim()) $('search-form').requestSubmit();
    });
  }
  $('compare-form').addEventListener('submit', (event) => {
    event.preventDefault();
    go('/compare', formParams(event.target));
  });
  $('align-form').addEventListener('submit', (event) => {
    event.preventDefault();
    go('/align', formParams(event.target));
  });
  window.addEventListener('hashchange', route);
  checkHealth();
  loadDocuments().then(route);
}

document.addEventListener('DOMContentLoaded', start);
