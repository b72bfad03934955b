// Charts as Vega-Lite specifications, drawn by vega-embed as SVG (so that
// screen readers get a label for each mark and downloads are vector). The
// report's charts arrive as data (kind, series, points: the report's JSON)
// and are drawn as the HTML report draws them.

import { el, uid, formatNumber } from './dom.js';
import { downloadButtons, fileStem } from './downloads.js';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';
// Okabe and Ito's palette: distinct for readers with colour-vision deficiencies.
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#7F7F7F', '#000000'];

const CONFIG = {
  font: 'system-ui, sans-serif',
  axis: { labelFontSize: 12, titleFontSize: 12, labelColor: '#333', titleColor: '#333' },
  legend: { labelFontSize: 12, titleFontSize: 12, orient: 'bottom', direction: 'horizontal', columns: 3 },
  view: { stroke: null },
};

// Draws `spec` into `container`; resolves to the vega view.
export async function draw(container, spec) {
  const result = await window.vegaEmbed(container, { $schema: SCHEMA, config: CONFIG, ...spec }, {
    renderer: 'svg', actions: false, tooltip: { theme: 'light' },
  });
  return result.view;
}

// A figure: title, the chart, its caption, and downloads of its rows. The
// chart is drawn by `figure.draw()`, once the figure is in the page: a chart
// as wide as its container needs the container's width.
export function chartFigure({ title, caption, spec, rows, stem, svgOf }) {
  const view = el('div', { class: 'view' });
  const captionId = uid('caption');
  const figure = el('figure', { class: 'chart', 'aria-describedby': captionId },
    el('h3', {}, title), view, el('figcaption', { id: captionId }, caption));
  let drawn = null;
  figure.append(downloadButtons({ rows, stem, label: `the chart ${title}`, getView: () => drawn, svgOf }));
  figure.draw = async () => {
    if (!figure.isConnected) throw new Error(`the chart "${title}" is drawn before it is in the page`);
    drawn = await draw(view, { description: `${title}. ${caption}`, ...spec });
    figure.setAttribute('data-drawn', 'true');
    return drawn;
  };
  return figure;
}

function tooltipOf(chart) {
  return [
    { field: 'series', type: 'nominal', title: 'Series' },
    { field: 'year', type: 'quantitative', title: 'Year', format: 'd' },
    { field: 'value', type: 'quantitative', title: chart.y, format: chart.kind === 'line' ? '.3~f' : ',.2~f' },
  ];
}

// A chart of the report (kind line or stacked_bar) as a Vega-Lite spec.
export function reportChartSpec(chart) {
  const years = chart.points.map((p) => p.year);
  const xDomain = [Math.min(...years), Math.max(...years)];
  const color = { field: 'series', type: 'nominal', title: null, sort: chart.series,
    scale: { domain: chart.series, range: PALETTE } };
  // Every layer shares the one x scale: the years of the points.
  const x = { field: 'year', type: 'quantitative', title: 'Year', axis: { format: 'd' },
    scale: { domain: [xDomain[0] - 0.5, xDomain[1] + 0.5], nice: false, zero: false } };
  const layers = [];
  if (chart.kind === 'line' && chart.highlight && (chart.highlight.from > xDomain[0] || chart.highlight.to < xDomain[1])) {
    layers.push({
      data: { values: [{ from: chart.highlight.from - 0.5, to: chart.highlight.to + 0.5, label: 'the period' }] },
      mark: { type: 'rect', color: '#e8e8e8' },
      encoding: { x: { ...x, field: 'from' }, x2: { field: 'to' } },
    });
  }
  // Every dyad of the year behind the pairs: the median and the interquartile range.
  if (chart.band && chart.band.length) {
    layers.push({
      data: { values: chart.band },
      mark: { type: 'area', color: '#c8c8c8', opacity: 0.6 },
      encoding: {
        x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' },
        tooltip: [{ field: 'year', title: 'Year', format: 'd' }, { field: 'low', title: 'every dyad: 25th percentile', format: '.3f' },
          { field: 'median', title: 'median', format: '.3f' }, { field: 'high', title: '75th percentile', format: '.3f' },
          { field: 'dyads', title: 'dyads', format: ',d' }],
      },
    }, {
      data: { values: chart.band },
      mark: { type: 'line', color: '#6e6e6e', strokeDash: [4, 3] },
      encoding: { x, y: { field: 'median', type: 'quantitative' } },
    });
  }
  if (chart.kind === 'stacked_bar') {
    layers.push({
      data: { values: chart.points.filter((p) => p.value !== null) },
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'year', type: 'ordinal', title: 'Year', axis: { labelAngle: 0 } },
        y: { field: 'value', type: 'quantitative', title: chart.y, stack: 'zero' },
        color, order: { field: 'order', type: 'quantitative' }, tooltip: tooltipOf(chart),
      },
      transform: [{ calculate: `indexof(${JSON.stringify(chart.series)}, datum.series)`, as: 'order' }],
    });
  } else {
    layers.push({
      data: { values: chart.points },
      mark: { type: 'line', point: { size: 30 }, strokeWidth: 2 },
      encoding: {
        x, y: { field: 'value', type: 'quantitative', title: chart.y, scale: { zero: false } },
        color, tooltip: tooltipOf(chart),
      },
    });
  }
  return { width: 'container', height: 260, layer: layers };
}

