/*
 * Placing the nodes. Small drawings (a team, an ego network of 300) are settled by ForceAtlas2 in a
 * few hundred synchronous iterations, a few tens of milliseconds. Large ones (the pairing network)
 * are drawn at once from a seed placement (each community around its own centre) and then settled
 * by ForceAtlas2 in a web worker, a bounded number of iterations, so the page never freezes: the
 * drawing moves while the user can already search and pan.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import circular from 'graphology-layout/circular';

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

/**
 * Seeds a large graph: each community gets a centre on a golden-angle spiral (the largest first,
 * nearest the middle) and its members a disc around it, so the first frame already shows the
 * communities and ForceAtlas2 has little to untangle.
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
  let random = 42;
  const next = () => {
    // a small deterministic generator: the same data gives the same picture
    random = (random * 1103515245 + 12345) % 2147483648;
    return random / 2147483648;
  };
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

let worker = null;

/**
 * Settles a large graph in the layout worker: positions come back every few iterations and are
 * written into the graph (sigma redraws). Stops after `iterations` or `millis`, whichever first, or
 * when another layout starts. Resolves with the iterations run.
 */
export function settleInWorker(graph, { iterations = 200, millis = 8000, onStep } = {}) {
  stopWorker();
  if (graph.order <= SYNC_LIMIT) {
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
    // a same-origin script: the CSP allows it, where the library's own blob: worker would be refused
    worker = new Worker('layout-worker.js', { type: 'module' });
    worker.onmessage = ({ data }) => {
      const placed = data.positions;
      graph.updateEachNodeAttributes((key, attributes) => {
        const i = index.get(key);
        attributes.x = placed[2 * i];
        attributes.y = placed[2 * i + 1];
        return attributes;
      }, { attributes: ['x', 'y'] });
      if (onStep) onStep(data.iterations);
      if (data.done) {
        stopWorker();
        resolve(data.iterations);
      }
    };
    worker.onerror = () => {
      stopWorker();
      resolve(0);
    };
    worker.postMessage({ positions, edges, weights, nodes: keys.length, iterations, millis: millis - (performance.now() - started) },
      [positions.buffer, edges.buffer, weights.buffer]);
  });
}

export function stopWorker() {
  if (worker) {
    worker.terminate();
    worker = null;
  }
}
