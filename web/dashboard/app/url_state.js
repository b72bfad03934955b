// The state of a page lives in its URL (/map?state=PAK&measure=agree&...), so
// that a link or a reload shows the same view.

export function readState(defaults) {
  const params = new URLSearchParams(window.location.search);
  const state = { ...defaults };
  for (const name of Object.keys(defaults)) {
    if (params.has(name)) state[name] = params.get(name);
  }
  return state;
}

// Replaces the query of the current page by `state`, leaving out the values
// equal to the defaults, without adding a history entry.
export function writeState(state, defaults) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(state)) {
    if (value === undefined || value === null || value === '') continue;
    if (defaults && String(defaults[name]) === String(value)) continue;
    params.set(name, String(value));
  }
  const query = params.toString();
  const url = window.location.pathname + (query ? `?${query}` : '');
  if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, '', url);
}