export function reportChart(chart, stemPrefix) {
  return chartFigure({
    title: chart.title, caption: chart.caption, spec: reportChartSpec(chart), rows: chart.points,
    stem: fileStem(stemPrefix, chart.name),
  });
}

// Bars of years, one per row: {label, from, to} (the data page's coverage).
export function coverageSpec(rows, lastYear) {
  return {
    width: 'container', height: { step: 22 }, autosize: { type: 'fit-x', contains: 'padding' },
    data: { values: rows },
    mark: { type: 'bar', color: PALETTE[0], height: 14, clip: true },
    encoding: {
      y: { field: 'dataset', type: 'nominal', title: null, sort: null },
      x: { field: 'from', type: 'quantitative', title: 'Year', axis: { format: 'd' }, scale: { domain: [1816, lastYear], nice: false } },
      x2: { field: 'to' },
      tooltip: [{ field: 'dataset', title: 'Dataset' }, { field: 'from', title: 'From', format: 'd' }, { field: 'to', title: 'To', format: 'd' }],
    },
  };
}

export { formatNumber };

// An event date of the record (a decade "1990s", a year, "YYYY-MM" or a
// day) as the first and last day it may mean, for a time axis.
export function dateSpan(text) {
  if (!text) return null;
  let m = /^(\d{3})0s$/.exec(text);
  if (m) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  m = /^(\d{4})$/.exec(text);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-28`];
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return [text, text];
  return null;
}

// The events of a pair on a time axis: a bar from the first to the last day
// a date (and its end) may mean, one row per category, the summary in the tooltip.
export function timelineSpec(rows) {
  const values = rows.map((r) => {
    const start = dateSpan(r.date);
    const end = dateSpan(r.end) || start;
    return start ? { ...r, start: start[0], stop: end[1] } : null;
  }).filter(Boolean);
  return {
    width: 'container', height: { step: 26 }, autosize: { type: 'fit-x', contains: 'padding' },
    data: { values },
    mark: { type: 'bar', height: 12, cornerRadius: 2, opacity: 0.75 },
    encoding: {
      y: { field: 'category', type: 'nominal', title: null },
      x: { field: 'start', type: 'temporal', title: 'Date' },
      x2: { field: 'stop' },
      color: { field: 'category', type: 'nominal', legend: null, scale: { range: PALETTE } },
      tooltip: [{ field: 'date', title: 'Date' }, { field: 'end', title: 'Until' }, { field: 'category', title: 'Category' },
        { field: 'summary', title: 'Event' }],
    },
  };
}
