/*
 * From the API's node-link JSON (GET /api/network…) to the graphology graph the drawing uses. When the
 * answer carries the shared works (works=true), each tie learns the works behind it and their years,
 * so the year range and the list view are exact; the work nodes themselves are drawn only when asked.
 */
import Graph from 'graphology';
import { colours, mainRole, roleColour } from './roles.js';
import { withYear } from './dom.js';

export function emptyGraph() {
  return new Graph({ type: 'undirected', multi: false });
}

export function fromNetwork(network, { drawWorks = false } = {}) {
  const graph = emptyGraph();
  const works = new Map();
  network.nodes.forEach((node) => {
    if (node.type === 'work') {
      works.set(node.id, { id: node.id, title: node.label, year: node.year ?? null, people: [] });
      if (!drawWorks) return;
      graph.addNode(node.id, { label: withYear(node.label, node.year), kind: 'work', color: colours.work(), x: 0, y: 0 });
      return;
    }
    const role = mainRole(node);
    graph.addNode(node.id, { label: node.label || node.id, kind: 'person', role, seed: Boolean(node.seed),
      color: roleColour(role), x: 0, y: 0 });
  });
  network.edges.forEach((edge) => {
    if (edge.type === 'credit') {
      const work = works.get(edge.target);
      if (work) work.people.push(edge.source);
      if (!drawWorks) return;
      graph.mergeEdgeWithKey(edge.id, edge.source, edge.target, { kind: 'credit', weight: 1, first: edge.first,
        last: edge.last, roles: edge.roles, color: colours.work() });
      return;
    }
    graph.mergeEdgeWithKey(edge.id, edge.source, edge.target, { kind: 'tie', weight: edge.weight, first: edge.first,
      last: edge.last, reunion: Boolean(edge.reunion), color: edge.reunion ? colours.reunion() : colours.edge() });
  });
  attachWorks(graph, works, network.truncated);
  return graph;
}

/** Each tie gets the works its two people share among those the answer carried. */
function attachWorks(graph, works, truncated) {
  const found = new Map();
  works.forEach((work) => {
    for (let i = 0; i < work.people.length; i++) {
      for (let j = i + 1; j < work.people.length; j++) {
        const a = work.people[i];
        const b = work.people[j];
        if (!graph.hasNode(a) || !graph.hasNode(b)) continue;
        const edge = graph.edge(a, b);
        if (!edge) continue;
        if (!found.has(edge)) found.set(edge, []);
        found.get(edge).push(work);
      }
    }
  });
  found.forEach((shared, edge) => {
    shared.sort((x, y) => (x.year ?? 0) - (y.year ?? 0));
    const attributes = graph.getEdgeAttributes(edge);
    // only a complete list is the truth about a tie's years; a cut one leaves first and last to judge
    const complete = shared.length === attributes.weight || (!truncated && shared.length >= attributes.weight);
    graph.mergeEdgeAttributes(edge, { works: shared.map(({ id, title, year }) => ({ id, title, year })),
      years: complete ? shared.map((work) => work.year).filter((year) => typeof year === 'number') : null });
  });
}

/** The roles present among the drawn people (null for people without one), for the legend. */
export function rolesPresent(graph) {
  const roles = new Set();
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind === 'person') roles.add(attributes.role || null);
  });
  return roles;
}
