/*
 * The side panel: who a person is, the timeline of two people's shared works, a work's reunions, a
 * path. Every panel is plain HTML (headings, lists), so it reads well with a screen reader.
 */
import { $, button, count, el, withYear } from './dom.js';
import { api, query } from './api.js';

const SECTIONS = ['#info', '#edge-works', '#reunions'];

export function hideAll() {
  SECTIONS.forEach((id) => { $(id).hidden = true; });
}

function reveal(id) {
  $(id).hidden = false;
  $('#intro').hidden = true;
}

/** A person or work of the drawing, with what can be done from there. */
export function showNode(attributes, ties, actions) {
  const person = attributes.kind === 'person';
  $('#info').replaceChildren(
    el('h2', {}, attributes.label),
    el('p', {}, person
      ? [count(ties, 'tie'), ' drawn', attributes.role ? ` · ${attributes.role}` : '']
      : attributes.kind),
    el('div', { class: 'actions' }, actions.map(([label, run]) => button(label, run))),
  );
  reveal('#info');
}

/**
 * Two people's shared works along the years: a strip with one mark per work (drawn as SVG; the marks
 * are decoration, the list under it says the same to a screen reader) and the list.
 */
export async function showTimeline(a, b, tie) {
  const panel = $('#edge-works');
  panel.replaceChildren(el('h2', {}, `${a.label} & ${b.label}`), el('p', { class: 'loading' }, 'Loading shared works…'));
  reveal('#edge-works');
  const together = await api(query('/api/together', { people: `${a.id},${b.id}` }));
  const names = Object.fromEntries(together.people.map((p) => [p.id, p.name]));
  const works = together.works;
  const years = works.map((w) => w.year).filter((y) => typeof y === 'number');
  const span = years.length ? ` · ${Math.min(...years)}${Math.max(...years) !== Math.min(...years) ? `–${Math.max(...years)}` : ''}` : '';
  panel.replaceChildren(
    el('h2', {}, `${names[a.id] || a.label} & ${names[b.id] || b.label}`),
    el('p', {}, `${count(works.length, 'shared work')}${span}`,
      tie && tie.reunion ? el('span', {}, ' · ', el('span', { class: 'swatch reunion', 'aria-hidden': 'true' }), ' a reunion') : null),
    timelineStrip(works),
    el('ol', { class: 'works timeline', 'aria-label': 'Shared works in order' }, works.map((work) => el('li', { class: 'work', 'data-id': work.id },
      el('span', { class: 'year' }, work.year || '—'), ' ', el('span', { class: 'title' }, work.title),
      el('div', { class: 'credits' }, work.credits.map((c) => `${names[c.person]}: ${c.role}`).join(' · '))))),
  );
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, String(value)));
  if (text !== undefined) element.textContent = text;
  return element;
}

function timelineStrip(works) {
  const years = works.map((w) => w.year).filter((y) => typeof y === 'number');
  if (!years.length) return null;
  const low = Math.min(...years);
  const high = Math.max(...years);
  const width = 300;
  const x = (year) => (high === low ? width / 2 : 20 + ((year - low) / (high - low)) * (width - 40));
  const strip = svg('svg', { viewBox: `0 0 ${width} 54`, class: 'timeline-strip', 'aria-hidden': 'true' });
  strip.append(svg('line', { x1: 10, y1: 22, x2: width - 10, y2: 22, class: 'axis' }));
  const stacked = new Map();
  works.forEach((work) => {
    if (typeof work.year !== 'number') return;
    const level = stacked.get(work.year) || 0;
    stacked.set(work.year, level + 1);
    const mark = svg('circle', { cx: x(work.year), cy: 22 - level * 9, r: 4, class: 'mark' });
    mark.append(svg('title', {}, withYear(work.title, work.year)));
    strip.append(mark);
  });
  strip.append(svg('text', { x: x(low), y: 46, 'text-anchor': 'middle', class: 'tick' }, low));
  if (high !== low) strip.append(svg('text', { x: x(high), y: 46, 'text-anchor': 'middle', class: 'tick' }, high));
  return strip;
}

/** A stored work's reunions, or a paper team's: pairs that worked together before, and company returns. */
export function showReunions(title, answer) {
  const pairs = answer.pairs.map((pair) => el('li', { class: 'pair' },
    el('b', {}, `${pair.a.name} & ${pair.b.name}`), ' before: ',
    pair.works.map((w) => withYear(w.title, w.year)).join(', ')));
  const companies = answer.companies.map((c) => el('li', { class: 'company' },
    el('b', {}, c.person.name), ` with ${c.company.name} before: `, c.works.map((w) => withYear(w.title, w.year)).join(', ')));
  $('#reunions').replaceChildren(
    title ? el('h2', {}, title) : null,
    el('h3', {}, el('span', { class: 'swatch reunion', 'aria-hidden': 'true' }), ' Reunions'),
    pairs.length ? el('ul', {}, pairs) : el('p', {}, 'Nobody on this team had worked together before.'),
    companies.length ? el('h3', {}, 'Back with a company') : null,
    companies.length ? el('ul', {}, companies) : null,
  );
  reveal('#reunions');
}

export function showPath(result) {
  $('#info').replaceChildren(
    el('h2', {}, count(result.hops, 'hop')),
    el('ol', {}, result.path.map((step) => el('li', { class: step.type },
      step.type === 'work' ? el('i', {}, withYear(step.title, step.year)) : step.name))),
  );
  reveal('#info');
}
