// Downloads: a table's rows as CSV (the rows of the API, columns in the
// order the API gives them), a chart as SVG or PNG (drawn by vega).

import { el } from './dom.js';

function csvField(value) {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// RFC 4180 text of rows (objects): a header of every key, in the order first
// seen, then a line per row; a missing value is an empty field. Numbers are
// written as JavaScript writes them: the shortest text that reads back.
export function toCsv(rows) {
  const columns = [];
  for (const row of rows) {
    for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  }
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// A safe file name from a title: "pak-chn-votes".
export function fileStem(...parts) {
  return parts.filter(Boolean).join('-').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entente';
}

// The download buttons of a table (CSV) or a chart (CSV, SVG, PNG).
// `getView` returns the chart's vega view; `svgOf(view)` its SVG text when
// the chart adds to what vega draws (the map's hatching).
export function downloadButtons({ rows, stem, label, getView, svgOf }) {
  const bar = el('div', { class: 'downloads', role: 'group', 'aria-label': `Download ${label}` });
  bar.append(el('button', {
    type: 'button', class: 'secondary', 'data-download': 'csv',
    onclick: () => saveBlob(new Blob([toCsv(typeof rows === 'function' ? rows() : rows)], { type: 'text/csv' }), `${stem}.csv`),
  }, 'CSV'));
  if (getView) {
    const svgText = async () => (svgOf ? svgOf(getView()) : getView().toSVG());
    bar.append(el('button', {
      type: 'button', class: 'secondary', 'data-download': 'svg',
      onclick: async () => saveBlob(new Blob([await svgText()], { type: 'image/svg+xml' }), `${stem}.svg`),
    }, 'SVG'));
    bar.append(el('button', {
      type: 'button', class: 'secondary', 'data-download': 'png',
      onclick: async () => saveBlob(await pngOf(await svgText()), `${stem}.png`),
    }, 'PNG'));
  }
  return bar;
}

// Draws SVG text on a canvas at twice its size and returns the PNG.
async function pngOf(svg) {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(new Error('the chart could not be drawn as PNG'));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.width * scale);
    canvas.height = Math.ceil(image.height * scale);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
