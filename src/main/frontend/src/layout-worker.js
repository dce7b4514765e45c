/*
 * ForceAtlas2 off the page's thread. Receives positions and edges as typed arrays, runs iterations
 * in small batches and posts the positions after each batch, until the iteration or time budget is
 * spent. Barnes–Hut keeps each iteration near O(n log n) for tens of thousands of nodes.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

const BATCH = 5;

self.onmessage = ({ data }) => {
  const { positions, edges, weights, nodes, iterations, millis } = data;
  const graph = new Graph({ type: 'undirected', multi: false });
  for (let i = 0; i < nodes; i++) graph.addNode(i, { x: positions[2 * i], y: positions[2 * i + 1] });
  for (let e = 0; e < weights.length; e++) graph.mergeEdge(edges[2 * e], edges[2 * e + 1], { weight: weights[e] });
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true, linLogMode: true,
    outboundAttractionDistribution: true, slowDown: 5 };
  const deadline = performance.now() + millis;
  let done = 0;
  while (done < iterations) {
    forceAtlas2.assign(graph, { iterations: BATCH, getEdgeWeight: 'weight', settings });
    done += BATCH;
    const finished = done >= iterations || performance.now() > deadline;
    const out = new Float32Array(nodes * 2);
    graph.forEachNode((key, attributes) => {
      out[2 * key] = attributes.x;
      out[2 * key + 1] = attributes.y;
    });
    self.postMessage({ positions: out, iterations: done, done: finished }, [out.buffer]);
    if (finished) break;
  }
};
