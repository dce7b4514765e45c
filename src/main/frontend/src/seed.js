/*
 * Communities and deterministic starting points for layouts: the same data gives the same picture.
 * Used by the layout worker for large drawings and on the page for small ones.
 */
import louvain from 'graphology-communities-louvain';

/** A small linear congruential generator, seeded: Louvain's node order and the seed positions use it. */
export function seeded(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Every node somewhere in a disc: the first frame, before anything is known of the graph's shape. */
export function seedInDisc(graph) {
  const next = seeded(42);
  const radius = 10 * Math.sqrt(graph.order);
  graph.updateEachNodeAttributes((_node, attributes) => {
    const angle = next() * 2 * Math.PI;
    const r = radius * Math.sqrt(next());
    return { ...attributes, x: Math.cos(angle) * r, y: Math.sin(angle) * r };
  }, { attributes: ['x', 'y'] });
}

/**
 * Each community (attribute `community`, 0 the largest) gets a centre on a golden-angle spiral, the
 * largest nearest the middle, and its members a disc around it, so that ForceAtlas2 starts with the
 * communities apart and has little to untangle.
 */
export function seedByCommunity(graph) {
  const members = new Map();
  graph.forEachNode((node, attributes) => {
    const community = attributes.community ?? 0;
    if (!members.has(community)) members.set(community, []);
    members.get(community).push(node);
  });
  const ranked = [...members.values()].sort((a, b) => b.length - a.length);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const next = seeded(42);
  ranked.forEach((nodes, i) => {
    const distance = 40 * Math.sqrt(i);
    const cx = Math.cos(i * golden) * distance;
    const cy = Math.sin(i * golden) * distance;
    const radius = 2 + Math.sqrt(nodes.length);
    nodes.forEach((node) => {
      const angle = next() * 2 * Math.PI;
      const r = radius * Math.sqrt(next());
      graph.mergeNodeAttributes(node, { x: cx + Math.cos(angle) * r, y: cy + Math.sin(angle) * r });
    });
  });
}

/**
 * Louvain communities, ranked: each node's rank (0 the largest community) as attribute `community`;
 * returns the ranks by node key and the communities' sizes, largest first.
 */
export function rankCommunities(graph) {
  const found = louvain(graph, { getEdgeWeight: 'weight', rng: seeded(7) });
  const sizes = new Map();
  Object.values(found).forEach((community) => sizes.set(community, (sizes.get(community) || 0) + 1));
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community]) => community);
  const rank = new Map(order.map((community, i) => [community, i]));
  const ranks = new Map();
  graph.forEachNode((node) => {
    ranks.set(node, rank.get(found[node]));
    graph.setNodeAttribute(node, 'community', ranks.get(node));
  });
  return { ranks, sizes: order.map((community) => sizes.get(community)) };
}
