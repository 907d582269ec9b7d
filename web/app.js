// The Khaldun dashboard: filters drive a timeline of cooperation and conflict
// (uPlot), a world map of where events are (d3-geo over world-atlas), and a
// table of events whose rows open the sentence with the actor and verb words
// highlighted. Everything comes from the server's JSON API (docs/api.md).
'use strict';

const QUADS = [
  { key: '1', label: 'verbal cooperation', color: '#2e86c1' },
  { key: '2', label: 'material cooperation', color: '#1abc9c' },
  { key: '3', label: 'verbal conflict', color: '#f39c12' },
  { key: '4', label: 'material conflict', color: '#c0392b' },
];
const PAGE = 50;

const state = { offset: 0, plot: null, world: null, alpha3ToNumeric: new Map() };

function $(selector) { return document.querySelector(selector); }

function element(tag, attributes = {}, text = '') {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
  if (text) e.textContent = text;
  return e;
}

function setStatus(message, isError = false) {
  const s = $('#status');
  s.textContent = message;
  s.classList.toggle('error', isError);
}

// GET an API path; an error answer shows its message and throws.
async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v != null) query.set(k, v);
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
  return body;
}

// The filters as API parameters (without the period).
function filters() {
  const form = new FormData($('#filters'));
  const f = {};
  for (const name of ['source', 'target', 'from', 'to', 'quad', 'q']) {
    const v = (form.get(name) || '').trim();
    if (v) f[name] = name === 'source' || name === 'target' ? v.toUpperCase() : v;
  }
  return f;
}

async function refresh() {
  setStatus('Loading…');
  state.offset = 0;
  try {
    const f = filters();
    await Promise.all([drawTimeline(f), drawMap(f), loadEvents(f, false), loadDyads(f)]);
    setStatus('');
  } catch (e) {
    setStatus(e.message, true);
  }
}

// "2024-03", "2024-03-04" -> seconds since 1970 (UTC), as uPlot wants.
function periodSeconds(period) {
  const [y, m, d] = period.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / 1000;
}

async function drawTimeline(f) {
  const by = new FormData($('#filters')).get('by');
  const series = await api('/api/timeseries', { ...f, by });
  const x = series.periods.map(periodSeconds);
  const data = [x, ...QUADS.map((q) => series.events[q.key])];
  const box = $('#timeline');
  box.dataset.points = String(series.periods.length);
  $('#timeline-title').textContent =
    f.source || f.target ? `${f.source || 'any'} → ${f.target || 'any'}` : '(all events)';
  if (state.plot) state.plot.destroy();
  state.plot = new uPlot({
    width: Math.max(300, box.clientWidth || 500),
    height: 260,
    scales: { x: { time: true } },
    axes: [{}, { label: 'events' }],
    series: [{}, ...QUADS.map((q) => ({ label: q.label, stroke: q.color, width: 2,
                                         points: { show: true } }))],
  }, data, box);
}

