/*
 * Team mode: a team as a press release names it (names one per line or comma separated, a platform or
 * company, a date), asked of POST /api/reunions. Namesakes are never guessed by the API: each
 * ambiguous name comes back with its candidates and what tells them apart (their latest credits), and
 * the user picks one; the pick is sent as the person's id and kept in the URL with the rest, so a
 * shared link opens the same team. The drawing is the team's ties (GET /api/network, depth 0, the one
 * route that also exports them), reunions highlighted and labelled with their works, and the
 * companies that members worked with before.
 */
import { $, button, el, emphasised, withYear, count } from './dom.js';
import { api, query } from './api.js';
import { saveView } from './state.js';
import * as panels from './panels.js';
import * as exportsPanel from './exports.js';
import { fromNetwork } from './graphs.js';
import { settle } from './layout.js';
import { colours } from './roles.js';
import { labelReunions } from './explore.js';
import { drawn } from './views.js';
import { action, status } from './status.js';

const picks = new Map(); // name as written -> chosen person id

export function init() {
  $('#team-form').addEventListener('submit', (event) => {
    event.preventDefault();
    action('team', () => run());
  });
}

function splitNames(text) {
  return text.split(/[\n,;]+/).map((name) => name.trim()).filter(Boolean);
}

/** Fills the form from a shared link's parameters. */
export function restore(params) {
  $('#team-names').value = params.getAll('name').join('\n');
  $('#team-companies').value = params.getAll('company').join(', ');
  $('#team-before').value = params.get('before') || '';
  picks.clear();
  params.getAll('pick').forEach((pick) => {
    const at = pick.lastIndexOf('=');
    if (at > 0) picks.set(pick.slice(0, at), pick.slice(at + 1));
  });
}

export async function run(years) {
  const names = splitNames($('#team-names').value);
  const companies = splitNames($('#team-companies').value);
  const before = $('#team-before').value || null;
  if (!names.length) throw new Error('type at least one name');
  // picks of names no longer in the team are forgotten
  [...picks.keys()].filter((name) => !names.includes(name)).forEach((name) => picks.delete(name));
  const answer = await api('/api/reunions', { body: {
    people: names.map((name) => picks.get(name) || name), companies, before: before || undefined } });
  saveView('team', { name: names, company: companies, before, pick: [...picks].map(([name, id]) => `${name}=${id}`),
    yfrom: years?.[0], yto: years?.[1] });
  showChoices(answer.ambiguous);
  $('#team-text').replaceChildren(el('h3', {}, 'In words'), el('p', { class: 'text' }, emphasised(answer.text)),
    el('div', { class: 'actions' }, button('Copy the link to this team', copyLink)));
  $('#team-text').hidden = false;

  const ids = [...new Set(answer.people.map((found) => found.person.id))];
  if (!ids.length) return;
  const network = await api(query('/api/network', { people: ids.join(','), depth: 0, works: 'true' }));
  const graph = fromNetwork(network);
  labelReunions(graph, answer.pairs);
  addCompanies(graph, answer.companies);
  settle(graph);
  exportsPanel.setGraphSource((format) => query('/api/network', { people: ids.join(','), depth: 0, format }));
  await drawn(graph, { years, edgeLabels: true, title: 'Team', cut: ` · ${count(answer.pairs.length, 'reunion')}` });
  panels.hideAll();
  panels.showReunions(null, answer);
}

/** The URL holds the whole team (names, picks, company, date): copying it shares the view. */
async function copyLink() {
  try {
    await navigator.clipboard.writeText(location.href);
    status('Link copied: it opens this team as it is now');
  } catch {
    status('The browser did not let the page copy; the address bar holds the same link', true);
  }
}

/** Each company a member worked with before is a node, tied to the member by those works. */
function addCompanies(graph, returns) {
  returns.forEach(({ person, company, works }) => {
    const key = `company:${company.id}`;
    if (!graph.hasNode(key)) graph.addNode(key, { label: company.name, kind: 'company', color: colours.company(), x: 0, y: 0 });
    if (!graph.hasNode(person.id)) return;
    const years = works.map((w) => w.year).filter((y) => typeof y === 'number');
    graph.mergeEdge(person.id, key, { kind: 'company', weight: works.length, color: colours.company(), reunion: false,
      first: years.length ? Math.min(...years) : null, last: years.length ? Math.max(...years) : null, years,
      works: works.map(({ id, title, year }) => ({ id, title, year })), forceLabel: true,
      label: works.map((w) => withYear(w.title, w.year)).join(', ') });
  });
}

/**
 * One group per ambiguous name: a button per candidate, told apart by their latest credits. Buttons,
 * not radio buttons: arrowing through radios would choose each one on the way.
 */
function showChoices(ambiguous) {
  const box = $('#team-choices');
  box.hidden = ambiguous.length === 0;
  box.replaceChildren(...ambiguous.map(({ query: name, candidates }) => el('fieldset', { class: 'choice', 'data-query': name },
    el('legend', {}, `“${name}” names ${candidates.length} people. Which one?`),
    el('ul', {}, candidates.map((candidate) => {
      const known = candidate.credits.map((c) => `${withYear(c.title, c.year)}, ${c.role}`).join('; ');
      return el('li', { class: 'candidate' }, button([el('b', {}, candidate.name), known ? ` — ${known}` : ' — no credits stored'],
        () => {
          picks.set(name, candidate.id);
          action('team', () => run());
        }, { 'data-id': candidate.id }));
    })))));
}
