/*
 * The repeat-pairing network of the whole graph (director–composer pairs with 3+ shared works, say),
 * from GET /api/network?pairings=true: the pairs GET /api/pairings answers, every page of them up to
 * the API's cap, in one answer that the GraphML and GEXF exports share. Communities by Louvain, in the
 * browser; first frame from a seed placement, then ForceAtlas2 in a worker for a bounded time. The
 * search box then finds people of the drawing and flies the camera to them.
 */
import louvain from 'graphology-communities-louvain';
import { $, count, el, number } from './dom.js';
import { api, query } from './api.js';
import { saveView } from './state.js';
import * as drawing from './drawing.js';
import * as panels from './panels.js';
import * as exportsPanel from './exports.js';
import { emptyGraph } from './graphs.js';
import { seedByCommunity, settleInWorker } from './layout.js';
import { ROLES, colours, mainRole, roleColour, roleLegend, renderLegend } from './roles.js';
import { drawn, note } from './views.js';

let question = null;

export function init(onSubmit) {
  // the role choices come from the one list of roles; director–composer is the question asked first
  [['#pair-first', 'director'], ['#pair-second', 'composer']].forEach(([id, chosen]) => {
    $(id).append(...ROLES.map((role) => el('option', { value: role, selected: role === chosen }, role)));
  });
  $('#pairings-form').addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit();
  });
  $('#colour-by').addEventListener('change', () => {
    const { graph } = drawing.current();
    if (!graph || graph.getAttribute('communitySizes') === undefined) return;
    colourNodes(graph, $('#colour-by').value);
    renderLegend(legend(graph));
  });
}

export function restore(params) {
  $('#pair-first').value = params.get('first') || '';
  $('#pair-second').value = params.get('second') || '';
  $('#pair-min').value = params.get('minShared') || '3';
}

function ask() {
  const first = $('#pair-first').value;
  const second = $('#pair-second').value;
  if (Boolean(first) !== Boolean(second)) throw new Error('choose both roles of the pair, or neither');
  return { roles: first ? `${first},${second}` : null, minShared: $('#pair-min').value || '3', first, second };
}

export async function run(years) {
  const started = performance.now();
  question = ask();
  const url = (format) => query('/api/network', { pairings: 'true', roles: question.roles, minShared: question.minShared, format });
  const network = await api(url(null));
  const fetched = Math.round(performance.now() - started);
  saveView('pairings', { first: question.first, second: question.second, minShared: question.minShared,
    yfrom: years?.[0], yto: years?.[1] });
  exportsPanel.setGraphSource(url);

  const graph = emptyGraph();
  network.nodes.forEach((node) => graph.addNode(node.id, { label: node.label || node.id, kind: 'person',
    role: mainRole(node), x: 0, y: 0 }));
  network.edges.forEach((edge) => graph.addEdgeWithKey(edge.id, edge.source, edge.target, { kind: 'tie',
    weight: edge.weight, first: edge.first, last: edge.last, color: colours.edge() }));
  const communities = louvain(graph, { getEdgeWeight: 'weight', rng: seeded(7) });
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'community', communities[node]));
  rankCommunities(graph);
  colourNodes(graph, $('#colour-by').value);
  seedByCommunity(graph);

  const what = question.roles ? question.roles.replace(',', '–') : 'any roles';
  const firstFrame = await drawn(graph, { years, big: true, title: `Pairings (${what}, ${question.minShared}+ shared works)`,
    cut: network.truncated ? ' — cut at the API\'s cap' : '', legend: legend(graph) });
  const total = Math.round(performance.now() - started);
  const container = $('#graph');
  container.dataset.firstFrameMs = String(total);
  container.dataset.fetchMs = String(fetched);
  note(` · first frame ${number(total)} ms after asking (answer ${number(fetched)} ms, drawing ${number(firstFrame)} ms)`);
  panels.hideAll();
  const iterations = await settleInWorker(graph, { iterations: 300, millis: 10000 });
  container.dataset.layoutIterations = String(iterations);
}

/** Community 0 is the largest: the palette's colours go to the largest communities. */
function rankCommunities(graph) {
  const sizes = new Map();
  graph.forEachNode((_node, attributes) => sizes.set(attributes.community, (sizes.get(attributes.community) || 0) + 1));
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1]).map(([community]) => community);
  const rank = new Map(order.map((community, i) => [community, i]));
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, community: rank.get(attributes.community) }),
    { attributes: ['community'] });
  graph.setAttribute('communitySizes', order.map((community) => sizes.get(community)));
}

function colourNodes(graph, what) {
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes,
    color: what === 'role' ? roleColour(attributes.role) : colours.community(attributes.community) }), { attributes: ['color'] });
}

function legend(graph) {
  if ($('#colour-by').value === 'role') {
    const present = new Set();
    graph.forEachNode((_n, a) => present.add(a.role || null));
    return roleLegend(present);
  }
  const sizes = graph.getAttribute('communitySizes');
  const colourCount = colours.communityColours;
  return sizes.slice(0, colourCount).map((size, i) => {
    const more = Math.floor((sizes.length - 1 - i) / colourCount);
    return { colour: colours.community(i), label: `community ${i + 1}: ${count(size, 'person', 'people')}`
      + (more > 0 ? `; also ${number(more)} smaller` : '') };
  });
}

/** Louvain visits nodes in random order; a seeded generator gives the same communities each time. */
function seeded(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** People of the drawing whose name contains every word typed, best connected first. */
export function searchDrawn(q) {
  const { graph } = drawing.current();
  if (!graph) return [];
  const words = fold(q).split(/\s+/).filter(Boolean);
  const found = [];
  graph.forEachNode((node, attributes) => {
    const name = fold(attributes.label);
    if (words.every((word) => name.includes(word))) found.push(node);
  });
  return found.sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 12)
    .map((node) => ({ id: node, label: graph.getNodeAttribute(node, 'label'), type: 'person',
      detail: `${count(graph.degree(node), 'tie')}` }));
}

function fold(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
