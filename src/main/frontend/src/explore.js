/*
 * Exploring: a person's collaboration network, a work's team with its reunions, a node expanded with
 * its own collaborators, and the shortest path between two people. Each draws from the network API
 * (JSON, with the shared works so that ties know their years) and offers the same URL for export.
 */
import { $, count, withYear } from './dom.js';
import { api, query } from './api.js';
import { status } from './status.js';
import { saveView } from './state.js';
import * as drawing from './drawing.js';
import * as panels from './panels.js';
import * as exportsPanel from './exports.js';
import { fromNetwork, emptyGraph, rolesPresent } from './graphs.js';
import { settle } from './layout.js';
import { colours, mainRole, roleColour, roleLegend } from './roles.js';
import { drawn } from './views.js';

const NETWORK_LIMIT = 300;
const EXPAND_LIMIT = 100;

let view = null; // {type, id, depth, expanded: []}

export function currentView() {
  return view;
}

function networkUrl(format, people, depth, limit) {
  return query('/api/network', { people: people.join(','), depth, limit, works: format === 'json' ? 'true' : null, format });
}

export async function person(id, years) {
  const depth = $('#depth').value;
  const network = await api(networkUrl('json', [id], depth, NETWORK_LIMIT));
  view = { type: 'person', id, depth, expanded: [] };
  const graph = fromNetwork(network);
  settle(graph);
  saveView('person', { id, depth, yfrom: years?.[0], yto: years?.[1] });
  const name = graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id;
  exportsPanel.setGraphSource((format) => networkUrl(format, [id, ...view.expanded], depth,
    view.expanded.length ? 1000 : NETWORK_LIMIT));
  await drawn(graph, { years, title: `Network of ${name}`, cut: network.truncated ? ` — cut to the ${NETWORK_LIMIT} strongest ties` : '' });
  panels.hideAll();
  drawing.select('node', id);
}

export async function work(id, years) {
  const [network, reunions] = await Promise.all([
    api(query(`/api/works/${encodeURIComponent(id)}/network`, { works: 'true' })),
    api(`/api/works/${encodeURIComponent(id)}/reunions`),
  ]);
  view = { type: 'work', id };
  const graph = fromNetwork(network);
  labelReunions(graph, reunions.pairs);
  settle(graph);
  saveView('work', { id, yfrom: years?.[0], yto: years?.[1] });
  exportsPanel.setGraphSource((format) => query(`/api/works/${encodeURIComponent(id)}/network`, { format }));
  const reunited = graph.filterEdges((_e, attributes) => attributes.reunion).length;
  await drawn(graph, { years, edgeLabels: true, title: `Team of ${withYear(reunions.work.title, reunions.work.year)}`,
    cut: ` · ${count(reunited, 'reunion')} highlighted` });
  panels.hideAll();
  panels.showReunions(withYear(reunions.work.title, reunions.work.year), reunions);
}

/** Reunion edges are labelled with the earlier works the pair shared. */
export function labelReunions(graph, pairs) {
  pairs.forEach((pair) => {
    const edge = graph.hasNode(pair.a.id) && graph.hasNode(pair.b.id) ? graph.edge(pair.a.id, pair.b.id) : null;
    if (!edge) return;
    graph.mergeEdgeAttributes(edge, { reunion: true, color: colours.reunion(), forceLabel: true,
      label: pair.works.map((w) => withYear(w.title, w.year)).join(', '), reunionWorks: pair.works });
  });
}

/** Adds a person's strongest collaborators to the drawing, placed from where the person is. */
export async function expand(id) {
  const { graph } = drawing.current();
  const network = await api(networkUrl('json', [id], 1, EXPAND_LIMIT));
  const more = fromNetwork(network);
  const start = graph.getNodeAttributes(id);
  let added = 0;
  more.forEachNode((node, attributes) => {
    if (graph.hasNode(node)) return;
    graph.addNode(node, { ...attributes, seed: false, x: start.x + (Math.random() - 0.5) * 10, y: start.y + (Math.random() - 0.5) * 10 });
    added += 1;
  });
  more.forEachEdge((edge, attributes, source, target) => {
    if (!graph.hasEdge(source, target)) graph.addEdgeWithKey(edge, source, target, attributes);
  });
  if (view && view.type === 'person') view.expanded.push(id);
  settle(graph, { fresh: false });
  await drawn(graph, { title: `Expanded ${start.label}`, cut: `: ${count(added, 'new person', 'new people')}` });
}

export async function path(from, to) {
  const result = await api(query('/api/paths', { from, to }));
  view = { type: 'path', from, to };
  saveView('path', { from, to });
  const graph = emptyGraph();
  const steps = result.path;
  const people = [...new Set(steps.filter((s) => s.type === 'person').map((s) => s.id))];
  // the people's main roles, from the route that also exports this drawing
  const roles = new Map();
  if (people.length <= 50) {
    const network = await api(query('/api/network', { people: people.join(','), depth: 0 }));
    network.nodes.forEach((node) => roles.set(node.id, mainRole(node)));
  }
  // a path reads left to right, with a gentle zigzag so that labels do not sit on each other
  steps.forEach((step, i) => {
    const work = step.type === 'work';
    // ids are unique per kind only: a work that shares a person's id gets its own key
    graph.addNode(graph.hasNode(step.id) ? `${step.type}:${step.id}` : step.id, {
      ref: step.id, label: work ? withYear(step.title, step.year) : step.name, kind: work ? 'work' : 'person',
      role: work ? null : roles.get(step.id) || null,
      color: work ? colours.work() : roleColour(roles.get(step.id) || null), seed: i === 0 || i === steps.length - 1,
      x: i * 10, y: i % 2 === 0 ? 0 : 3, year: step.year,
    });
  });
  const keys = graph.nodes();
  for (let i = 0; i + 1 < keys.length; i++) {
    const year = graph.getNodeAttribute(keys[i], 'year') ?? graph.getNodeAttribute(keys[i + 1], 'year');
    graph.addEdge(keys[i], keys[i + 1], { kind: 'credit', weight: 1, first: year ?? null, last: year ?? null, color: colours.path() });
  }
  exportsPanel.setGraphSource(people.length <= 50
    ? (format) => query('/api/network', { people: people.join(','), depth: 0, works: 'true', format }) : null);
  const first = steps[0].name;
  const last = steps[steps.length - 1].name;
  await drawn(graph, { title: result.hops === 0 ? `${first} is ${last}` : `${first} and ${last} are ${count(result.hops, 'work')} apart`,
    cut: '', legend: roleLegend(rolesPresent(graph), [{ cls: 'work', label: 'work' }, { cls: 'path', label: 'credit on the path' }]) });
  panels.hideAll();
  panels.showPath(result);
  status(result.hops === 0 ? `${first} is ${last}` : `${first} and ${last} are ${count(result.hops, 'work')} apart`);
}
