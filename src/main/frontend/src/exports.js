/*
 * Exports of what is drawn. PNG: sigma's layers (WebGL and 2D canvases) composited onto one canvas
 * right after a synchronous render, while the WebGL buffers still hold the frame. SVG: written from
 * the drawing's own positions, sizes and colours, as the screen shows them. GraphML and GEXF: links to
 * the API's serialisers for the same graph (one serialiser, on the server), set by each view.
 */
import { $, download, el } from './dom.js';
import * as drawing from './drawing.js';


export function init() {
  $('#export-png').addEventListener('click', png);
  $('#export-svg').addEventListener('click', svgFile);
}

/** Which API URL gives the drawn graph; null when the drawing has no such route. */
export function setGraphSource(urlFor) {
  [['#export-graphml', 'graphml'], ['#export-gexf', 'gexf']].forEach(([id, format]) => {
    const link = $(id);
    const url = urlFor ? urlFor(format) : null;
    if (url) {
      link.href = url;
      link.removeAttribute('aria-disabled');
    } else {
      link.removeAttribute('href');
      link.setAttribute('aria-disabled', 'true');
    }
  });
}

function png() {
  const { renderer } = drawing.current();
  if (!renderer) return;
  renderer.refresh();
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = el('canvas', { width: Math.round(width * ratio), height: Math.round(height * ratio) });
  const context = out.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, out.width, out.height);
  Object.values(renderer.getCanvases()).forEach((layer) => context.drawImage(layer, 0, 0, out.width, out.height));
  out.toBlob((blob) => download(blob, 'ensemble.png'), 'image/png');
}

const SVG = 'http://www.w3.org/2000/svg';

function node(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value !== undefined && value !== null) element.setAttribute(name, String(value));
  });
  if (text !== undefined) element.textContent = text;
  return element;
}

/** The drawing as SVG, in screen coordinates: the ties drawn, the people, and the labels shown. */
function buildSvg() {
  const { renderer, graph, visible, labelsShown } = drawing.current();
  const { width, height } = renderer.getDimensions();
  const root = node('svg', { xmlns: SVG, width, height, viewBox: `0 0 ${width} ${height}`,
    'font-family': 'system-ui, sans-serif', 'font-size': renderer.getSetting('labelSize') });
  root.append(node('rect', { width, height, fill: '#ffffff' }));
  const edges = node('g', { 'stroke-linecap': 'round' });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!visible(edge)) return;
    const a = renderer.framedGraphToViewport(renderer.getNodeDisplayData(source));
    const b = renderer.framedGraphToViewport(renderer.getNodeDisplayData(target));
    const data = renderer.getEdgeDisplayData(edge);
    edges.append(node('line', { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1),
      stroke: data.color, 'stroke-width': data.size, 'stroke-opacity': 0.8 }));
  });
  root.append(edges);
  const circles = node('g', { stroke: '#ffffff', 'stroke-width': 0.5 });
  const labels = node('g', { fill: '#1d2433' });
  const shown = labelsShown();
  const labelSize = renderer.getSetting('labelSize');
  graph.forEachNode((key) => {
    const data = renderer.getNodeDisplayData(key);
    const at = renderer.framedGraphToViewport(data);
    const radius = renderer.scaleSize(data.size);
    circles.append(node('circle', { cx: at.x.toFixed(1), cy: at.y.toFixed(1), r: radius.toFixed(1), fill: data.color },
      undefined));
    if (shown.has(key) && data.label) {
      labels.append(node('text', { x: shown.get(key).x.toFixed(1), y: (at.y + labelSize / 3).toFixed(1) }, data.label));
    }
  });
  root.append(circles, labels);
  return new XMLSerializer().serializeToString(root);
}

function svgFile() {
  if (!drawing.current().renderer) return;
  download(new Blob([buildSvg()], { type: 'image/svg+xml' }), 'ensemble.svg');
}
