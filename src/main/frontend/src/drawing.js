/*
 * The one renderer: sigma.js (WebGL) over a graphology graph, for a few people or for tens of
 * thousands. This module owns the renderer, what is highlighted or selected, and the year range
 * (which ties are drawn); it says what is drawn in data attributes of the drawing's container
 * (data-nodes, data-edges) and tells listeners after every change.
 *
 * Graph attributes used here. Nodes: label, x, y, size, color, kind (person|work|company), seed.
 * Edges: weight, size, color, first, last, years (every shared work's year, when known), reunion,
 * label, kind (tie|credit|company).
 */
import Sigma from 'sigma';
import { $, number } from './dom.js';
import { colours } from './roles.js';
import { labelPlanner } from './labels.js';
import { inRange } from './years.js';

let renderer = null;
let graph = null;
let labels = null;
let options = {};
let range = null; // [from, to] years, or null for all
let hiddenEdges = new Set();
let heavy = false; // drawn for speed: no highlighting of neighbours
let firstFrameAt = 0; // performance.now() when the drawing's first frame was on screen
let hovered = null;
let selected = null; // {type: 'node'|'edge', key}
let followed = null; // a node the camera flew to, kept in view while a layout moves it
const listeners = [];
const handlers = {};

/** What a user does to the drawing: onNode, onNodeTwice, onEdge, onStage. */
export function on(events) {
  Object.assign(handlers, events);
}

export function onChange(listener) {
  listeners.push(listener);
}

export function current() {
  return { renderer, graph, options, range, firstFrameAt, visible: (edge) => !hiddenEdges.has(edge),
    labelsShown: () => (labels ? labels.shown() : new Map()) };
}

/**
 * Draws a graph whose nodes already have positions. `options.big` draws a graph of over 2,000 nodes
 * for speed (edges and labels hidden while the camera moves, discs of constant size, no highlighting
 * of neighbours); `edgeLabels` writes edge labels (the works of a reunion).
 * Resolves once the first frame is on screen, with the milliseconds that took.
 */
export async function show(next, drawingOptions = {}) {
  const started = performance.now();
  if (renderer) renderer.kill();
  labels = null;
  graph = next;
  options = drawingOptions;
  hovered = null;
  selected = null;
  followed = null;
  range = null;
  hiddenEdges = new Set();
  sizeByDegree();
  // drawn for speed: a large drawing of many people (a pairing network of a few hundred is drawn as any)
  const big = Boolean(options.big) && graph.order > 2000;
  heavy = big;
  renderer = new Sigma(graph, $('#graph'), {
    allowInvalidContainer: true,
    // picking edges costs a framebuffer pass per frame: worth it while ties are few enough to aim at
    enableEdgeEvents: graph.size <= 5000,
    renderEdgeLabels: Boolean(options.edgeLabels),
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    zIndex: !big,
    // every node is a label candidate; labels.js keeps those that fit, most important first
    labelDensity: 10000,
    labelGridCellSize: 100,
    // a large drawing keeps disc sizes when zooming, so size cannot gate its labels: the planner's
    // order (biggest first, on screen only) and its cap do
    labelRenderedSizeThreshold: big ? 0 : 4,
    defaultDrawNodeLabel: (context, data, settings) => labels && labels.drawLabel(context, data, settings),
    labelFont: 'system-ui, "Noto Sans", "Noto Sans KR", sans-serif',
    labelSize: 13,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#333333' },
    defaultEdgeColor: colours.edge(),
    // a large drawing keeps its discs the same size on screen when zooming in, which is what
    // separates them; a small one grows them a little, as the eye expects
    ...(big ? { zoomToSizeRatioFunction: () => 1 } : {}),
    minCameraRatio: 0.01,
    maxCameraRatio: 20,
    stagePadding: 40,
    nodeReducer,
    edgeReducer,
  });
  renderer.on('clickNode', ({ node }) => handlers.onNode && handlers.onNode(node));
  renderer.on('doubleClickNode', (event) => {
    // a double click on a person expands them instead of zooming in
    event.preventSigmaDefault();
    if (handlers.onNodeTwice) handlers.onNodeTwice(event.node);
  });
  renderer.on('clickEdge', ({ edge }) => handlers.onEdge && handlers.onEdge(edge));
  renderer.on('clickStage', () => handlers.onStage && handlers.onStage());
  labels = labelPlanner(renderer, graph, big ? 60 : 200);
  renderer.on('beforeRender', labels.newFrame);
  // sigma drew its first frame while constructed, before the planner existed: that frame has no
  // labels, so one more is drawn (a render only, nothing is processed again)
  renderer.scheduleRender();
  renderer.on('afterRender', follow);
  // the user taking the camera ends the following
  renderer.getMouseCaptor().on('mousedown', () => { followed = null; });
  renderer.getMouseCaptor().on('wheel', () => { followed = null; });
  // hovering a person highlights their ties; in a large drawing (no highlighting there) sigma's own
  // hover label is enough, and redrawing every node on each move of the pointer would lag
  renderer.on('enterNode', ({ node }) => { hovered = node; if (!big) refresh(); });
  renderer.on('leaveNode', () => { hovered = null; if (!big) refresh(); });
  await nextFrame();
  firstFrameAt = performance.now();
  const firstFrame = Math.round(firstFrameAt - started);
  changed();
  return firstFrame;
}

