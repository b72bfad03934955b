// The pair: the report's parts for two states and a period as live panels
// (GET /api/v1/report?format=json, the JSON of `entente report`), each with
// its facts, charts, tables, notes, datasets and definitions.

import { getJson, apiUrl } from './api.js';
import { el, formatNumber, problemBox, statusLine } from './dom.js';
import { periodField, selectField, stateField } from './controls.js';
import { chartFigure, reportChart, timelineSpec } from './charts.js';
import { dataTable } from './table.js';
import { fileStem } from './downloads.js';
import { readState, writeState } from './url_state.js';
import { datasetList } from './provenance.js';

const DEFAULTS = { a: '', b: '', from: '', to: '', compare: '', measure: 'agree' };
const FIRST_YEAR = 1816;
const VOTE_MEASURES = [['agree', 'agree: share of identical votes'], ['ia', "ia: Lijphart's index"],
  ['s', "s: Signorino and Ritter's S"], ['kappa', "kappa: Cohen's kappa"], ['pi', "pi: Scott's pi"]];

async function lastYear() {
  const answer = await getJson('/api/v1/datasets');
  return Math.max(...answer.files.map((f) => (f.coverage ? Number(f.coverage.split('-')[1]) : 0)));
}

export async function renderPair(root) {
  const state = readState(DEFAULTS);
  const last = await lastYear();
  root.append(el('h1', {}, 'Two states side by side'),
    el('p', { class: 'lead' }, 'Votes, arms, power, alliances, organisations, disputes, vetoes, nuclear cooperation ' +
      'and events of a pair over a period: the parts of entente\'s report, each with its datasets and definitions.'));
  const form = el('form', { class: 'controls', 'aria-label': 'Pair settings' });
  const a = await stateField({ name: 'a', label: 'First state', value: state.a });
  const b = await stateField({ name: 'b', label: 'Second state', value: state.b });
  const compareId = 'compare-field';
  const compare = el('input', { type: 'text', id: compareId, name: 'compare', value: state.compare, size: 18,
    placeholder: 'IND-USA,BRA-ARG', 'aria-describedby': 'compare-hint' });
  const measure = selectField({ name: 'measure', label: 'Voting measure', value: state.measure, options: VOTE_MEASURES });
  const from = Number(state.from) || null;
  const to = Number(state.to) || null;
  const period = periodField({ min: FIRST_YEAR, max: last, from: from || 1946, to: to || last, label: 'Period (years)',
    onChange: () => apply() });
  form.append(a.node, b.node,
    el('div', { class: 'field' }, el('label', { for: compareId }, 'Comparison dyads'), compare,
      el('span', { id: 'compare-hint', class: 'status', hidden: true }, 'Pairs as A-B, separated by commas')),
    measure.node, period.node, el('button', { type: 'submit' }, 'Show'));
  root.append(form);
  const out = el('div', { 'aria-live': 'polite' });
  root.append(out);
  function apply() {
    const p = period.value();
    writeState({ a: a.input.value.trim(), b: b.input.value.trim(), from: p.from, to: p.to,
      compare: compare.value.replace(/\s+/g, ''), measure: measure.input.value });
    window.dispatchEvent(new CustomEvent('entente:navigate'));
  }
  form.addEventListener('submit', (event) => { event.preventDefault(); apply(); });
  measure.input.addEventListener('change', apply);

  if (!state.a || !state.b) {
    out.append(statusLine('Type two states above (names, ISO or COW codes) and press Show.'));
    (state.a ? b : a).input.focus();
    return;
  }
  out.append(statusLine('Loading the report...'));
  const params = { a: state.a, b: state.b, from: from || '', to: to || '', compare: state.compare,
    measure: state.measure, format: 'json' };
  let report;
  try {
    report = await getJson('/api/v1/report', params);
  } catch (error) {
    out.replaceChildren(problemBox(error));
    return;
  }
  // The period the report chose when none was given.
  writeState({ ...state, from: report.period.from, to: report.period.to });
  period.set(report.period);
  out.replaceChildren();
  await reportView(out, report, params);
  out.setAttribute('data-ready', 'true');
}