async function loadWorld() {
  const [world, codes] = await Promise.all([
    fetch('/node_modules/world-atlas/countries-110m.json').then((r) => r.json()),
    fetch('/node_modules/i18n-iso-countries/codes.json').then((r) => r.json()),
  ]);
  // CAMEO country codes are ISO 3166 alpha-3; world-atlas ids are ISO numeric.
  for (const [, alpha3, numeric] of codes) state.alpha3ToNumeric.set(alpha3, numeric);
  const countries = topojson.feature(world, world.objects.countries).features;
  const projection = d3.geoNaturalEarth1().fitSize([960, 500], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  const svg = $('#map');
  const ns = 'http://www.w3.org/2000/svg';
  const layer = document.createElementNS(ns, 'g');
  const byId = new Map();
  for (const c of countries) {
    const p = document.createElementNS(ns, 'path');
    p.setAttribute('d', path(c) || '');
    p.setAttribute('class', 'country');
    p.dataset.id = c.id;
    const title = document.createElementNS(ns, 'title');
    title.textContent = c.properties.name;
    p.appendChild(title);
    layer.appendChild(p);
    byId.set(c.id, { feature: c, element: p });
  }
  const points = document.createElementNS(ns, 'g');
  points.setAttribute('id', 'points');
  svg.append(layer, points);
  state.world = { projection, path, byId, points, ns };
}

// One circle per country named in the events' actor codes (sized by its
// events), and a marker for each event that carries a location (where it
// happened), among the first 200 that match the filters.
async function drawMap(f) {
  if (!state.world) await loadWorld();
  const { projection, byId, points, ns } = state.world;
  const countries = (await api('/api/actors', { ...f, by: 'country' })).countries;
  const located = await api('/api/events', { ...f, limit: 200 });
  const places = located.events.filter((e) => e.location && e.location.lat != null);
  for (const { element } of byId.values()) element.classList.remove('has-events');
  points.replaceChildren();
  const circles = [];
  for (const c of countries) {
    const entry = byId.get(state.alpha3ToNumeric.get(c.code));
    if (!entry) continue;  // regions, organisations, unknown ("---")
    entry.element.classList.add('has-events');
    const xy = projection(d3.geoCentroid(entry.feature));
    if (xy) circles.push({ xy, count: c.events, label: `${c.code}: ${c.events} events` });
  }
  const largest = Math.max(1, ...circles.map((c) => c.count));
  const draw = (xy, r, cls, label) => {
    const circle = document.createElementNS(ns, 'circle');
    circle.setAttribute('class', cls);
    circle.setAttribute('cx', xy[0].toFixed(1));
    circle.setAttribute('cy', xy[1].toFixed(1));
    circle.setAttribute('r', r.toFixed(1));
    const title = document.createElementNS(ns, 'title');
    title.textContent = label;
    circle.appendChild(title);
    points.appendChild(circle);
  };
  for (const c of circles) draw(c.xy, 3 + 12 * Math.sqrt(c.count / largest), 'point', c.label);
  let placed = 0;
  for (const e of places) {
    const xy = projection([e.location.lon, e.location.lat]);
    if (!xy) continue;
    draw(xy, 3, 'place', `${e.location.name || e.location.text}: ${e.source} → ${e.target || ''} ${e.cameo}`);
    ++placed;
  }
  $('#map-title').textContent =
      `(events by actor country: ${circles.length} countries; ${placed} located events)`;
  $('#map').dataset.points = String(circles.length);
  $('#map').dataset.places = String(placed);
}

async function loadEvents(f, append) {
  const page = await api('/api/events', { ...f, limit: PAGE, offset: state.offset });
  const body = $('#events tbody');
  if (!append) body.replaceChildren();
  for (const e of page.events) {
    const row = element('tr', { 'data-id': e.id });
    row.append(element('td', {}, e.date), element('td', {}, e.source),
               element('td', {}, `${e.cameo} ${e.cameo_name || ''}`),
               element('td', {}, e.target || ''),
               element('td', {}, e.evidence ? e.evidence.sentence : ''));
    row.addEventListener('click', () => showEvent(e.id));
    body.appendChild(row);
  }
  state.offset = page.next_offset == null ? state.offset + page.events.length : page.next_offset;
  $('#more').hidden = page.next_offset == null;
}

// The top dyads under every filter but the dyad itself, so another can be picked.
async function loadDyads(f) {
  const { source, target, ...rest } = f;
  const { dyads } = await api('/api/actors', { ...rest, by: 'dyad', limit: 15 });
  const list = $('#dyads');
  list.replaceChildren();
  for (const d of dyads) {
    const item = element('li', { 'data-dyad': `${d.source},${d.target || ''}` },
                         `${d.source} → ${d.target || '(none)'}: ${d.events}`);
    if (d.source === f.source && d.target === f.target) item.classList.add('chosen');
    item.addEventListener('click', () => {
      const form = $('#filters');
      form.elements.source.value = d.source;
      form.elements.target.value = d.target || '';
      refresh();
    });
    list.appendChild(item);
  }
}

// The sentence with the source and target actor words and the event's
// words marked. Offsets are UTF-8 bytes into the article; the sentence
// starts at byte sentence_start.
function markedSentence(e) {
  const bytes = new TextEncoder().encode(e.evidence.sentence);
  const decode = (a, b) => new TextDecoder().decode(bytes.slice(a, b));
  const marks = [];
  const add = (start, end, kind) => {
    const a = start - e.sentence_start, b = end - e.sentence_start;
    if (a >= 0 && b <= bytes.length && a < b) marks.push({ a, b, kind });
  };
  if (e.source_actor) add(e.source_actor.start, e.source_actor.end, 'source');
  if (e.target_actor) add(e.target_actor.start, e.target_actor.end, 'target');
  for (const [start, end] of e.evidence.spans || []) add(start, end, 'verb');
  marks.sort((x, y) => x.a - y.a);
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.a < at) continue;  // overlapping: keep the first
    if (m.a > at) out.push(document.createTextNode(decode(at, m.a)));
    out.push(element('mark', { class: m.kind }, decode(m.a, m.b)));
    at = m.b;
  }
  out.push(document.createTextNode(decode(at, bytes.length)));
  return out;
}

async function showEvent(id) {
  try {
    const e = await api(`/api/events/${encodeURIComponent(id)}`);
    $('#detail-id').textContent = id;
    $('#detail-sentence').replaceChildren(...markedSentence(e));
    const facts = $('#detail-facts');
    facts.replaceChildren();
    const fact = (name, value) => {
      if (value == null || value === '') return;
      facts.append(element('dt', {}, name), element('dd', {}, String(value)));
    };
    fact('date', e.date);
    fact('event', `${e.cameo} ${e.cameo_name || ''} (QuadClass ${e.quad_class}, Goldstein ${e.goldstein})`);
    fact('source', `${e.source} "${e.source_actor ? e.source_actor.text : ''}"`);
    fact('target', `${e.target || ''} "${e.target_actor ? e.target_actor.text : ''}"`);
    fact('mode', e.evidence.mode);
    fact('pattern', e.evidence.pattern);
    fact('words', e.evidence.words);
    const entry = e.evidence.entry;
    if (entry) fact('verb entry', `${entry.where}: ${entry.phrases}`);
    for (const side of ['source_actor', 'target_actor'])
      for (const entry of (e[side] && e[side].entries) || [])
        fact(`${side.split('_')[0]} entry`, `${entry.where}: ${entry.phrases}`);
    fact('date from', e.evidence.date_text || 'publication date');
    if (e.location) fact('location', e.location.name || JSON.stringify(e.location));
    fact('article', e.url || e.doc_id);
    $('#detail-panel').hidden = false;
  } catch (err) {
    setStatus(err.message, true);
  }
}

$('#filters').addEventListener('submit', (event) => {
  event.preventDefault();
  refresh();
});
$('#clear').addEventListener('click', () => {
  $('#filters').reset();
  refresh();
});
$('#more').addEventListener('click', () => loadEvents(filters(), true).catch((e) => setStatus(e.message, true)));
$('#close-detail').addEventListener('click', () => { $('#detail-panel').hidden = true; });
refresh();
