// A table of API rows: a caption, a header of the columns and a CSV download
// of exactly the rows shown.

import { el, formatNumber } from './dom.js';
import { downloadButtons } from './downloads.js';

// columns: [{key, label, format(value, row)}] or null for every key of the rows.
export function dataTable({ caption, rows, columns, stem, limit }) {
  const cols = columns || keysOf(rows).map((key) => ({ key, label: key }));
  const numeric = new Set(cols.filter((c) => rows.some((r) => typeof r[c.key] === 'number') &&
    rows.every((r) => r[c.key] === null || r[c.key] === undefined || typeof r[c.key] === 'number')).map((c) => c.key));
  const shown = limit && rows.length > limit ? rows.slice(0, limit) : rows;
  const table = el('table', {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, cols.map((c) => el('th', { scope: 'col', class: numeric.has(c.key) ? 'num' : null }, c.label)))),
    el('tbody', {}, shown.map((row) => el('tr', {}, cols.map((c) => {
      const value = row[c.key];
      const text = c.format ? c.format(value, row) : linkOrText(value);
      return el('td', { class: numeric.has(c.key) ? 'num' : null, 'data-key': c.key }, text);
    })))));
  const wrap = el('div', { class: 'table-block' },
    el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption }, table));
  if (shown.length < rows.length) {
    wrap.append(el('p', { class: 'status' }, `The first ${shown.length} of ${rows.length} rows; the CSV holds all.`));
  }
  wrap.append(downloadButtons({ rows, stem, label: `the table ${caption}` }));
  return wrap;
}

// A web address as a link named by its host (a source's page); else the value as text.
function linkOrText(value) {
  if (typeof value === 'string' && /^https?:\/\/[^\s]+$/.test(value)) {
    try {
      return el('a', { href: value, rel: 'noreferrer' }, new URL(value).host);
    } catch (error) {
      return value;
    }
  }
  return formatNumber(value);
}

export function keysOf(rows) {
  const keys = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
  return keys;
}
