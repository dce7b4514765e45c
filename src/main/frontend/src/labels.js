/*
 * Labels by importance, never on top of each other. Sigma's label grid keeps the biggest node's
 * label per cell of the screen, but a long name runs on into the next cell and over its label.
 * So before each frame the labels are planned here: the forced ones first (the seeds, the selected
 * and the hovered person), then the others from the biggest node down (size follows degree), each
 * kept only where its box, measured in the drawing's font, overlaps no label kept before it. Sigma
 * is asked for every candidate and draws only the planned ones; the SVG export writes the same.
 */

/** @param max at most this many labels at once (a large drawing names fewer, to stay legible) */
export function labelPlanner(renderer, graph, max) {
  const order = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'size') - graph.getNodeAttribute(a, 'size'));
  const widths = new Map();
  let planned = new Map();
  let stale = true;

  function measure(context, label) {
    if (!widths.has(label)) widths.set(label, context.measureText(label).width);
    return widths.get(label);
  }

  function plan() {
    const settings = renderer.getSettings();
    const context = renderer.getCanvases().labels.getContext('2d');
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const { width, height } = renderer.getDimensions();
    const kept = [];
    const next = new Map();
    const forced = [];
    const rest = [];
    order.forEach((node) => {
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden || !data.label) return;
      (data.forceLabel ? forced : rest).push([node, data]);
    });
    for (const [node, data] of forced.concat(rest)) {
      if (next.size >= max && !data.forceLabel) break;
      const size = renderer.scaleSize(data.size);
      if (!data.forceLabel && size < settings.labelRenderedSizeThreshold) continue;
      const { x, y } = renderer.framedGraphToViewport(data);
      if (x < -50 || x > width + 50 || y < -20 || y > height + 20) continue;
      const textWidth = measure(context, data.label);
      // right of the disc, or left of it where the right would leave the drawing
      const left = x + size + 3 + textWidth > width ? x - size - 3 - textWidth : x + size + 3;
      // a few pixels of air around each label
      const box = [left - 2, y - settings.labelSize * 0.8 - 1, left + textWidth + 4, y + settings.labelSize * 0.35 + 1];
      if (!data.forceLabel && kept.some((other) => box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3])) {
        continue;
      }
      kept.push(box);
      next.set(node, { x: left, box });
    }
    planned = next;
    // how many people are named on screen, for whoever reads the page's DOM
    renderer.getContainer().dataset.labels = String(planned.size);
  }

  /**
   * Sigma's label drawing, for the planned labels only. The plan is made at the frame's first label:
   * only then are the nodes' display positions (after the reducers) normalised for the frame.
   */
  function drawLabel(context, data, settings) {
    if (stale) {
      stale = false;
      plan();
    }
    const place = planned.get(data.key);
    if (!data.label || !place) return;
    context.fillStyle = settings.labelColor.color || '#000';
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    context.fillText(data.label, place.x, data.y + settings.labelSize / 3);
  }

  return { newFrame: () => { stale = true; }, drawLabel, shown: () => planned };
}
