// newsgraph web UI: a small client-side app over the REST API (see API.md). No libraries, no build step.
// Safety rule: text from articles and the API only ever reaches the page as text nodes or attribute
// values (never innerHTML); search snippets are parsed by markedText(), which keeps only <mark>.
'use strict';
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const main = document.getElementById('main');
  const TYPE_NAMES = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', OTH: 'Other' };
  const FILTERS = ['q', 'entity', 'speaker', 'place', 'type', 'agency', 'country', 'month', 'from', 'to'];
  let generation = 0; // the page being rendered; answers for older pages are dropped

  // ---- DOM helpers -------------------------------------------------------------------------
  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    setAttrs(el, attrs);
    append(el, kids);
    return el;
  }
  function s(tag, attrs, ...kids) {
    const el = document.createElementNS(SVG, tag);
    setAttrs(el, attrs);
    append(el, kids);
    return el;
  }
  function setAttrs(el, attrs) {
    for (const k in attrs || {}) {
      const v = attrs[k];
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  function append(el, kids) {
    for (const k of kids.flat(3)) {
      if (k === null || k === undefined || k === false) continue;
      el.append(k instanceof Node ? k : document.createTextNode(String(k)));
    }
  }
  const clear = el => { while (el.firstChild) el.removeChild(el.firstChild); return el; };

  // ---- formatting ----------------------------------------------------------------------------
  const DATE_FMT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const MONTH_FMT = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  function fmtDate(iso) {
    if (!iso) return '';
    const d = new Date(iso.length === 7 ? iso + '-01' : iso.slice(0, 10));
    if (isNaN(d)) return iso;
    return iso.length === 7 ? MONTH_FMT.format(d) : DATE_FMT.format(d);
  }
  const fmtNum = n => Number(n).toLocaleString('en-GB');
  const lower = t => String(t || '').toLowerCase().replace('_', ' ');

  // Search snippets are HTML-escaped text in which only <mark> and </mark> are markup.
  function markedText(snippet) {
    const out = document.createDocumentFragment();
    String(snippet || '').split(/(<\/?mark>)/).reduce((inMark, part) => {
      if (part === '<mark>') return true;
      if (part === '</mark>') return false;
      if (part) out.append(inMark ? h('mark', null, unescapeHtml(part)) : document.createTextNode(unescapeHtml(part)));
      return inMark;
    }, false);
    return out;
  }
  function unescapeHtml(t) {
    return t.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e) => {
      const k = e.toLowerCase();
      if (k === 'lt') return '<';
      if (k === 'gt') return '>';
      if (k === 'amp') return '&';
      if (k === 'quot') return '"';
      if (k === 'apos') return "'";
      const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    });
  }

  // ---- URLs and API --------------------------------------------------------------------------
  const enc = encodeURIComponent;
  const articleUrl = id => '/article/' + enc(id);
  const entityUrl = id => '/entity/' + enc(id);
  function query(params) {
    const u = new URLSearchParams();
    for (const k of Object.keys(params)) if (params[k] !== undefined && params[k] !== null && params[k] !== '') u.set(k, params[k]);
    const t = u.toString();
    return t ? '?' + t : '';
  }
  function with_(params, changes) {
    const p = Object.assign({}, params, changes);
    delete p.cursor;
    return p;
  }
  async function api(path, params) {
    const r = await fetch('/api/' + path + (params ? query(params) : ''), { headers: { Accept: 'application/json' } });
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) throw new Error((body && body.error) || ('HTTP ' + r.status));
    return body;
  }
  function pick(params, keys) {
    const out = {};
    for (const k of keys) if (params[k]) out[k] = params[k];
    return out;
  }

  // ---- routing -------------------------------------------------------------------------------
  function navigate(url, replace) {
    if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
    route(true);
  }
  document.addEventListener('click', e => {
    const a = e.target.closest && e.target.closest('a');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const href = a.getAttribute('href') || (a.getAttribute('xlink:href'));
    if (!href || a.target || a.hasAttribute('download')) return;
    const url = new URL(href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    e.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', () => route(true));
  document.addEventListener('keydown', e => {
    const t = e.target;
    const typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);
    if (e.key === '/' && !typing) {
      e.preventDefault();
      document.getElementById('q').focus();
    }
  });
  document.getElementById('searchform').addEventListener('submit', e => {
    e.preventDefault();
    const q = document.getElementById('q').value.trim();
    const params = location.pathname === '/' || location.pathname === '/map' ? currentParams() : {};
    const target = location.pathname === '/map' ? '/map' : '/';
    navigate(target + query(with_(pick(params, FILTERS), { q })));
  });

  function currentParams() {
    const p = {};
    new URLSearchParams(location.search).forEach((v, k) => { p[k] = v; });
    return p;
  }

  function route(moved) {
    const path = location.pathname;
    const params = currentParams();
    const gen = ++generation;
    document.getElementById('q').value = (path === '/' || path === '/map') ? (params.q || '') : '';
    for (const a of document.querySelectorAll('nav a')) {
      const page = a.dataset.page;
      const on = (page === 'search' && path === '/') || ('/' + page === path);
      if (on) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
    clear(main);
    main.setAttribute('aria-busy', 'true');
    let page;
    if (path.startsWith('/article/')) page = articlePage(decodeURIComponent(path.slice(9)), gen);
    else if (path.startsWith('/entity/')) page = entityPage(decodeURIComponent(path.slice(8)), gen);
    else if (path === '/quotes') page = quotesPage(params, gen);
    else if (path === '/map') page = mapPage(params, gen);
    else page = searchPage(params, gen);
    Promise.resolve(page).catch(err => {
      if (gen !== generation) return;
      clear(main).append(h('h1', { tabindex: '-1' }, 'Something went wrong'), h('p', { class: 'error', role: 'alert' }, err.message));
    }).finally(() => {
      if (gen !== generation) return;
      main.removeAttribute('aria-busy');
      performance.mark('newsgraph:rendered'); // read by the UI timing tool (docs/ui.md)
      if (moved) {
        const h1 = main.querySelector('h1');
        if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus({ preventScroll: true }); }
        window.scrollTo(0, 0);
      }
    });
  }
  function title(t) { document.title = t ? t + ' · newsgraph' : 'newsgraph'; }
  const stale = gen => gen !== generation;

  // ---- charts --------------------------------------------------------------------------------
  // Bars per day, week or month (by span), each a link that filters to its period when hrefFor is given.
  function dayChart(days, label, hrefFor) {
    if (!days || !days.length) return h('p', { class: 'muted' }, 'No dates.');
    const t = d => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
    const DAY = 86400000;
    const last = Math.max(...days.map(d => t(d.date)));
    // at least two weeks wide, so a single day is a bar among empty days, not a block
    const first = Math.min(last - 13 * DAY, ...days.map(d => t(d.date)));
    const span = (last - first) / DAY + 1;
    const unit = span <= 62 ? 'day' : span <= 400 ? 'week' : 'month';
    const binOf = ms => {
      const d = new Date(ms);
      if (unit === 'day') return ms;
      if (unit === 'week') return ms - ((d.getUTCDay() + 6) % 7) * DAY;
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
    };
    const bins = new Map();
    for (const d of days) { const b = binOf(t(d.date)); bins.set(b, (bins.get(b) || 0) + d.count); }
    const keys = [];
    for (let b = binOf(first); b <= last;) {
      keys.push(b);
      const d = new Date(b);
      b = unit === 'day' ? b + DAY : unit === 'week' ? b + 7 * DAY : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    }
    const max = Math.max(1, ...bins.values());
    // drawn at the width it gets, so its labels stay readable on a phone
    const W = Math.round(Math.max(300, Math.min(900, main.clientWidth - 40))), H = Math.round(Math.min(120, W / 6)), bw = W / Math.max(keys.length, 1);
    const iso = ms => new Date(ms).toISOString().slice(0, 10);
    const endOf = b => {
      const d = new Date(b);
      if (unit === 'day') return b;
      if (unit === 'week') return b + 6 * DAY;
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
    };
    const svg = s('svg', { viewBox: `0 0 ${W} ${H + 16}`, class: 'chart', role: 'img', 'aria-label': label });
    keys.forEach((b, i) => {
      const n = bins.get(b) || 0;
      if (!n) return;
      const bh = Math.max(2, (n / max) * H);
      const what = unit === 'day' ? fmtDate(iso(b)) : unit === 'week' ? 'week of ' + fmtDate(iso(b)) : fmtDate(iso(b).slice(0, 7));
      const rect = s('rect', { x: i * bw + bw * 0.1, y: H - bh, width: Math.max(1, bw * 0.8), height: bh },
        s('title', null, `${what}: ${fmtNum(n)}`));
      if (hrefFor) svg.append(s('a', { href: hrefFor(iso(b), iso(endOf(b))), 'aria-label': `${what}: ${fmtNum(n)}` }, rect));
      else svg.append(rect);
    });
    svg.append(s('text', { x: 0, y: H + 13, class: 'axis' }, fmtDate(iso(first))),
      s('text', { x: W, y: H + 13, class: 'axis', 'text-anchor': 'end' }, fmtDate(iso(last))));
    return h('figure', { class: 'chartbox' }, svg, h('figcaption', { class: 'muted' }, `${label}, per ${unit}`));
  }

  // ---- world map -----------------------------------------------------------------------------
  let worldPromise = null;
  const world = () => worldPromise || (worldPromise = fetch('/world.json').then(r => {
    if (!r.ok) throw new Error('world map missing');
    return r.json();
  }));
  // Equirectangular: x = lon + 180, y = 90 - lat (the projection world.json is drawn in).
  const px = (lat, lon) => [lon + 180, 90 - lat];

  // An SVG world map with one linked circle per place; zoom with buttons, +/- and arrow keys.
  async function worldMap(places, opts) {
    const w = await world();
    const wrap = h('div', { class: 'map' + (opts.small ? ' small' : '') });
    const svg = s('svg', { class: 'mapsvg', role: 'group', tabindex: '0', 'aria-label': opts.label || 'World map' });
    const land = s('g', { class: 'land' });
    for (const c of w.countries) land.append(s('path', { d: c.d }, s('title', null, c.name)));
    svg.append(s('rect', { class: 'sea', x: -360, y: -180, width: 1080, height: 540 }), land);
    const dots = s('g', { class: 'dots' });
    svg.append(dots);
    const max = Math.max(1, ...places.map(p => p.count || 1));
    const circles = [];
    for (const p of places.slice().sort((a, b) => (b.count || 1) - (a.count || 1))) {
      const [x, y] = px(p.lat, p.lon);
      const c = s('circle', { cx: x, cy: y, r: 1 });
      const label = `${p.name}${p.country ? ' (' + p.country + ')' : ''}${opts.counted ? ': ' + fmtNum(p.count) + (p.count === 1 ? ' article' : ' articles') : ''}`;
      const node = p.href ? s('a', { href: p.href, 'aria-label': label, class: 'dot' }, c, s('title', null, label))
        : s('g', { class: 'dot' }, c, s('title', null, label));
      dots.append(node);
      circles.push([c, p]);
    }
    // The view: fitted around the places (at least 24° wide), else the world.
    let view;
    const fit = () => {
      if (!places.length) return [0, 0, 360, 180];
      const xs = places.map(p => px(p.lat, p.lon)[0]), ys = places.map(p => px(p.lat, p.lon)[1]);
      let x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
      let wd = Math.max(24, (x1 - x0) * 1.4), ht = Math.max(12, (y1 - y0) * 1.4);
      if (wd < ht * 2) wd = ht * 2; else ht = wd / 2;
      return [(x0 + x1) / 2 - wd / 2, (y0 + y1) / 2 - ht / 2, wd, ht];
    };
    const apply = () => {
      svg.setAttribute('viewBox', view.map(v => v.toFixed(2)).join(' '));
      const unit = view[2] / 360;
      for (const [c, p] of circles) c.setAttribute('r', (unit * (opts.small ? 2.2 : 2.5) * (1 + 2.5 * Math.sqrt((p.count || 1) / max))).toFixed(3));
    };
    const zoom = f => {
      const cx = view[0] + view[2] / 2, cy = view[1] + view[3] / 2;
      const wd = Math.min(720, Math.max(4, view[2] * f));
      view = [cx - wd / 2, cy - wd / 4, wd, wd / 2];
      apply();
    };
    const pan = (dx, dy) => { view = [view[0] + dx * view[2] * 0.15, view[1] + dy * view[3] * 0.15, view[2], view[3]]; apply(); };
    view = fit();
    apply();
    svg.addEventListener('keydown', e => {
      const k = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }[e.key];
      if (k && e.target === svg) { e.preventDefault(); pan(k[0], k[1]); }
      else if (e.key === '+' || e.key === '=') { e.preventDefault(); zoom(0.66); }
      else if (e.key === '-') { e.preventDefault(); zoom(1.5); }
    });
    const tools = h('div', { class: 'maptools' },
      h('button', { type: 'button', 'aria-label': 'Zoom in', onclick: () => zoom(0.66) }, '+'),
      h('button', { type: 'button', 'aria-label': 'Zoom out', onclick: () => zoom(1.5) }, '−'),
      h('button', { type: 'button', onclick: () => { view = [0, 0, 360, 180]; apply(); } }, 'World'),
      places.length ? h('button', { type: 'button', onclick: () => { view = fit(); apply(); } }, 'Fit') : null);
    wrap.append(svg, tools);
    return wrap;
  }

  // ---- search page ---------------------------------------------------------------------------
  const FACETS = [['entity', 'People & organisations'], ['speaker', 'Speakers'], ['place', 'Places'], ['agency', 'Agency'],
    ['month', 'Month'], ['type', 'Entity type'], ['country', 'Country']];

  async function searchPage(params, gen) {
    const filters = pick(params, FILTERS);
    title(params.q ? params.q : 'Search');
    const res = await api('search', Object.assign({ limit: 20 }, filters));
    if (stale(gen)) return;
    const labels = {};
    for (const [dim] of FACETS) for (const f of (res.facets[dim] || [])) labels[dim + '\u0000' + f.value] = f.label;
    const labelOf = (dim, v) => dim === 'type' ? (TYPE_NAMES[v] || v) : dim === 'month' ? fmtDate(v) : (labels[dim + '\u0000' + v] || v);

    const heading = h('h1', null, params.q ? ['Results for ', h('q', null, params.q)] : 'All articles');
    const summary = h('p', { class: 'summary', role: 'status' },
      `${fmtNum(res.total)} ${res.total === 1 ? 'article' : 'articles'}`, ' · ',
      h('a', { href: '/map' + query(filters) }, 'show places on the map'));
    const chips = h('ul', { class: 'chips', 'aria-label': 'Active filters' });
    for (const k of FILTERS) {
      if (k === 'q' || !filters[k]) continue;
      const name = { entity: 'Entity', speaker: 'Speaker', place: 'Place', type: 'Type', agency: 'Agency', country: 'Country', month: 'Month', from: 'From', to: 'To' }[k];
      chips.append(h('li', null, h('a', { href: '/' + query(with_(filters, { [k]: null })), class: 'chip', 'aria-label': `Remove filter ${name}: ${labelOf(k, filters[k])}` },
        `${name}: ${k === 'from' || k === 'to' ? fmtDate(filters[k]) : labelOf(k, filters[k])}`, h('span', { 'aria-hidden': 'true' }, ' ×'))));
    }
    const hist = dayChart(res.histogram, 'Articles by publication date', (a, b) => '/' + query(with_(filters, { from: a, to: b })));

    const list = h('ol', { class: 'hits' });
    const addHits = hits => {
      for (const hit of hits) {
        list.append(h('li', { class: 'hit' },
          h('h2', null, h('a', { href: articleUrl(hit.id) }, hit.title || hit.id)),
          h('p', { class: 'meta' }, [fmtDate(hit.date), hit.agency, hit.source].filter(Boolean).join(' · ')),
          h('p', { class: 'snippet' }, markedText(hit.snippet))));
      }
    };
    addHits(res.hits);
    const more = h('div', { class: 'more' });
    const moreButton = cursor => {
      clear(more);
      if (!cursor) return;
      more.append(h('button', {
        type: 'button', onclick: async e => {
          e.target.disabled = true;
          try {
            const next = await api('search', Object.assign({ limit: 20, cursor }, filters));
            const firstNew = list.children.length;
            addHits(next.hits);
            moreButton(next.nextCursor);
            const a = list.children[firstNew] && list.children[firstNew].querySelector('a');
            if (a) a.focus();
          } catch (err) { more.append(h('p', { class: 'error', role: 'alert' }, err.message)); }
        }
      }, 'More results'));
    };
    moreButton(res.nextCursor);

    const facetBox = h('details', { class: 'facets', open: matchMedia('(min-width: 800px)').matches },
      h('summary', null, 'Filters'), dateForm(filters));
    for (const [dim, name] of FACETS) {
      const values = (res.facets[dim] || []).slice();
      if (dim === 'month') values.sort((x, y) => y.value.localeCompare(x.value)); // newest month first
      if (!values.length && !filters[dim]) continue;
      const ul = h('ul', null);
      for (const f of values) {
        const on = filters[dim] === f.value;
        // a link (Enter follows it); the active value says so to screen readers and removes the filter
        ul.append(h('li', null, h('a', {
          href: '/' + query(with_(filters, { [dim]: on ? null : f.value })), class: on ? 'on' : null,
          'aria-current': on ? 'true' : null, title: on ? 'Remove this filter' : null
        }, h('span', { class: 'fl' }, labelOf(dim, f.value)), on ? h('span', { class: 'vh' }, ' (active filter, remove)') : null,
        h('span', { class: 'fc' }, fmtNum(f.count)))));
      }
      facetBox.append(h('section', { class: 'facet', 'aria-label': name }, h('h2', null, name), ul));
    }
    const results = h('section', { class: 'results', 'aria-label': 'Results' }, heading, summary, chips, hist,
      res.hits.length ? list : h('p', { class: 'empty' }, 'No article matches. Remove a filter or try other words.'), more);
    main.append(h('div', { class: 'searchlayout' }, facetBox, results));
  }

  function dateForm(filters) {
    const from = h('input', { type: 'date', id: 'f-from', name: 'from', value: filters.from || '' });
    const to = h('input', { type: 'date', id: 'f-to', name: 'to', value: filters.to || '' });
    return h('form', {
      class: 'dates', onsubmit: e => {
        e.preventDefault();
        navigate('/' + query(with_(filters, { from: from.value || null, to: to.value || null })));
      }
    }, h('h2', null, 'Dates'), h('label', { for: 'f-from' }, 'From'), from, h('label', { for: 'f-to' }, 'To'), to,
      h('button', { type: 'submit' }, 'Apply'));
  }

  // ---- article page --------------------------------------------------------------------------
  async function articlePage(id, gen) {
    const a = await api('articles/' + enc(id));
    if (stale(gen)) return;
    const text = a.text || '';
    const index = a.entityIndex || {};
    const nameOf = eid => (eid && index[eid] && index[eid].name) || null;
    // Without a title (a plain wire report), the first sentence after the dateline stands in for it.
    const lead = () => {
      const from = a.dateline && a.dateline.end ? a.dateline.end : 0;
      const first = text.slice(from, from + 300).split(/(?<=[.!?])\s/)[0].trim();
      return first.length > 140 ? first.slice(0, 140).replace(/\s+\S*$/, '') + '…' : first;
    };
    const heading = a.title || lead() || a.id;
    title(heading);

    const anns = [];
    (a.quotes || []).forEach((q, qi) => {
      const sp = q.speaker || null;
      const speaker = (sp && (nameOf(sp.entity) || text.slice(sp.begin, sp.end))) || 'unknown speaker';
      const outlet = q.outlet ? (nameOf(q.outlet) || q.outlet) : null;
      const tip = [speaker, lower(q.type) + ' quote', q.medium ? lower(q.medium) : null, outlet ? 'in ' + outlet : null].filter(Boolean).join(' · ');
      for (const p of q.parts || []) anns.push({ b: p.begin, e: p.end, kind: 'quote', q, qi, tip, speaker });
      for (const c of q.cue || []) anns.push({ b: c.begin, e: c.end, kind: 'cue', qi });
    });
    for (const m of a.entities || []) anns.push({ b: m.begin, e: m.end, kind: 'entity', m });
    for (const t of a.times || []) anns.push({ b: t.begin, e: t.end, kind: 'time', t });
    if (a.dateline && a.dateline.end > a.dateline.begin) anns.push({ b: a.dateline.begin, e: a.dateline.end, kind: 'dateline' });
    const rank = { dateline: 0, quote: 1, cue: 2, entity: 3, time: 4 };
    anns.sort((x, y) => x.b - y.b || (y.e - y.b) - (x.e - x.b) || rank[x.kind] - rank[y.kind]);

    const makeEl = ann => {
      switch (ann.kind) {
        case 'quote': {
          const tipId = 'tip-' + ann.qi + '-' + ann.b;
          return h('span', {
            class: 'quote q-' + String(ann.q.type || '').toLowerCase(), tabindex: '0', 'data-quote': ann.qi,
            'data-speaker': ann.speaker, 'aria-describedby': tipId
          }, h('span', { class: 'tip', role: 'tooltip', id: tipId }, ann.tip));
        }
        case 'cue': return h('span', { class: 'cue' });
        case 'entity': {
          const m = ann.m;
          const label = `${nameOf(m.entity) || m.text} (${TYPE_NAMES[m.type] || m.type})`;
          return m.entity ? h('a', { class: 'ent ent-' + m.type, href: entityUrl(m.entity), title: label })
            : h('span', { class: 'ent ent-' + m.type, title: label });
        }
        case 'time': {
          const t = ann.t;
          const tipId = 'tt-' + ann.b;
          return h('time', { class: 'time', tabindex: '0', datetime: /^\d{4}(-\d\d){0,2}/.test(t.value || '') ? t.value : null, 'aria-describedby': tipId },
            h('span', { class: 'tip', role: 'tooltip', id: tipId }, [lower(t.type), t.value, t.mod].filter(Boolean).join(' · ')));
        }
        default: return h('span', { class: 'dateline' });
      }
    };
    // Nests annotations inside [from, to); one that crosses its parent's end is cut there.
    const build = (parent, list, from, to) => {
      let pos = from, i = 0;
      while (i < list.length) {
        const x = list[i];
        if (x.b < pos || x.b >= to) { i++; continue; }
        if (x.b > pos) parent.append(text.slice(pos, x.b));
        const end = Math.min(x.e, to);
        let j = i + 1;
        const kids = [];
        while (j < list.length && list[j].b < end) { kids.push(list[j]); j++; }
        const el = makeEl(x);
        const tip = el.querySelector(':scope > .tip');
        build(el, kids, x.b, end);
        if (tip) el.append(tip); // the tooltip after the text it explains
        parent.append(el);
        pos = end;
        i = j;
      }
      if (pos < to) parent.append(text.slice(pos, to));
    };

    const body = h('div', { class: 'articletext', lang: 'de' });
    const secs = (a.sections && a.sections.length) ? a.sections : [{ kind: 'paragraph', begin: 0, end: text.length }];
    let titleShown = false;
    for (const sec of secs) {
      const inSec = anns.filter(x => x.b < sec.end && x.e > sec.begin).map(x => Object.assign({}, x, { b: Math.max(x.b, sec.begin), e: Math.min(x.e, sec.end) }));
      const kind = String(sec.kind).toLowerCase();
      if (kind === 'title' && !titleShown && (!a.title || text.slice(sec.begin, sec.end).trim() === a.title.trim())) { titleShown = true; continue; }
      const el = h(kind === 'subheading' ? 'h2' : kind === 'title' ? 'h2' : 'p');
      build(el, inSec, sec.begin, sec.end);
      body.append(el);
    }

    const meta = h('p', { class: 'meta' },
      a.date ? h('time', { datetime: a.date }, fmtDate(a.date)) : 'no date',
      a.dateline && ((a.dateline.places || []).length || a.dateline.agency)
        ? [' · ', h('span', { class: 'datelinemeta' }, (a.dateline.places || []).join('/'), a.dateline.agency ? ` (${a.dateline.agency})` : '')] : null,
      a.source ? [' · ', h('span', { class: 'source' }, a.source)] : null);
    const legend = h('p', { class: 'legend', 'aria-label': 'Highlighting' },
      h('span', { class: 'ent ent-PER' }, 'person'), h('span', { class: 'ent ent-ORG' }, 'organisation'),
      h('span', { class: 'ent ent-LOC' }, 'place'), h('span', { class: 'ent ent-OTH' }, 'other'),
      h('span', { class: 'quote' }, 'quote'), h('span', { class: 'time' }, 'time'));

    // Side: entities by type with mention counts, quotes, the places on a map.
    const side = h('aside', { class: 'side', 'aria-label': 'In this article' });
    const byEntity = new Map();
    for (const m of a.entities || []) {
      const key = m.entity || ('?' + m.type + ':' + m.text);
      const e = byEntity.get(key) || { id: m.entity, name: nameOf(m.entity) || m.text, type: m.type, n: 0 };
      e.n++;
      byEntity.set(key, e);
    }
    const ents = [...byEntity.values()];
    side.append(h('h2', null, 'Entities'));
    if (!ents.length) side.append(h('p', { class: 'muted' }, 'No entities recognised.'));
    for (const type of ['PER', 'ORG', 'LOC', 'OTH']) {
      const of = ents.filter(e => e.type === type).sort((x, y) => y.n - x.n || x.name.localeCompare(y.name));
      if (!of.length) continue;
      side.append(h('h3', null, TYPE_NAMES[type]), h('ul', { class: 'entlist' }, of.map(e => h('li', null,
        e.id ? h('a', { href: entityUrl(e.id), class: 'ent ent-' + type }, e.name) : h('span', { class: 'ent ent-' + type }, e.name),
        h('span', { class: 'fc' }, String(e.n))))));
    }
    if ((a.quotes || []).length) {
      side.append(h('h2', null, 'Quotes'), h('ol', { class: 'sidequotes' }, a.quotes.map((q, qi) => {
        const sp = q.speaker;
        const who = (sp && (nameOf(sp.entity) || text.slice(sp.begin, sp.end))) || 'unknown speaker';
        const first = (q.parts || [])[0];
        const excerpt = first ? text.slice(first.begin, Math.min(first.end, first.begin + 90)) + (first.end - first.begin > 90 ? '…' : '') : '';
        return h('li', null, h('button', {
          type: 'button', class: 'linkish', onclick: () => {
            const el = body.querySelector(`[data-quote="${qi}"]`);
            if (el) { el.scrollIntoView({ block: 'center' }); el.focus(); }
          }
        }, h('strong', null, who), ` (${lower(q.type)}): `, h('span', { lang: 'de' }, excerpt)));
      })));
    }
    const placeList = [];
    const seen = new Set();
    for (const p of a.places || []) {
      const key = p.entity || (p.lat + ',' + p.lon);
      if (seen.has(key) || typeof p.lat !== 'number') continue;
      seen.add(key);
      placeList.push({ name: nameOf(p.entity) || text.slice(p.begin, p.end), lat: p.lat, lon: p.lon, country: p.country,
        href: p.entity ? entityUrl(p.entity) : null, count: 1 });
    }
    side.append(h('h2', null, 'Places'));
    if (placeList.length) side.append(await worldMap(placeList, { small: true, label: 'Places of this article' }));
    else side.append(h('p', { class: 'muted' }, 'No places with coordinates.'));
    if (stale(gen)) return;

    main.append(h('div', { class: 'articlelayout' },
      h('article', { class: 'article' }, h('h1', { lang: 'de', class: a.title ? null : 'lead' }, heading), meta, legend, body), side));
  }

  // ---- entity page ---------------------------------------------------------------------------
  function quoteItem(q, opts) {
    return h('li', { class: 'quoteitem' },
      h('blockquote', { lang: 'de', class: 'qt-' + String(q.type || '').toLowerCase() }, q.text),
      h('p', { class: 'meta' },
        opts.speaker === false ? null : [q.speaker && q.speaker.id ? h('a', { href: entityUrl(q.speaker.id) }, q.speaker.name || q.speakerText)
          : h('span', null, q.speakerText || 'unknown speaker'), ' · '],
        lower(q.type), q.medium ? ' · ' + lower(q.medium) : '', ' · ', fmtDate(q.date),
        q.outlet ? [' · in ', q.outlet.id ? h('a', { href: entityUrl(q.outlet.id) }, q.outlet.name) : q.outlet.name] : null,
        ' · ', h('a', { href: articleUrl(q.articleId) }, q.articleTitle || q.articleId)));
  }
  const byNewest = list => (list || []).slice().sort((x, y) => String(y.date || '').localeCompare(String(x.date || '')));

  async function entityPage(id, gen) {
    const e = await api('entities/' + enc(id));
    if (stale(gen)) return;
    title(e.name);
    const attrs = e.attributes || {};
    const facts = h('dl', { class: 'facts' });
    const fact = (k, v) => { if (v && (!Array.isArray(v) || v.length)) facts.append(h('dt', null, k), h('dd', null, Array.isArray(v) ? v.join(', ') : v)); };
    fact('Type', TYPE_NAMES[e.type] || e.type);
    fact('Also called', (e.aliases || []).filter(x => x !== e.name));
    fact('Roles', attrs.role);
    fact('Party', attrs.party);
    fact('Wikidata', e.wikidata);
    if (e.geo) fact('Coordinates', `${e.geo.lat.toFixed(3)}, ${e.geo.lon.toFixed(3)}${e.geo.country ? ' (' + e.geo.country + ')' : ''}`);
    fact('Mentions', `${fmtNum(e.mentions)} in ${fmtNum(e.articles)} ${e.articles === 1 ? 'article' : 'articles'}`);

    const by = byNewest(e.quotesBy), about = byNewest(e.quotesAbout);
    // the API gives the 20 newest of each; the count says so when there may be more
    const quotesSection = (name, list, speaker, more) => h('section', { class: 'panel', 'aria-label': name },
      h('h2', null, name, ' ', h('span', { class: 'fc' }, list.length >= 20 ? '(20 newest)' : String(list.length))),
      list.length ? h('ol', { class: 'quotes' }, list.map(q => quoteItem(q, { speaker }))) : h('p', { class: 'muted' }, 'None.'), more);
    main.append(h('div', { class: 'entitypage' },
      h('header', null, h('h1', null, e.name, ' ', h('span', { class: 'badge ent-' + e.type }, TYPE_NAMES[e.type] || e.type)),
        facts, h('p', null, h('a', { href: '/' + query({ entity: e.id }) }, 'Articles mentioning ' + e.name), ' · ',
          h('a', { href: '/quotes' + query({ speaker: e.id }) }, 'Quote explorer'))),
      h('section', { class: 'panel', 'aria-label': 'Mentions over time' }, h('h2', null, 'Mentions over time'),
        dayChart(e.mentionsPerDay, 'Mentions', (a, b) => '/' + query({ entity: e.id, from: a, to: b }))),
      quotesSection('Quotes by ' + e.name, by, false, by.length >= 20 ? h('p', null, h('a', { href: '/quotes' + query({ speaker: e.id }) }, 'All quotes by ' + e.name)) : null),
      quotesSection('Quotes about ' + e.name, about, true, null),
      h('section', { class: 'panel', 'aria-label': 'Network' }, h('h2', null, 'Appears together with'), network(e))));
  }

  // A small force-directed graph: the entity in the middle, co-occurring entities around it.
  // Nodes are links (Tab reaches them, Enter opens); drag a node to move it.
  function network(e) {
    const co = e.cooccurring || [];
    if (!co.length) return h('p', { class: 'muted' }, 'No other entities in the same articles.');
    // drawn at the width it gets (a phone gets a narrower, not a shrunken, graph)
    const W = Math.round(Math.max(300, Math.min(640, main.clientWidth - 50))), H = Math.round(W * (co.length > 8 ? 0.66 : 0.55));
    const k = W / 640;
    const max = Math.max(...co.map(c => c.count));
    const nodes = [{ id: e.id, name: e.name, type: e.type, x: W / 2, y: H / 2, fixed: true, r: 14 }]
      .concat(co.map((c, i) => {
        const ang = (i / co.length) * 2 * Math.PI;
        return { id: c.id, name: c.name, type: c.type, count: c.count, x: W / 2 + 150 * k * Math.cos(ang), y: H / 2 + 120 * k * Math.sin(ang), r: 6 + 8 * Math.sqrt(c.count / max) };
      }));
    // Deterministic relaxation: springs to the centre (shorter for stronger ties), repulsion between nodes.
    for (let it = 0; it < 300; it++) {
      for (let i = 1; i < nodes.length; i++) {
        const n = nodes[i];
        let fx = 0, fy = 0;
        const want = (120 + 80 * (1 - n.count / max)) * k;
        const dx = n.x - W / 2, dy = n.y - H / 2, d = Math.hypot(dx, dy) || 1;
        fx -= (d - want) * dx / d * 0.05; fy -= (d - want) * dy / d * 0.05;
        for (let j = 1; j < nodes.length; j++) {
          if (j === i) continue;
          const ox = n.x - nodes[j].x, oy = n.y - nodes[j].y, od = Math.hypot(ox, oy) || 1;
          const near = 110 * k;
          if (od < near) { fx += ox / od * (near - od) * 0.1; fy += oy / od * (near - od) * 0.1; }
        }
        n.x = Math.min(W - 50, Math.max(50, n.x + fx));
        n.y = Math.min(H - 20, Math.max(20, n.y + fy));
      }
    }
    const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'graph', role: 'group', 'aria-label': 'Entities appearing together with ' + e.name });
    const edges = s('g', { class: 'edges' }), gnodes = s('g', { class: 'nodes' });
    svg.append(edges, gnodes);
    const draw = [];
    nodes.forEach((n, i) => {
      const label = i === 0 ? n.name : `${n.name}: ${fmtNum(n.count)} shared ${n.count === 1 ? 'article' : 'articles'}`;
      let line = null;
      if (i > 0) {
        line = s('line', { 'stroke-width': (1 + 4 * n.count / max).toFixed(1) }, s('title', null, label));
        edges.append(line);
      }
      const circle = s('circle', { r: n.r, class: 'ent-' + n.type });
      // the centre's name above it, the others below theirs, so side labels never run into it
      const text = s('text', { 'text-anchor': 'middle', dy: i === 0 ? -(n.r + 6) : n.r + 13 }, n.name);
      const g = i === 0 ? s('g', { class: 'node centre' }, circle, text)
        : s('a', { href: entityUrl(n.id), class: 'node', 'aria-label': label }, s('title', null, label), circle, text);
      gnodes.append(g);
      const place = () => {
        g.setAttribute('transform', `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`);
        if (line) { line.setAttribute('x1', W / 2); line.setAttribute('y1', H / 2); line.setAttribute('x2', n.x.toFixed(1)); line.setAttribute('y2', n.y.toFixed(1)); }
      };
      draw.push(place);
      place();
      if (i === 0) return;
      let start = null, moved = false;
      g.addEventListener('pointerdown', ev => { start = [ev.clientX, ev.clientY, n.x, n.y]; moved = false; g.setPointerCapture(ev.pointerId); });
      g.addEventListener('pointermove', ev => {
        if (!start) return;
        const k = W / svg.getBoundingClientRect().width;
        const dx = (ev.clientX - start[0]) * k, dy = (ev.clientY - start[1]) * k;
        if (Math.abs(dx) + Math.abs(dy) > 4) moved = true;
        if (moved) { n.x = Math.min(W, Math.max(0, start[2] + dx)); n.y = Math.min(H, Math.max(0, start[3] + dy)); place(); }
      });
      g.addEventListener('pointerup', () => { start = null; });
      g.addEventListener('click', ev => { if (moved) { ev.preventDefault(); ev.stopPropagation(); moved = false; } }, true);
      const hl = on => { g.classList.toggle('hl', on); if (line) line.classList.toggle('hl', on); };
      g.addEventListener('pointerenter', () => hl(true));
      g.addEventListener('pointerleave', () => hl(false));
      g.addEventListener('focus', () => hl(true));
      g.addEventListener('blur', () => hl(false));
    });
    return h('figure', { class: 'graphbox' }, svg, h('figcaption', { class: 'muted' },
      'Entities named in the same articles; thicker lines and bigger circles for more shared articles. Drag to move, click to open.'));
  }

  // ---- quote explorer ------------------------------------------------------------------------
  const QUOTE_FILTERS = ['speaker', 'q', 'type', 'outlet', 'from', 'to'];
  async function quotesPage(params, gen) {
    title('Quotes');
    const filters = pick(params, QUOTE_FILTERS);
    const field = (name, label, input) => h('div', { class: 'field' }, h('label', { for: 'qf-' + name }, label), input);
    const input = (name, type, extra) => h('input', Object.assign({ id: 'qf-' + name, name, type, value: filters[name] || '' }, extra || {}));
    const speaker = input('speaker', 'text', { list: 'speakers', autocomplete: 'off', placeholder: 'name or entity id' });
    const datalist = h('datalist', { id: 'speakers' });
    let timer = null;
    speaker.addEventListener('input', () => {
      clearTimeout(timer);
      const v = speaker.value.trim();
      if (v.length < 2) return;
      timer = setTimeout(() => api('entities', { q: v, type: 'PER', limit: 8 }).then(r => {
        clear(datalist).append(...r.hits.map(x => h('option', { value: x.name })));
      }).catch(() => {}), 200);
    });
    const type = h('select', { id: 'qf-type', name: 'type' }, h('option', { value: '' }, 'any'),
      ['direct', 'indirect', 'free_indirect', 'reported'].map(t => h('option', { value: t, selected: filters.type === t }, lower(t))));
    const form = h('form', { class: 'quoteform', role: 'search', 'aria-label': 'Filter quotes' },
      field('speaker', 'Speaker', speaker), datalist, field('q', 'Words', input('q', 'search')), field('type', 'Type', type),
      field('outlet', 'Outlet', input('outlet', 'text')), field('from', 'From', input('from', 'date')), field('to', 'To', input('to', 'date')),
      h('div', { class: 'field' }, h('button', { type: 'submit' }, 'Show quotes')));
    form.addEventListener('submit', e => {
      e.preventDefault();
      const p = {};
      for (const k of QUOTE_FILTERS) { const v = form.elements[k].value.trim(); if (v) p[k] = v; }
      navigate('/quotes' + query(p));
    });
    const res = await api('quotes', Object.assign({ limit: 20 }, filters));
    if (stale(gen)) return;
    const list = h('ol', { class: 'quotes' }, res.hits.map(q => quoteItem(q, {})));
    const more = h('div', { class: 'more' });
    const moreButton = cursor => {
      clear(more);
      if (cursor) more.append(h('button', {
        type: 'button', onclick: async ev => {
          ev.target.disabled = true;
          try {
            const next = await api('quotes', Object.assign({ limit: 20, cursor }, filters));
            const firstNew = list.children.length;
            list.append(...next.hits.map(q => quoteItem(q, {})));
            moreButton(next.nextCursor);
            const a = list.children[firstNew] && list.children[firstNew].querySelector('a');
            if (a) a.focus();
          } catch (err) { more.append(h('p', { class: 'error', role: 'alert' }, err.message)); }
        }
      }, 'More quotes'));
    };
    moreButton(res.nextCursor);
    main.append(h('div', { class: 'quotespage' }, h('h1', null, 'Quotes'), form,
      h('p', { class: 'summary', role: 'status' }, `${fmtNum(res.total)} ${res.total === 1 ? 'quote' : 'quotes'}, newest first`),
      res.hits.length ? list : h('p', { class: 'empty' }, 'No quote matches these filters.'), more));
  }

  // ---- map page ------------------------------------------------------------------------------
  async function mapPage(params, gen) {
    const filters = pick(params, FILTERS);
    title('Map');
    const res = await api('places', filters);
    if (stale(gen)) return;
    const places = res.places.map(p => Object.assign({}, p, { href: '/' + query(with_(filters, { place: p.entity })) }));
    const map = await worldMap(places, { counted: true, label: 'Places mentioned in the matching articles' });
    if (stale(gen)) return;
    const table = h('table', { class: 'placetable' }, h('caption', { class: 'vh' }, 'Places by number of articles'),
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Place'), h('th', { scope: 'col' }, 'Country'), h('th', { scope: 'col', class: 'n' }, 'Articles'))),
      h('tbody', null, places.map((p, i) => h('tr', { hidden: i >= 30 },
        h('td', null, h('a', { href: p.href }, p.name), ' ', h('a', { href: entityUrl(p.entity), class: 'small', 'aria-label': 'About ' + p.name }, 'about')),
        h('td', null, p.country || ''), h('td', { class: 'n' }, fmtNum(p.count))))));
    const what = filters.q ? ['Places in articles about ', h('q', null, filters.q)] : 'Places in all articles';
    main.append(h('div', { class: 'mappage' }, h('h1', null, what),
      h('p', { class: 'summary', role: 'status' }, `${fmtNum(places.length)} ${places.length === 1 ? 'place' : 'places'}; circle size by number of articles. `,
        'Click a place to see its articles; with the map focused, arrow keys move and + / − zoom. ',
        h('a', { href: '/' + query(filters) }, 'Back to the article list')),
      map, places.length ? table : h('p', { class: 'empty' }, 'No places with coordinates in these articles.'),
      places.length > 30 ? h('p', { class: 'more' }, h('button', {
        type: 'button', onclick: e => {
          table.querySelectorAll('tr[hidden]').forEach(tr => tr.removeAttribute('hidden'));
          e.target.remove();
        }
      }, `Show all ${fmtNum(places.length)} places`)) : null));
  }

  route(false);
})();
