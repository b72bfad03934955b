// Small helpers to build the page: elements, numbers, messages.

// el('p', {class: 'lead'}, 'text', child, ...): attributes named as in HTML;
// `on*` functions become listeners; null and false children are skipped.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

let ids = 0;
// A unique id for labels and ARIA references.
export function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}

// A number as a reader wants it: integers as they are, shares and indices
// with three decimals, large values with thousands separators.
export function formatNumber(value, digits) {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value !== 'number') return String(value);
  if (Number.isInteger(value)) return Math.abs(value) >= 10000 ? value.toLocaleString('en-US') : String(value);
  const d = digits !== undefined ? digits : Math.abs(value) >= 100 ? 2 : 3;
  return value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

// The message of a failure: the API's problem detail when there is one.
export function problemBox(error) {
  const title = error && error.problem && error.problem.title ? `${error.problem.title}: ` : '';
  return el('p', { class: 'problem', role: 'alert' }, title, error && error.message ? error.message : String(error));
}

export function statusLine(text) {
  return el('p', { class: 'status', role: 'status' }, text);
}
