/*
 * Placing the nodes. Small drawings (a team, an ego network of 300) are settled by ForceAtlas2 in a
 * few hundred synchronous iterations, a few tens of milliseconds. Large ones (the pairing network)
 * are drawn at once from a seed placement and then handed to a web worker, which finds their
 * communities (Louvain), places each around its own centre and settles them by ForceAtlas2 for a
 * bounded number of iterations, so the page never freezes: the drawing moves while the user can
 * already search and pan.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import circular from 'graphology-layout/circular';
import { rankCommunities } from './seed.js';

const SYNC_LIMIT = 2000;

/**
 * A ring to start from (in the graph's order: the API puts the strongest ties first), then FA2; with
 * `fresh` false (an expansion), FA2 settles from where the nodes are, so the drawing keeps its shape.
 */
export function settle(graph, { fresh = true } = {}) {
  if (graph.order === 0) return;
  if (fresh) circular.assign(graph, { scale: 100 });
  if (graph.order < 3 || graph.size === 0) return;
  const iterations = graph.order > 500 ? 150 : 300;
  forceAtlas2.assign(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(graph), adjustSizes: false, linLogMode: true, outboundAttractionDistribution: true },
  });
}

let worker = null;
let settled = null; // resolves the running layout's promise, also when another view stops it

/**
 * Settles a large graph in the layout worker: positions come back every few iterations and are
 * written into the graph (sigma redraws). With `onCommunities`, the worker first finds communities
 * and calls it with each node's community rank (0 the largest, by node key) and the sizes. Stops
 * after `iterations` or `millis`, whichever first, or when another layout starts. Resolves with the
 * iterations run.
 */
export function settleInWorker(graph, { iterations = 200, millis = 8000, onStep, onCommunities } = {}) {
  stopWorker();
  if (graph.order <= SYNC_LIMIT) {
    // small enough to do at once, here
    if (onCommunities) {
      const started = performance.now();
      const { ranks, sizes } = rankCommunities(graph);
      onCommunities(ranks, sizes, Math.round(performance.now() - started));
    }
    settle(graph);
    return Promise.resolve(0);
  }
  const keys = graph.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const positions = new Float32Array(keys.length * 2);
  keys.forEach((key, i) => {
    positions[2 * i] = graph.getNodeAttribute(key, 'x');
    positions[2 * i + 1] = graph.getNodeAttribute(key, 'y');
  });
  const edges = new Uint32Array(graph.size * 2);
  const weights = new Float32Array(graph.size);
  let e = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    edges[2 * e] = index.get(source);
    edges[2 * e + 1] = index.get(target);
    weights[e] = attributes.weight || 1;
    e += 1;
  });
  const started = performance.now();
  return new Promise((resolve) => {
    let done = 0;
    settled = () => resolve(done);
    // a same-origin script: the CSP allows it, where the library's own blob: worker would be refused
    worker = new Worker('layout-worker.js', { type: 'module' });
    worker.onmessage = ({ data }) => {
      if (data.communities) {
        const ranks = new Map(keys.map((key, i) => [key, data.communities[i]]));
        if (onCommunities) onCommunities(ranks, data.sizes, data.millis);
        return;
      }
      const placed = data.positions;
      graph.updateEachNodeAttributes((key, attributes) => {
        const i = index.get(key);
        attributes.x = placed[2 * i];
        attributes.y = placed[2 * i + 1];
        return attributes;
      }, { attributes: ['x', 'y'] });
      done = data.iterations;
      if (onStep) onStep(data.iterations);
      if (data.done) stopWorker();
    };
    worker.onerror = () => stopWorker();
    worker.postMessage({ positions, edges, weights, nodes: keys.length, iterations, communities: Boolean(onCommunities),
      millis: millis - (performance.now() - started) }, [positions.buffer, edges.buffer, weights.buffer]);
  });
}

/** Stops the running layout, if any; its promise resolves with the iterations it ran. */
export function stopWorker() {
  if (worker) {
    worker.terminate();
    worker = null;
  }
  if (settled) {
    const resolve = settled;
    settled = null;
    resolve();
  }
}
