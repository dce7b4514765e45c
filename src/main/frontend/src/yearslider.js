/*
 * The year range: two range inputs (from, to) over the years the drawn ties span. Moving either
 * filters the drawing live; the range is kept in the URL.
 */
import { $ } from './dom.js';
import * as drawing from './drawing.js';
import { updateView } from './state.js';

export function init() {
  $('#year-from').addEventListener('input', () => moved('from'));
  $('#year-to').addEventListener('input', () => moved('to'));
}

/** Spans the sliders over the drawing's years and applies `wanted` ([from, to]) when given. */
export function reset(wanted) {
  const extent = drawing.yearExtent();
  const box = $('#years');
  box.hidden = !extent || extent[0] === extent[1];
  if (box.hidden) return;
  const [low, high] = extent;
  const from = $('#year-from');
  const to = $('#year-to');
  [from, to].forEach((input) => {
    input.min = String(low);
    input.max = String(high);
  });
  from.value = String(wanted && wanted[0] !== null ? Math.max(low, Math.min(high, wanted[0])) : low);
  to.value = String(wanted && wanted[1] !== null ? Math.min(high, Math.max(low, wanted[1])) : high);
  apply(false);
}

function moved(which) {
  const from = $('#year-from');
  const to = $('#year-to');
  // the thumbs never cross: moving one past the other pushes it along
  if (Number(from.value) > Number(to.value)) {
    if (which === 'from') to.value = from.value;
    else from.value = to.value;
  }
  apply(true);
}

function apply(remember) {
  const from = $('#year-from');
  const to = $('#year-to');
  const whole = from.value === from.min && to.value === to.max;
  $('#year-from-value').textContent = from.value;
  $('#year-to-value').textContent = to.value;
  from.setAttribute('aria-valuetext', `from ${from.value}`);
  to.setAttribute('aria-valuetext', `to ${to.value}`);
  drawing.setYearRange(whole ? null : Number(from.value), whole ? null : Number(to.value));
  if (remember) updateView({ yfrom: whole ? null : from.value, yto: whole ? null : to.value });
}