/** Node size follows degree, so that labels go to the best-connected people first. */
function sizeByDegree() {
  const big = graph.order > 2000;
  graph.forEachNode((node, attributes) => {
    const degree = graph.degree(node);
    const size = big ? 1.5 + Math.sqrt(degree) * 1.2 : 4 + Math.min(16, Math.sqrt(degree) * 2.5);
    graph.setNodeAttribute(node, 'size', attributes.seed ? size + 3 : size);
  });
  graph.forEachEdge((edge, attributes) => {
    // as thick as their shared works, on a square-root scale so that 30 works do not fill the screen
    const thickness = (big ? 0.5 : 1) + Math.sqrt(attributes.weight || 1) * (big ? 0.5 : 1.3);
    graph.setEdgeAttribute(edge, 'size', attributes.reunion ? thickness + 1.5 : thickness);
  });
}

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

function nodeReducer(node, data) {
  const focus = focusSet();
  if (focus && !focus.has(node)) return { ...data, color: '#d6d9de', label: null, zIndex: 0 };
  const shown = { ...data, zIndex: 1 };
  if ((selected && selected.type === 'node' && selected.key === node) || node === hovered) {
    shown.highlighted = true;
    shown.forceLabel = true;
    shown.zIndex = 2;
  }
  if (data.seed) shown.forceLabel = true;
  return shown;
}

function edgeReducer(edge, data) {
  if (hiddenEdges.has(edge)) return { ...data, hidden: true };
  const focus = focusSet();
  if (focus) {
    const [source, target] = graph.extremities(edge);
    if (!(focus.has(source) && focus.has(target))) return { ...data, color: '#eceef1', label: null, zIndex: 0 };
  }
  if (selected && selected.type === 'edge' && selected.key === edge) {
    return { ...data, color: colours.path(), size: data.size + 2, zIndex: 3, forceLabel: true };
  }
  return { ...data, zIndex: data.reunion ? 2 : 1 };
}

/** While a person is hovered or selected, they and their neighbours stand out. */
function focusSet() {
  const key = hovered || (selected && selected.type === 'node' ? selected.key : null);
  if (!key || !graph.hasNode(key) || heavy) return null;
  return new Set([key, ...graph.neighbors(key)]);
}

export function select(type, key) {
  selected = type ? { type, key } : null;
  if (type !== 'node' || key !== followed) followed = null;
  refresh();
}

function refresh() {
  if (renderer) renderer.refresh({ skipIndexation: true });
}

/** The years the drawn ties span, or null when none has a year. */
export function yearExtent() {
  let low = Infinity;
  let high = -Infinity;
  graph.forEachEdge((_edge, attributes) => {
    const years = attributes.years || [attributes.first, attributes.last];
    years.forEach((year) => {
      if (typeof year === 'number') {
        low = Math.min(low, year);
        high = Math.max(high, year);
      }
    });
  });
  return low === Infinity ? null : [low, high];
}

/** Draws only the ties with a shared work from `from` to `to` (null: all). */
export function setYearRange(from, to) {
  if (from === null && range === null) {
    // nothing was filtered and nothing is: no need to run every tie through the reducers again
    changed();
    return;
  }
  range = from === null ? null : [from, to];
  hiddenEdges = new Set();
  if (range) {
    graph.forEachEdge((edge, attributes) => {
      if (!inRange(attributes, from, to)) hiddenEdges.add(edge);
    });
  }
  if (selected && selected.type === 'edge' && hiddenEdges.has(selected.key)) selected = null;
  refresh();
  changed();
}

function changed() {
  const container = $('#graph');
  const people = graph.filterNodes((_node, attributes) => attributes.kind === 'person').length;
  const ties = graph.size - hiddenEdges.size;
  container.dataset.nodes = String(graph.order);
  container.dataset.people = String(people);
  container.dataset.edges = String(ties);
  container.setAttribute('aria-label', `Collaboration drawing: ${number(people)} people, ${number(ties)} ties. `
    + 'The list view gives the same in tables.');
  listeners.forEach((listener) => listener());
}

/** Moves the camera to a node, zoomed in on it, and keeps it there while a layout still moves it. */
export function flyTo(node) {
  const position = renderer.getNodeDisplayData(node);
  if (!position) return;
  select('node', node);
  followed = node;
  renderer.getCamera().animate({ x: position.x, y: position.y, ratio: Math.min(renderer.getCamera().ratio, 0.15) },
    { duration: 600 });
}

function follow() {
  const camera = renderer.getCamera();
  const position = followed ? renderer.getNodeDisplayData(followed) : null;
  if (!position || camera.isAnimated()) return;
  // only a real move sets the camera: setting it redraws, and redrawing calls this again
  if (Math.abs(camera.x - position.x) > 1e-4 || Math.abs(camera.y - position.y) > 1e-4) {
    camera.setState({ x: position.x, y: position.y });
  }
}

export function fit() {
  followed = null;
  if (renderer) renderer.getCamera().animatedReset({ duration: 300 });
}

/** Where a node is on screen, in pixels from the drawing's top left corner. */
export function screenPosition(node) {
  const attributes = renderer.getNodeDisplayData(node);
  return attributes ? renderer.framedGraphToViewport(attributes) : null;
}
