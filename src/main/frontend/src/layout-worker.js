/*
 * The work a large drawing needs, off the page's thread. Receives the graph as typed arrays; when
 * asked, finds communities first (Louvain, seeded so the same data gives the same communities,
 * ranked largest first), posts them, and places each community around its own centre; then runs
 * ForceAtlas2 in small batches, posting the positions after each, until the iteration or time budget
 * is spent. Barnes–Hut keeps each iteration near O(n log n) for tens of thousands of nodes.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { rankCommunities, seedByCommunity } from './seed.js';

const BATCH = 5;

self.onmessage = ({ data }) => {
  const { positions, edges, weights, nodes, iterations, millis, communities } = data;
  const started = performance.now();
  const graph = new Graph({ type: 'undirected', multi: false });
  for (let i = 0; i < nodes; i++) graph.addNode(i, { x: positions[2 * i], y: positions[2 * i + 1] });
  for (let e = 0; e < weights.length; e++) graph.mergeEdge(edges[2 * e], edges[2 * e + 1], { weight: weights[e] });

  if (communities) {
    const { ranks: byNode, sizes } = rankCommunities(graph);
    const ranks = new Int32Array(nodes);
    byNode.forEach((rank, key) => { ranks[key] = rank; });
    seedByCommunity(graph);
    self.postMessage({ communities: ranks, sizes, millis: Math.round(performance.now() - started) }, [ranks.buffer]);
  }

  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true, linLogMode: true,
    outboundAttractionDistribution: true, slowDown: 5 };
  const deadline = started + millis;
  let done = 0;
  for (;;) {
    // the first message places the communities; then every batch of iterations moves them
    const finished = done >= iterations || performance.now() > deadline;
    const out = new Float32Array(nodes * 2);
    graph.forEachNode((key, attributes) => {
      out[2 * key] = attributes.x;
      out[2 * key + 1] = attributes.y;
    });
    self.postMessage({ positions: out, iterations: done, done: finished }, [out.buffer]);
    if (finished) break;
    forceAtlas2.assign(graph, { iterations: BATCH, getEdgeWeight: 'weight', settings });
    done += BATCH;
  }
};
