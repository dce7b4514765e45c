/*
 * The list view: what the drawing shows, as two tables (people, and ties with their shared works),
 * for keyboard and screen-reader users and for anyone who wants to read rather than look. It follows
 * the drawing: a tie the year range hides leaves the table too. Names are buttons that select the
 * person in the drawing; pairs are buttons that open their timeline. Very large drawings list their
 * strongest rows only, and say so.
 */
import { $, button, el, number, withYear } from './dom.js';
import * as drawing from './drawing.js';

const MAX_ROWS = 500;

let actions = { person: () => {}, tie: () => {} };

export function init(rowActions) {
  actions = rowActions;
  const toggle = $('#list-toggle');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(open));
    $('#list-view').hidden = !open;
    if (open) {
      render();
      $('#list-view h2').focus();
    }
  });
  drawing.onChange(() => {
    if (!$('#list-view').hidden) render();
  });
}

export function render() {
  const { graph, visible } = drawing.current();
  const view = $('#list-view');
  if (!graph) {
    view.replaceChildren(el('h2', { tabindex: '-1' }, 'Nothing drawn yet'));
    return;
  }
  const ties = graph.filterEdges((edge) => visible(edge))
    .map((edge) => ({ edge, attributes: graph.getEdgeAttributes(edge), ends: graph.extremities(edge) }))
    .sort((x, y) => (y.attributes.weight || 0) - (x.attributes.weight || 0));
  const tiesOf = new Map();
  ties.forEach(({ ends }) => ends.forEach((end) => tiesOf.set(end, (tiesOf.get(end) || 0) + 1)));
  const people = graph.filterNodes((_node, attributes) => attributes.kind !== 'work')
    .sort((a, b) => (tiesOf.get(b) || 0) - (tiesOf.get(a) || 0) || label(graph, a).localeCompare(label(graph, b)));
  const placed = graph.order <= 1000;

  view.replaceChildren(
    el('h2', { tabindex: '-1' }, 'The drawing as lists'),
    el('p', {}, `${number(people.length)} people and ${number(ties.length)} ties drawn`,
      people.length > MAX_ROWS || ties.length > MAX_ROWS ? ` — the first ${MAX_ROWS} of each are listed, strongest first` : ''),
    el('table', { class: 'people' },
      el('caption', {}, 'People'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Name'), el('th', { scope: 'col' }, 'Role'),
        el('th', { scope: 'col' }, 'Ties drawn'))),
      el('tbody', {}, people.slice(0, MAX_ROWS).map((node) => {
        const attributes = graph.getNodeAttributes(node);
        const where = placed ? drawing.screenPosition(node) : null;
        return el('tr', { 'data-id': node, 'data-x': where ? Math.round(where.x) : null, 'data-y': where ? Math.round(where.y) : null },
          el('th', { scope: 'row' }, button(attributes.label, () => actions.person(node))),
          el('td', {}, attributes.kind === 'company' ? 'company' : attributes.role || '—'),
          el('td', {}, number(tiesOf.get(node) || 0)));
      }))),
    el('table', { class: 'ties' },
      el('caption', {}, 'Ties'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Pair'), el('th', { scope: 'col' }, 'Shared works'),
        el('th', { scope: 'col' }, 'Years'), el('th', { scope: 'col' }, 'Works'))),
      el('tbody', {}, ties.slice(0, MAX_ROWS).map(({ edge, attributes, ends }) => el('tr', { 'data-id': edge,
        'data-reunion': attributes.reunion ? 'true' : null },
      el('th', { scope: 'row' }, button(`${label(graph, ends[0])} & ${label(graph, ends[1])}`, () => actions.tie(edge))),
      el('td', {}, number(attributes.weight || 1)),
      el('td', {}, years(attributes)),
      el('td', {}, attributes.works ? attributes.works.map((w) => withYear(w.title, w.year)).join(', ') : ''))))),
  );
}

function label(graph, node) {
  return graph.getNodeAttribute(node, 'label');
}

function years(attributes) {
  if (attributes.first === null || attributes.first === undefined) return '';
  return attributes.first === attributes.last ? String(attributes.first) : `${attributes.first}–${attributes.last}`;
}
