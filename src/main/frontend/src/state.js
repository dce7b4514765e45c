/*
 * What is on screen, kept in the URL's hash as query parameters (#view=team&name=…&before=…), so that
 * a copied link opens the same view: the team as typed, the namesakes picked, the year range.
 * Lists repeat their parameter (name=a&name=b); the hash never reaches the server.
 */

export function loadView() {
  const params = new URLSearchParams(location.hash.slice(1));
  return { view: params.get('view'), params };
}

/** Replaces the hash; values that are arrays repeat the parameter, empty ones are left out. */
export function saveView(view, values) {
  const params = new URLSearchParams({ view });
  Object.entries(values).forEach(([name, value]) => {
    (Array.isArray(value) ? value : [value]).forEach((one) => {
      if (one !== undefined && one !== null && one !== '') params.append(name, one);
    });
  });
  history.replaceState(null, '', `#${params}`);
}

/** Sets or clears parameters of the current view (the year range, for one) without touching the rest. */
export function updateView(values) {
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.get('view')) return;
  Object.entries(values).forEach(([name, value]) => {
    if (value === undefined || value === null || value === '') params.delete(name);
    else params.set(name, value);
  });
  history.replaceState(null, '', `#${params}`);
}
