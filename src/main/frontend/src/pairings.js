/*
 * The repeat-pairing network of the whole graph (director–composer pairs with 3+ shared works, say),
 * from GET /api/network?pairings=true: the pairs GET /api/pairings answers, every page of them up to
 * the API's cap, in one answer that the GraphML and GEXF exports share. The first frame comes at
 * once, from a seed placement; the layout worker then finds the communities (Louvain, in the
 * browser), which colour the people, and settles the layout by ForceAtlas2 for a bounded time. The
 * search box finds people of the drawing and flies the camera to them.
 */
import { $, count, el, number } from './dom.js';
import { api, query } from './api.js';
import { saveView } from './state.js';
import * as drawing from './drawing.js';
import * as panels from './panels.js';
import * as exportsPanel from './exports.js';
import { emptyGraph } from './graphs.js';
import { settleInWorker } from './layout.js';
import { seedInDisc } from './seed.js';
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
    if (!graph || graph.getAttribute('question') !== 'pairings') return;
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
  graph.setAttribute('question', 'pairings');
  network.nodes.forEach((node) => graph.addNode(node.id, { label: node.label || node.id, kind: 'person',
    role: mainRole(node), x: 0, y: 0 }));
  network.edges.forEach((edge) => graph.addEdgeWithKey(edge.id, edge.source, edge.target, { kind: 'tie',
    weight: edge.weight, first: edge.first, last: edge.last, color: colours.edge() }));
  colourNodes(graph, $('#colour-by').value);
  seedInDisc(graph);
  const built = Math.round(performance.now() - started) - fetched;

  const what = question.roles ? question.roles.replace(',', '–') : 'any roles';
  const firstFrame = await drawn(graph, { years, big: true, title: `Pairings (${what}, ${question.minShared}+ shared works)`,
    cut: network.truncated ? ' — cut at the API\'s cap' : '', legend: legend(graph) });
  // from the click to the first frame on screen (the legend and year range are set up after it)
  const total = Math.round(drawing.current().firstFrameAt - started);
  const container = $('#graph');
  container.dataset.firstFrameMs = String(total);
  container.dataset.fetchMs = String(fetched);
  const timing = ` · first frame ${number(total)} ms after asking (answer ${number(fetched)} ms, graph ${number(built)} ms, `
    + `drawing ${number(firstFrame)} ms)`;
  note(timing);
  panels.hideAll();
  const iterations = await settleInWorker(graph, { iterations: 300, millis: 10000,
    onCommunities: (ranks, sizes, millis) => {
      graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, community: ranks.get(node) }),
        { attributes: ['community'] });
      graph.setAttribute('communitySizes', sizes);
      colourNodes(graph, $('#colour-by').value);
      renderLegend(legend(graph));
      container.dataset.communities = String(sizes.length);
      note(`${timing}; ${count(sizes.length, 'community', 'communities')} found in ${number(millis)} ms`);
    } });
  container.dataset.layoutIterations = String(iterations);
}

function colourNodes(graph, what) {
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes,
    color: what === 'role' ? roleColour(attributes.role)
      : attributes.community === undefined ? colours.other() : colours.community(attributes.community) }), { attributes: ['color'] });
}

function legend(graph) {
  if ($('#colour-by').value === 'role') {
    const present = new Set();
    graph.forEachNode((_n, a) => present.add(a.role || null));
    return roleLegend(present);
  }
  const sizes = graph.getAttribute('communitySizes');
  if (!sizes) return [{ colour: colours.other(), label: 'communities: being found…' }];
  const colourCount = colours.communityColours;
  return sizes.slice(0, colourCount).map((size, i) => {
    const more = Math.floor((sizes.length - 1 - i) / colourCount);
    return { colour: colours.community(i), label: `community ${i + 1}: ${count(size, 'person', 'people')}`
      + (more > 0 ? `; also ${number(more)} smaller` : '') };
  });
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
