/*
 * Ensemble's page: search, draw a person's or a work's collaboration network with Cytoscape.js,
 * list the works behind an edge, expand a node, find the shortest path between two people.
 * Plain script, no build step; the Content-Security-Policy allows only same-origin scripts, so
 * nothing here is inline in the HTML and no handler is set through an attribute.
 */
'use strict';

(() => {
  const NETWORK_LIMIT = 300;
  const EXPAND_LIMIT = 100;
  const LABELLED = 12; // this many best-connected nodes keep their label at any zoom
  const MAX_FIT_ZOOM = 1.6;

  const state = {
    mode: 'explore', // or 'path'
    view: null, // {type: 'person'|'work'|'path', id, ...}
    pathFrom: null,
    pathTo: null,
    searchSeq: 0,
  };

  const $ = (selector) => document.querySelector(selector);

  /** Builds a DOM element; text is always set as text, never parsed as HTML. */
  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === undefined || value === null || value === false) return;
      if (name === 'class') element.className = value;
      else if (name.startsWith('data-')) element.setAttribute(name, value);
      else element[name] = value;
    });
    children.flat().forEach((child) => {
      if (child === null || child === undefined || child === false) return;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return element;
  }

  // ---- talking to the API

  class ApiError extends Error {
    constructor(status, detail) {
      super(detail);
      this.status = status;
    }
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = response.statusText;
      try {
        detail = (await response.json()).detail || detail;
      } catch (ignored) {
        // not a problem body; keep the status text
      }
      throw new ApiError(response.status, detail);
    }
    return response.json();
  }

  function query(path, params) {
    const search = new URLSearchParams();
    Object.entries(params).forEach(([name, value]) => {
      if (value !== undefined && value !== null && value !== '') search.set(name, value);
    });
    return `${path}?${search}`;
  }

  function status(text, isError) {
    const bar = $('#status');
    bar.textContent = text || '';
    bar.classList.toggle('error', Boolean(isError));
  }

  /** Runs one user action: marks the page busy (tests and cursors wait on it) and reports failures. */
  async function action(name, work) {
    document.body.dataset.state = 'loading';
    try {
      await work();
    } catch (error) {
      status(error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`, true);
    } finally {
      document.body.dataset.state = 'idle';
      document.body.dataset.last = name;
    }
  }

  // ---- the drawing

  const STYLE = [
    {
      selector: 'node',
      style: {
        'background-color': '#3b6fb6',
        width: 'mapData(degree, 0, 30, 12, 46)',
        height: 'mapData(degree, 0, 30, 12, 46)',
        label: 'data(label)',
        'font-size': 11,
        // labels of ordinary nodes appear once zoomed in far enough to read them
        'min-zoomed-font-size': 9,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: '#1d2433',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-max-width': '140px',
        'text-wrap': 'ellipsis',
      },
    },
    { selector: 'node[type = "work"]', style: { shape: 'round-rectangle', 'background-color': '#d99a1e' } },
    { selector: 'node.major', style: { 'min-zoomed-font-size': 0, 'font-size': 12, 'font-weight': 600 } },
    { selector: 'node[?seed]', style: { 'border-width': 3, 'border-color': '#1d2433', 'min-zoomed-font-size': 0 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b7a5c', 'min-zoomed-font-size': 0 } },
    {
      selector: 'edge',
      style: {
        width: 'mapData(weight, 1, 8, 1.5, 8)',
        'line-color': '#b8c0cc',
        'curve-style': 'straight',
        opacity: 0.85,
      },
    },
    {
      selector: 'edge[type = "credit"]',
      style: { width: 1.5, 'line-style': 'dashed', 'line-color': '#e3c27a' },
    },
    {
      selector: 'edge[?reunion]',
      style: { 'line-color': '#e8590c', width: 'mapData(weight, 1, 8, 4, 10)', opacity: 1, 'z-index': 10 },
    },
    { selector: 'edge.path', style: { 'line-color': '#0b7a5c', 'line-style': 'solid', width: 4, opacity: 1 } },
    { selector: 'edge:selected', style: { 'line-color': '#0b7a5c', opacity: 1, 'z-index': 20 } },
    { selector: 'edge.dense', style: { opacity: 0.3 } },
    { selector: 'edge.dense[?reunion], edge.dense:selected', style: { opacity: 1 } },
  ];

  let cy = null;

  function createGraph() {
    cy = cytoscape({
      container: $('#cy'),
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
    });
    // The browser test and the console reach the drawing here.
    window.cy = cy;
    window.ensembleGraph = cy;

    cy.on('tap', 'edge', (event) => action('edge', () => showEdge(event.target)));
    cy.on('tap', 'node', (event) => tapNode(event.target));
    cy.on('dbltap', 'node', (event) => action('expand', () => expand(event.target)));
    cy.on('tap', (event) => {
      if (event.target === cy) {
        $('#info').hidden = true;
        $('#edge-works').hidden = true;
      }
    });
    cy.on('mouseover', 'node, edge', (event) => showTooltip(event.target));
    cy.on('mouseout', 'node, edge', hideTooltip);
    cy.on('viewport', hideTooltip);
    cy.on('zoom', () => requestAnimationFrame(sizeLabels));
  }

  function replace(elements) {
    cy.elements().remove();
    cy.add(elements.nodes.concat(elements.edges));
    decorate();
    layout(true);
  }

  /** Adds what is new, starting it at the expanded node, then settles the layout from where things are. */
  function merge(elements, around) {
    const start = around ? around.position() : { x: 0, y: 0 };
    const fresh = elements.nodes
      .filter((node) => cy.getElementById(node.data.id).empty())
      .map((node) => ({ ...node, data: { ...node.data, seed: false }, position: { ...start } }));
    const edges = elements.edges.filter((edge) => cy.getElementById(edge.data.id).empty());
    cy.add(fresh.concat(edges));
    decorate();
    layout(false);
    return fresh.length;
  }

  /**
   * Node size follows degree; only the seeds and the best-connected few keep their labels when zoomed
   * out (the rest show on hover, or once zoomed in); many edges are drawn faint.
   */
  function decorate() {
    cy.batch(() => {
      cy.nodes().forEach((node) => node.data('degree', node.degree(false)));
      cy.nodes().removeClass('major').removeStyle('font-size text-max-width');
      cy.nodes()
        .sort((a, b) => b.data('degree') - a.data('degree'))
        .slice(0, LABELLED)
        .addClass('major');
      cy.edges().toggleClass('dense', cy.edges().length > 250);
    });
  }

  /** The labels that stay visible keep a readable size on screen whatever the zoom. */
  function sizeLabels() {
    const size = Math.min(28, Math.max(11, 12 / cy.zoom()));
    cy.batch(() => cy.nodes('.major, [?seed]').style({ 'font-size': size, 'text-max-width': size * 14 }));
  }

  /**
   * A first draw starts from rings around the seeds (deterministic: the API orders nodes by tie
   * strength), then the force-directed cose layout settles it; an expansion settles from where things
   * are. Very large drawings keep the rings, which cost nothing to compute.
   */
  function layout(fresh) {
    const count = cy.nodes().length;
    if (fresh || count > 450) {
      cy.layout({
        name: 'concentric',
        concentric: (node) => (node.data('seed') ? 1000 : node.data('degree')),
        levelWidth: () => Math.max(2, Math.ceil(count / 12)),
        minNodeSpacing: 30,
        animate: false,
        fit: false,
      }).run();
    }
    const options = count > 450
      ? { name: 'preset', fit: true, padding: 30 }
      : {
          name: 'cose',
          animate: false,
          randomize: false,
          fit: true,
          padding: 40,
          nodeRepulsion: () => 400000,
          idealEdgeLength: () => 90,
          edgeElasticity: () => 100,
          nodeOverlap: 20,
          gravity: 60,
          componentSpacing: 100,
          numIter: count > 200 ? 600 : 1000,
        };
    const running = cy.layout(options);
    running.one('layoutstop', limitZoom);
    running.run();
  }

  /** A few nodes fitted to the screen would be drawn huge; keep them at a readable size instead. */
  function limitZoom() {
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
    sizeLabels();
  }

  function graphSummary(result, what) {
    const people = cy.nodes('[type = "person"]').length;
    const ties = cy.edges('[type = "collaboration"]').length;
    const cut = result.truncated ? ` — cut to the ${NETWORK_LIMIT} strongest ties` : '';
    return `${what}: ${people} ${people === 1 ? 'person' : 'people'}, ${ties} collaboration${ties === 1 ? '' : 's'}${cut}`;
  }

  // ---- what the user can ask

  async function choosePerson(id, label) {
    const depth = $('#depth').value;
    const result = await api(query('/api/network', { people: id, depth, limit: NETWORK_LIMIT, format: 'cytoscape' }));
    state.view = { type: 'person', id };
    remember(`person/${encodeURIComponent(id)}`);
    replace(result.elements);
    hidePanels();
    const seed = cy.getElementById(id);
    cy.elements().unselect();
    seed.select();
    showNode(seed);
    status(graphSummary(result, `Network of ${label || seed.data('label') || id}`));
  }

  async function chooseWork(id, label) {
    const [result, reunions] = await Promise.all([
      api(query(`/api/works/${encodeURIComponent(id)}/network`, { format: 'cytoscape' })),
      api(`/api/works/${encodeURIComponent(id)}/reunions`),
    ]);
    state.view = { type: 'work', id };
    remember(`work/${encodeURIComponent(id)}`);
    replace(result.elements);
    hidePanels();
    showReunions(reunions);
    const reunited = cy.edges('[?reunion]').length;
    status(`Team of ${label || reunions.work.title}: ${cy.nodes().length} people, ${reunited} reunion${reunited === 1 ? '' : 's'} highlighted`);
  }

  async function expand(node) {
    const work = node.data('type') === 'work';
    const path = work
      ? query(`/api/works/${encodeURIComponent(node.id())}/network`, { format: 'cytoscape' })
      : query('/api/network', { people: node.id(), limit: EXPAND_LIMIT, format: 'cytoscape' });
    const result = await api(path);
    const added = merge(result.elements, node);
    status(`Expanded ${node.data('label')}: ${added} new ${added === 1 ? 'node' : 'nodes'}` +
      (result.truncated ? ` (strongest ${EXPAND_LIMIT} ties)` : ''));
  }

  async function runPath() {
    const { pathFrom: from, pathTo: to } = state;
    const result = await api(query('/api/paths', { from: from.id, to: to.id }));
    // a restored link knows only the ids; the answer names both people
    from.label = result.path[0].name;
    to.label = result.path[result.path.length - 1].name;
    renderPathEnds();
    state.view = { type: 'path', from: from.id, to: to.id };
    remember(`path/${encodeURIComponent(from.id)}/${encodeURIComponent(to.id)}`);
    const nodes = result.path.map((step) => ({
      data: {
        id: step.id,
        label: step.type === 'work' ? withYear(step.title, step.year) : step.name,
        type: step.type,
        seed: step.id === from.id || step.id === to.id,
      },
    }));
    const edges = [];
    for (let i = 0; i + 1 < result.path.length; i++) {
      const a = result.path[i].id;
      const b = result.path[i + 1].id;
      edges.push({ data: { id: `${a}>${b}`, source: a, target: b, type: 'credit', weight: 1 }, classes: 'path' });
    }
    cy.elements().remove();
    cy.add(nodes.concat(edges));
    decorate();
    cy.nodes().addClass('major');
    const running = cy.layout({ name: 'breadthfirst', roots: [from.id], directed: false, spacingFactor: 1.1, padding: 40, animate: false });
    running.one('layoutstop', limitZoom);
    running.run();
    hidePanels();
    showPath(result);
    status(result.hops === 0
      ? `${from.label} is ${to.label}`
      : `${from.label} and ${to.label} are ${result.hops} ${result.hops === 1 ? 'work' : 'works'} apart`);
  }

  // ---- panels

  function hidePanels() {
    ['#info', '#edge-works', '#reunions'].forEach((id) => { $(id).hidden = true; });
    $('#intro').hidden = cy && cy.elements().nonempty();
  }

  function tapNode(node) {
    if (state.mode === 'path' && node.data('type') === 'person') {
      setPathEnd({ id: node.id(), label: node.data('label') });
    } else {
      showNode(node);
    }
  }

  function showNode(node) {
    const info = $('#info');
    const person = node.data('type') === 'person';
    const degree = node.degree(false);
    info.replaceChildren(
      el('h2', {}, node.data('label') || node.id()),
      el('p', {}, person
        ? `${degree} collaborator${degree === 1 ? '' : 's'} drawn` + (node.data('role') ? ` · ${node.data('role')} here` : '')
        : withYear('Work', node.data('year'))),
      el('div', { class: 'actions' },
        button(person ? 'Draw their network' : 'Draw its team', () => (person
          ? action('person', () => choosePerson(node.id(), node.data('label')))
          : action('work', () => chooseWork(node.id(), node.data('label'))))),
        button('Expand here', () => action('expand', () => expand(node))),
        person && button('Path from here', () => { setMode('path'); setPathEnd({ id: node.id(), label: node.data('label') }, 'from'); })),
    );
    info.hidden = false;
    $('#intro').hidden = true;
  }

  async function showEdge(edge) {
    const panel = $('#edge-works');
    const source = edge.source();
    const target = edge.target();
    if (edge.data('type') === 'credit') {
      const [person, work] = source.data('type') === 'person' ? [source, target] : [target, source];
      panel.replaceChildren(el('h2', {}, person.data('label')),
        el('p', {}, `${edge.data('roles') || 'credited'} on ${work.data('label')}`));
      panel.hidden = false;
      return;
    }
    panel.replaceChildren(el('h2', {}, `${source.data('label')} & ${target.data('label')}`), el('p', { class: 'loading' }, 'Loading shared works…'));
    panel.hidden = false;
    $('#intro').hidden = true;
    const together = await api(query('/api/together', { people: `${source.id()},${target.id()}` }));
    const names = Object.fromEntries(together.people.map((p) => [p.id, p.name]));
    const span = edge.data('first') ? ` · ${edge.data('first')}${edge.data('last') !== edge.data('first') ? `–${edge.data('last')}` : ''}` : '';
    panel.replaceChildren(
      el('h2', {}, `${names[source.id()]} & ${names[target.id()]}`),
      el('p', {}, `${together.works.length} shared work${together.works.length === 1 ? '' : 's'}${span}`,
        edge.data('reunion') ? el('span', {}, ' · ', el('span', { class: 'swatch reunion' }), ' a reunion') : null),
      el('ul', { class: 'works' }, together.works.map((work) => el('li', { class: 'work', 'data-id': work.id },
        el('span', { class: 'title' }, work.title), ' ', el('span', { class: 'year' }, work.year || ''),
        el('div', { class: 'credits' }, work.credits.map((c) => `${names[c.person]}: ${c.role}`).join(' · '))))),
    );
  }

  function showReunions(reunions) {
    const panel = $('#reunions');
    const items = reunions.pairs.map((pair) => el('li', {},
      el('b', {}, `${pair.a.name} & ${pair.b.name}`), ' before: ',
      pair.works.map((w) => withYear(w.title, w.year)).join(', ')));
    const companies = reunions.companies.map((c) => el('li', {},
      el('b', {}, c.person.name), ` with ${c.company.name} before: `, c.works.map((w) => withYear(w.title, w.year)).join(', ')));
    panel.replaceChildren(
      el('h2', {}, withYear(reunions.work.title, reunions.work.year)),
      el('h3', {}, el('span', { class: 'swatch reunion' }), ' Reunions'),
      items.length ? el('ul', {}, items) : el('p', {}, 'Nobody on this team had worked together before.'),
      companies.length ? el('h3', {}, 'Back with a company') : null,
      companies.length ? el('ul', {}, companies) : null,
    );
    panel.hidden = false;
    $('#intro').hidden = true;
  }

  function showPath(result) {
    const panel = $('#info');
    panel.replaceChildren(
      el('h2', {}, `${result.hops} ${result.hops === 1 ? 'hop' : 'hops'}`),
      el('ol', {}, result.path.map((step) => el('li', { class: step.type },
        step.type === 'work' ? el('i', {}, withYear(step.title, step.year)) : step.name))),
    );
    panel.hidden = false;
    $('#intro').hidden = true;
  }

  function withYear(title, year) {
    return year ? `${title} (${year})` : title;
  }

  function button(label, onClick) {
    const b = el('button', { type: 'button' }, label);
    b.addEventListener('click', onClick);
    return b;
  }

  // ---- tooltip: the label of whatever is under the pointer, readable at any zoom

  function showTooltip(target) {
    const tip = $('#tooltip');
    if (target.isNode()) {
      tip.textContent = target.data('label') || target.id();
    } else if (target.data('type') === 'collaboration') {
      const years = target.data('first') ? ` (${target.data('first')}–${target.data('last')})` : '';
      tip.textContent = `${target.source().data('label')} & ${target.target().data('label')}: ` +
        `${target.data('weight')} shared${years}`;
    } else {
      tip.textContent = `${target.source().data('label')} → ${target.target().data('label')}`;
    }
    const where = target.isNode() ? target.renderedPosition() : target.renderedMidpoint();
    tip.style.left = `${Math.round(where.x + 12)}px`;
    tip.style.top = `${Math.round(where.y + 12)}px`;
    tip.hidden = false;
  }

  function hideTooltip() {
    $('#tooltip').hidden = true;
  }

  // ---- path mode

  function setMode(mode) {
    state.mode = mode;
    $('#path-mode').setAttribute('aria-pressed', String(mode === 'path'));
    $('#path-ends').hidden = mode !== 'path';
    if (mode === 'path') {
      state.pathFrom = null;
      state.pathTo = null;
      renderPathEnds();
      status('Path: pick the first person (search, or click a person in the drawing)');
    } else {
      status('');
    }
  }

  function setPathEnd(person, which) {
    const end = which || (state.pathFrom && !state.pathTo ? 'to' : 'from');
    if (end === 'from') {
      state.pathFrom = person;
      state.pathTo = null;
    } else {
      state.pathTo = person;
    }
    renderPathEnds();
    if (state.pathFrom && state.pathTo) {
      return action('path', runPath);
    }
    status(`Path from ${person.label}: now pick the second person`);
    return null;
  }

  function renderPathEnds() {
    $('#path-from').replaceChildren('from: ', state.pathFrom ? el('b', {}, state.pathFrom.label) : el('em', {}, 'pick a person'));
    $('#path-to').replaceChildren('to: ', state.pathTo ? el('b', {}, state.pathTo.label) : el('em', {}, 'pick a person'));
  }

  // ---- search as you type

  let searchTimer = null;

  function onSearchInput() {
    clearTimeout(searchTimer);
    const q = $('#search').value.trim();
    if (q.length < 2) {
      showHits(null);
      return;
    }
    searchTimer = setTimeout(() => search(q), 150);
  }

  async function search(q) {
    const seq = ++state.searchSeq;
    try {
      const type = state.mode === 'path' ? 'person' : '';
      const result = await api(query('/api/search', { q, type, limit: 12 }));
      if (seq === state.searchSeq) showHits(result.hits);
    } catch (error) {
      if (seq === state.searchSeq) status(error.message, true);
    }
  }

  function showHits(hits) {
    const list = $('#hits');
    if (hits === null) {
      list.hidden = true;
      $('#finder').setAttribute('aria-expanded', 'false');
      return;
    }
    list.replaceChildren(...(hits.length
      ? hits.map((hit, i) => {
          const item = el('li', {
            class: `hit${i === 0 ? ' active' : ''}`, role: 'option', 'data-id': hit.id, 'data-type': hit.type,
          },
          el('span', { class: 'name' }, hit.type === 'work' ? hit.title : hit.name),
          el('span', { class: 'kind' }, hit.type === 'work' ? `work${hit.year ? ` · ${hit.year}` : ''}` : 'person'));
          // mousedown, not click: the input's blur would hide the list before a click lands
          item.addEventListener('mousedown', (event) => {
            event.preventDefault();
            pick(hit);
          });
          return item;
        })
      : [el('li', { class: 'hit none' }, 'Nothing found')]));
    list.hidden = false;
    $('#finder').setAttribute('aria-expanded', 'true');
  }

  function onSearchKey(event) {
    const items = [...document.querySelectorAll('#hits .hit[data-id]')];
    const current = items.findIndex((item) => item.classList.contains('active'));
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!items.length) return;
      const next = (current + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach((item, i) => item.classList.toggle('active', i === next));
      items[next].scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter' && items.length && !$('#hits').hidden) {
      event.preventDefault();
      const item = items[Math.max(current, 0)];
      pick({ id: item.dataset.id, type: item.dataset.type, name: item.querySelector('.name').textContent,
        title: item.querySelector('.name').textContent });
    } else if (event.key === 'Escape') {
      showHits(null);
    }
  }

  function pick(hit) {
    showHits(null);
    const label = hit.type === 'work' ? hit.title : hit.name;
    $('#search').value = label;
    if (hit.type === 'person' && state.mode === 'path') {
      $('#search').value = '';
      setPathEnd({ id: hit.id, label });
    } else if (hit.type === 'person') {
      action('person', () => choosePerson(hit.id, label));
    } else {
      action('work', () => chooseWork(hit.id, label));
    }
  }

  // ---- links that can be shared: #person/<id>, #work/<id>, #path/<from>/<to>

  function remember(hash) {
    history.replaceState(null, '', `#${hash}`);
  }

  function restore() {
    const [kind, a, b] = location.hash.slice(1).split('/').map(decodeURIComponent);
    if (kind === 'person' && a) return action('person', () => choosePerson(a));
    if (kind === 'work' && a) return action('work', () => chooseWork(a));
    if (kind === 'path' && a && b) {
      state.mode = 'path';
      setMode('path');
      state.pathFrom = { id: a, label: a };
      state.pathTo = { id: b, label: b };
      renderPathEnds();
      return action('path', runPath);
    }
    return null;
  }

  function start() {
    if (typeof cytoscape !== 'function') {
      status('The graph library did not load; check that /webjars/cytoscape is served.', true);
      document.body.dataset.state = 'broken';
      return;
    }
    createGraph();
    $('#search').addEventListener('input', onSearchInput);
    $('#search').addEventListener('keydown', onSearchKey);
    $('#search').addEventListener('blur', () => setTimeout(() => showHits(null), 100));
    $('#path-mode').addEventListener('click', () => setMode(state.mode === 'path' ? 'explore' : 'path'));
    $('#fit').addEventListener('click', () => cy.fit(undefined, 30));
    $('#depth').addEventListener('change', () => {
      if (state.view && state.view.type === 'person') action('person', () => choosePerson(state.view.id));
    });
    window.ensemble = { state, choosePerson, chooseWork, runPath, setMode };
    document.body.dataset.state = 'idle';
    restore();
    $('#search').focus();
  }

  start();
})();
