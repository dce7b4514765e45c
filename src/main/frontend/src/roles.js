/*
 * Colours. People are coloured by their main role and pairings by community, from the Okabe–Ito
 * palette, which stays distinguishable with the common colour-vision deficiencies. The colours are
 * defined once, as CSS custom properties in app.css (the legend's swatches use them too), and read
 * here for the WebGL drawing and the SVG export.
 */
import { $, el } from './dom.js';

export const ROLES = ['director', 'actor', 'composer', 'writer', 'producer', 'cinematographer', 'editor'];

/**
 * Okabe–Ito without black (kept for text and reunions). A large graph has hundreds of communities and
 * no palette has hundreds of distinguishable colours: they take the seven in turn, largest first, so
 * that communities drawn side by side (the layout keeps each together) differ.
 */
const COMMUNITY_VARS = ['--oi-blue', '--oi-orange', '--oi-green', '--oi-purple', '--oi-vermillion', '--oi-sky', '--oi-yellow'];

let style = null;

function css(name) {
  style = style || getComputedStyle(document.documentElement);
  return style.getPropertyValue(name).trim();
}

export function roleColour(role) {
  return css(ROLES.includes(role) ? `--role-${role}` : '--role-none');
}

export const colours = {
  edge: () => css('--edge'),
  reunion: () => css('--reunion'),
  company: () => css('--company'),
  work: () => css('--work'),
  other: () => css('--role-none'),
  path: () => css('--path'),
  community: (rank) => css(COMMUNITY_VARS[rank % COMMUNITY_VARS.length]),
  communityColours: COMMUNITY_VARS.length,
};

/** The role a person is drawn in: their role on the work drawn, else the role of most of their credits. */
export function mainRole(node) {
  const onWork = node.role ? node.role.split(',')[0] : null;
  return onWork || node.mainRole || null;
}

/**
 * The legend: a list of swatches with their meaning, for the roles present (or the communities);
 * `extra` adds entries such as the reunion edge or a company.
 */
export function renderLegend(entries) {
  const legend = $('#legend');
  legend.replaceChildren(...entries.map(({ cls, label, colour }) => {
    const swatch = el('span', { class: `swatch ${cls || ''}`, 'aria-hidden': 'true' });
    // a community's colour is one of the palette's, set through the CSSOM (allowed by the CSP)
    if (colour) swatch.style.backgroundColor = colour;
    return el('li', {}, swatch, label);
  }));
  legend.hidden = entries.length === 0;
}

export function roleLegend(rolesPresent, extra = []) {
  const present = ROLES.filter((role) => rolesPresent.has(role));
  const entries = present.map((role) => ({ cls: `role-${role}`, label: role }));
  if (rolesPresent.has(null)) entries.push({ cls: 'role-none', label: 'no credited role' });
  return entries.concat(extra);
}
