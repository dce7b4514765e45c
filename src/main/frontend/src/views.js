/*
 * The common end of every view: draw the graph, span the year range over it, set the legend, and keep
 * the status line saying how much is drawn ("20,123 people, 25,000 ties drawn"), which changes as the
 * year range hides ties.
 */
import { $, count } from './dom.js';
import * as drawing from './drawing.js';
import * as yearSlider from './yearslider.js';
import { status } from './status.js';
import { renderLegend, roleLegend } from './roles.js';
import { rolesPresent } from './graphs.js';
import { stopWorker } from './layout.js';

let heading = { title: '', cut: '' };

export function init() {
  drawing.onChange(say);
}

function say() {
  const container = $('#graph');
  const people = Number(container.dataset.people);
  const ties = Number(container.dataset.edges);
  status(`${heading.title}: ${count(people, 'person', 'people')}, ${count(ties, 'tie')} drawn${heading.cut}${heading.extra || ''}`);
}

/**
 * @param options.years the year range to restore ([from, to]), if any
 * @param options.legend the legend's entries; by default the roles present and what edges mean
 * @returns the milliseconds to the first frame
 */
export async function drawn(graph, options) {
  // a large drawing's layout still running would only move nodes nobody sees any more
  stopWorker();
  heading = { title: options.title, cut: options.cut || '', extra: '' };
  $('#intro').hidden = true;
  const firstFrame = await drawing.show(graph, { big: options.big, edgeLabels: options.edgeLabels });
  renderLegend(options.legend === false ? [] : options.legend || roleLegend(rolesPresent(graph), [
    { cls: 'edge', label: 'tie: thicker, more shared works' },
    ...(graph.someEdge((_e, a) => a.reunion) ? [{ cls: 'reunion', label: 'reunion: worked together before' }] : []),
    ...(graph.someNode((_n, a) => a.kind === 'company') ? [{ cls: 'company', label: 'company' }] : []),
  ]));
  yearSlider.reset(options.years || null);
  return firstFrame;
}

/** Adds a note to the status line (timings, layout progress) until the next view. */
export function note(extra) {
  heading.extra = extra;
  say();
}
