/*
 * The search box, an ARIA 1.2 combobox on the <input> itself: role=combobox, aria-expanded and
 * aria-controls name the listbox, and aria-activedescendant follows the arrow keys through options
 * that have ids, so a screen reader reads the option the keys move to while focus stays in the box.
 * How many options there are is said in a polite live region. Where the hits come from depends on
 * the mode: the API's name search, or the people of the drawing (the pairing network).
 */
import { $, $$, el } from './dom.js';

let source = null; // async (q) => [{id, label, detail, type}]
let onPick = null;
let timer = null;
let sequence = 0;
let hits = [];
let active = -1;

export function setSource(search, pick, placeholder) {
  source = search;
  onPick = pick;
  $('#search').placeholder = placeholder;
  close();
}

export function init() {
  const input = $('#search');
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      close();
      return;
    }
    timer = setTimeout(() => run(q), 150);
  });
  input.addEventListener('keydown', onKey);
  // mousedown on an option would blur the box first: closing later lets the click land
  input.addEventListener('blur', () => setTimeout(close, 150));
}

async function run(q) {
  const mine = ++sequence;
  const found = await source(q);
  if (mine === sequence) open(found);
}

function open(found) {
  hits = found;
  active = found.length ? 0 : -1;
  const list = $('#hits');
  list.replaceChildren(...(found.length
    ? found.map((hit, i) => {
      const option = el('li', { id: `hit-${i}`, role: 'option', class: 'hit', 'aria-selected': String(i === active),
        'data-id': hit.id, 'data-type': hit.type },
      el('span', { class: 'name' }, hit.label), el('span', { class: 'kind' }, hit.detail));
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(i);
      });
      return option;
    })
    : [el('li', { class: 'hit none', role: 'option', id: 'hit-none', 'aria-disabled': 'true', 'aria-selected': 'false' },
      'Nothing found')]));
  list.hidden = false;
  const input = $('#search');
  input.setAttribute('aria-expanded', 'true');
  markActive();
  $('#search-status').textContent = found.length
    ? `${found.length} ${found.length === 1 ? 'result' : 'results'}; up and down arrows to choose, Enter to open`
    : 'Nothing found';
}

function close() {
  sequence += 1;
  hits = [];
  active = -1;
  $('#hits').hidden = true;
  $('#hits').replaceChildren();
  const input = $('#search');
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-activedescendant');
}

function markActive() {
  const input = $('#search');
  $$('#hits [role=option]').forEach((option, i) => {
    option.setAttribute('aria-selected', String(i === active));
    option.classList.toggle('active', i === active);
  });
  if (active >= 0) {
    input.setAttribute('aria-activedescendant', `hit-${active}`);
    $(`#hit-${active}`).scrollIntoView({ block: 'nearest' });
  } else {
    input.removeAttribute('aria-activedescendant');
  }
}

function onKey(event) {
  const expanded = !$('#hits').hidden;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (!expanded || !hits.length) return;
    active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
    markActive();
  } else if (event.key === 'Enter' && expanded && active >= 0) {
    event.preventDefault();
    choose(active);
  } else if (event.key === 'Escape') {
    if (expanded) {
      event.preventDefault();
      close();
    } else {
      $('#search').value = '';
    }
  }
}

function choose(i) {
  const hit = hits[i];
  close();
  $('#search').value = hit.label;
  onPick(hit);
}
