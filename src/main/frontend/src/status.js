/*
 * The status line, and the one way a user action runs: the page is marked busy while it runs (a
 * progress cursor, and what browser tests wait on), and any failure is said in the status line.
 */
import { $ } from './dom.js';
import { ApiError } from './api.js';

export function status(text, isError = false) {
  const bar = $('#status');
  bar.textContent = text || '';
  bar.classList.toggle('error', Boolean(isError));
}

let running = 0;

export async function action(name, work) {
  running += 1;
  document.body.dataset.state = 'loading';
  try {
    await work();
  } catch (error) {
    status(error instanceof ApiError ? error.message : `Something went wrong: ${error.message}`, true);
    document.body.dataset.error = name;
  } finally {
    running -= 1;
    if (running === 0) document.body.dataset.state = 'idle';
    document.body.dataset.last = name;
  }
}
