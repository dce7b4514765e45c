/*
 * Ensemble's page: wires the modes (explore, team, pairings), the search box, the drawing and its
 * panels. Every user action runs through status.action, which marks the page busy and reports
 * failures; the view is kept in the URL so that a link opens it again.
 */
import { $, $$, el, withYear } from './dom.js';
import { api, query } from './api.js';
import { action, status } from './status.js';
import { loadView } from './state.js';
import * as drawing from './drawing.js';
import * as explore from './explore.js';
import * as exportsPanel from './exports.js';
import * as listView from './listview.js';
import * as pairings from './pairings.js';
import * as panels from './panels.js';
import * as search from './search.js';
import * as team from './team.js';
import * as views from './views.js';
import * as yearSlider from './yearslider.js';

const state = { mode: 'explore', pathMode: false, pathFrom: null, pathTo: null };

/** Draws a person's network and says who they are in the panel. */
function openPerson(id, years) {
  return action('person', async () => {
    await explore.person(id, years);
    if (drawing.current().graph.hasNode(id)) showNode(id);
  });
}

async function searchApi(q) {
  const result = await api(query('/api/search', { q, type: state.pathMode ? 'person' : '', limit: 12 }));
  return result.hits.map((hit) => ({ id: hit.id, type: hit.type, label: hit.type === 'work' ? hit.title : hit.name,
    detail: hit.type === 'work' ? withYear('work', hit.year) : 'person' }));
}

function pickHit(hit) {
  if (state.mode === 'pairings') {
    drawing.flyTo(hit.id);
    showNode(hit.id);
    return;
  }
  if (hit.type === 'person' && state.pathMode) {
    $('#search').value = '';
    setPathEnd({ id: hit.id, label: hit.label });
  } else if (hit.type === 'person') {
    openPerson(hit.id);
  } else {
    action('work', () => explore.work(hit.id));
  }
}

function setMode(mode) {
  state.mode = mode;
  $$('#modes button').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.mode === mode)));
  $('#explore-controls').hidden = mode !== 'explore';
  $('#team-panel').hidden = mode !== 'team';
  $('#pairings-panel').hidden = mode !== 'pairings';
  if (mode !== 'explore') setPathMode(false);
  if (mode === 'pairings') {
    search.setSource(async (q) => pairings.searchDrawn(q), pickHit, 'Find a person in the drawing…');
  } else {
    search.setSource(searchApi, pickHit, 'Search a person or a work…');
  }
}

// ---- path mode

function setPathMode(on) {
  state.pathMode = on;
  state.pathFrom = null;
  state.pathTo = null;
  $('#path-mode').setAttribute('aria-pressed', String(on));
  $('#path-ends').hidden = !on;
  renderPathEnds();
  if (on) status('Path: pick the first person (search, or click a person in the drawing)');
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
    action('path', () => explore.path(state.pathFrom.id, state.pathTo.id));
  } else {
    status(`Path from ${person.label}: now pick the second person`);
  }
}

function renderPathEnds() {
  $('#path-from').replaceChildren('from: ', state.pathFrom ? el('b', {}, state.pathFrom.label) : el('em', {}, 'pick a person'));
  $('#path-to').replaceChildren('to: ', state.pathTo ? el('b', {}, state.pathTo.label) : el('em', {}, 'pick a person'));
}

// ---- clicks on the drawing (and the list view's buttons, which do the same)

function showNode(node) {
  const { graph } = drawing.current();
  const attributes = graph.getNodeAttributes(node);
  const id = attributes.ref || node;
  drawing.select('node', node);
  const actions = [];
  if (attributes.kind === 'person') {
    actions.push(['Draw their network', () => { setMode('explore'); openPerson(id); }]);
    if (state.mode !== 'pairings') actions.push(['Expand here', () => action('expand', () => explore.expand(node))]);
    actions.push(['Path from here', () => { setMode('explore'); setPathMode(true); setPathEnd({ id, label: attributes.label }, 'from'); }]);
  } else if (attributes.kind === 'work') {
    actions.push(['Draw its team', () => { setMode('explore'); action('work', () => explore.work(id)); }]);
  }
  panels.showNode(attributes, graph.degree(node), actions);
}

function onNode(node) {
  const { graph } = drawing.current();
  const attributes = graph.getNodeAttributes(node);
  if (state.pathMode && attributes.kind === 'person') {
    setPathEnd({ id: attributes.ref || node, label: attributes.label });
  } else {
    showNode(node);
  }
}

function onEdge(edge) {
  const { graph } = drawing.current();
  const attributes = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge).map((key) => ({ id: graph.getNodeAttribute(key, 'ref') || key,
    ...graph.getNodeAttributes(key) }));
  drawing.select('edge', edge);
  if (attributes.kind === 'tie') {
    action('edge', () => panels.showTimeline(source, target, attributes));
  } else {
    const [person, other] = source.kind === 'person' ? [source, target] : [target, source];
    panels.showNode({ label: `${person.label} — ${other.label}`, kind: attributes.kind === 'company'
      ? `worked with ${other.label} before on ${attributes.label}` : `${attributes.roles || 'credited'} on ${other.label}` }, 0, []);
  }
}

function start() {
  drawing.on({
    onNode,
    onNodeTwice: (node) => {
      const { graph } = drawing.current();
      if (state.mode !== 'pairings' && graph.getNodeAttribute(node, 'kind') === 'person') {
        action('expand', () => explore.expand(node));
      }
    },
    onEdge,
    onStage: () => {
      drawing.select(null);
      panels.hideAll();
    },
  });
  search.init();
  views.init();
  yearSlider.init();
  exportsPanel.init();
  exportsPanel.setGraphSource(null);
  team.init();
  pairings.init(() => action('pairings', () => pairings.run()));
  listView.init({ person: (node) => { drawing.flyTo(node); showNode(node); }, tie: onEdge });
  $$('#modes button').forEach((b) => b.addEventListener('click', () => setMode(b.dataset.mode)));
  $('#path-mode').addEventListener('click', () => setPathMode(!state.pathMode));
  $('#fit').addEventListener('click', () => drawing.fit());
  $('#depth').addEventListener('change', () => {
    const view = explore.currentView();
    if (view && view.type === 'person') openPerson(view.id);
  });
  setMode('explore');
  document.body.dataset.state = 'idle';
  // a link pasted into this tab changes only the hash: it opens its view as a fresh load would
  window.addEventListener('hashchange', restore);
  restore();
  $('#search').focus();
}

function restore() {
  const { view, params } = loadView();
  const years = params.get('yfrom') || params.get('yto')
    ? [params.get('yfrom') ? Number(params.get('yfrom')) : null, params.get('yto') ? Number(params.get('yto')) : null] : null;
  if (view === 'person' && params.get('id')) {
    if (params.get('depth')) $('#depth').value = params.get('depth');
    openPerson(params.get('id'), years);
  } else if (view === 'work' && params.get('id')) {
    action('work', () => explore.work(params.get('id'), years));
  } else if (view === 'path' && params.get('from') && params.get('to')) {
    action('path', () => explore.path(params.get('from'), params.get('to')));
  } else if (view === 'team') {
    setMode('team');
    team.restore(params);
    action('team', () => team.run(years));
  } else if (view === 'pairings') {
    setMode('pairings');
    pairings.restore(params);
    action('pairings', () => pairings.run(years));
  }
}

start();