// Writes the report into `out`, a part at a time (each chart is drawn once
// its panel is in the page).
async function reportView(out, report, params) {
  const stem = fileStem(report.title);
  const view = el('div', { class: 'report' });
  out.append(view);
  view.append(el('h2', { id: 'pair-title' }, report.title),
    el('p', { class: 'status' }, `${report.a} and ${report.b}. `,
      el('a', { href: apiUrl('/api/v1/report', { ...params, format: 'html' }) }, 'The same as a report page (HTML)'),
      ', ', el('a', { href: apiUrl('/api/v1/report', params) }, 'as JSON'), '.'));
  if (report.notes && report.notes.length) view.append(el('ul', { class: 'notes' }, report.notes.map((n) => el('li', {}, n))));
  view.append(el('section', { class: 'cards', 'aria-label': 'Headline figures' }, report.summary.map((s, i) =>
    el('div', { class: 'card', 'data-summary': String(i) },
      el('p', { class: 'label' }, s.label),
      el('p', { class: 'value', 'data-value': s.value === null ? '' : String(s.value) }, s.text),
      el('p', { class: 'detail' }, s.detail),
      el('p', { class: 'detail' }, `${s.measure}. ${s.period}; ${s.dataset}.`)))));
  const byName = new Map((report.datasets || []).map((d) => [d.name, d]));
  for (const part of report.parts) {
    const section = el('section', { class: 'panel', id: `part-${part.name}`, 'aria-labelledby': `part-${part.name}-title` },
      el('h2', { id: `part-${part.name}-title` }, part.title));
    view.append(section);
    if (part.facts.length) {
      section.append(el('dl', { class: 'facts' }, part.facts.map((f) => [el('dt', {}, f.label), el('dd', {}, f.value)])));
    }
    for (const chart of part.charts) {
      const figure = reportChart(chart, stem);
      section.append(figure);
      await figure.draw();
    }
    if (part.tables.timeline && part.tables.timeline.rows.length) {
      const figure = chartFigure({
        title: 'Events on a timeline',
        caption: 'Each event from the first to the last day its date may mean (a year spans the year); with an ' +
          'end, to the end. The tooltip gives the summary; the table below lists the events with their sources.',
        spec: timelineSpec(part.tables.timeline.rows), rows: part.tables.timeline.rows, stem: fileStem(stem, 'timeline'),
      });
      section.append(figure);
      await figure.draw();
    }
    for (const [name, table] of Object.entries(part.tables)) {
      const rows = table.rows || [];
      const details = el('details', { open: part.name !== 'arms' || name.startsWith('flow') });
      details.append(el('summary', {}, `${table.title} (${formatNumber(rows.length)} rows)`));
      details.append(rows.length ? dataTable({ caption: table.title, rows, stem: fileStem(stem, name), limit: 200 })
        : el('p', { class: 'status' }, 'No rows.'));
      section.append(details);
    }
    const notes = [...(part.missing || []).map((m) => `No data: ${m}`), ...(part.notes || [])];
    if (notes.length) section.append(el('ul', { class: 'notes' }, notes.map((n) => el('li', {}, n))));
    if (part.datasets && part.datasets.length) {
      section.append(el('details', {}, el('summary', {}, 'Datasets of this part'),
        datasetList(part.datasets.map((n) => byName.get(n) || { name: n, version: '' }))));
    }
  }
  view.append(el('section', { class: 'panel', 'aria-labelledby': 'definitions-title' },
    el('h2', { id: 'definitions-title' }, 'Definitions and datasets'),
    el('dl', { class: 'facts' }, (report.measures || []).map((m) => [el('dt', {}, m.name), el('dd', {}, m.definition)])),
    datasetList(report.datasets),
    el('p', { class: 'provenance' }, `entente ${report.entente_version}`)));
}
