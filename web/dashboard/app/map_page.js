// The map: how every other state stands with one state, by a voting measure
// or by arms transfers, over a period; the same rows as a table.

import { getJson } from './api.js';
import { el, formatNumber, problemBox, statusLine } from './dom.js';
import { periodField, selectField, stateField, tabs } from './controls.js';
import { chartFigure } from './charts.js';
import { dataTable } from './table.js';
import { fileStem } from './downloads.js';
import { readState, writeState } from './url_state.js';
import { HATCH_ID, ensureHatchPattern, mapSvg, polygonsWithStates } from './world.js';
import { provenance } from './provenance.js';

// Each measure: the route that answers it, the rows and the column of the value.
const MEASURES = {
  agree: { label: 'Share of identical votes (agree)', dataset: 'un_votes', votes: true },
  ia: { label: "Lijphart's index of agreement (ia)", dataset: 'un_votes', votes: true },
  kappa: { label: "Cohen's kappa (kappa)", dataset: 'un_votes', votes: true },
  pi: { label: "Scott's pi (pi)", dataset: 'un_votes', votes: true },
  ideal_distance: { label: 'Ideal-point distance (static ideal points)', dataset: 'un_votes', votes: true, nearIsLow: true },
  arms_imports: { label: "Share of the state's arms imports (from each supplier)", dataset: 'sipri_transfers' },
  arms_exports: { label: "Share of the state's arms exports (to each recipient)", dataset: 'sipri_transfers' },
};

const DEFAULTS = { state: '', measure: 'agree', from: '', to: '', tab: 'map' };

async function coverageOf(dataset) {
  const answer = await getJson('/api/v1/datasets');
  const file = answer.files.find((f) => f.dataset === dataset);
  const [from, to] = (file && file.coverage ? file.coverage : '1946-2020').split('-').map(Number);
  return { from, to };
}

// The rows of the chosen measure: [{ccode, name, value, n, nLabel}] and the answer.
async function measureRows(state, measure, from, to) {
  const spec = MEASURES[measure];
  if (spec.votes) {
    const answer = await getJson('/api/v1/votes/partners', { state, measure, from, to });
    const rows = answer.partners.map((r) => ({ ccode: r.ccode, name: r.name, value: r[measure], detail: `n = ${formatNumber(r.n)} roll calls` }));
    return { answer, apiRows: answer.partners, rows, table: 'partners' };
  }
  const exports = measure === 'arms_exports';
  const answer = await getJson(exports ? '/api/v1/arms/exports' : '/api/v1/arms/imports',
    exports ? { supplier: state, from, to, by: 'recipient' } : { recipient: state, from, to, by: 'supplier' });
  const key = exports ? 'by_recipient' : 'by_supplier';
  const role = exports ? 'recipient' : 'supplier';
  const apiRows = answer[key];
  const rows = apiRows.filter((r) => r[`${role}_ccode`] !== null).map((r) => ({
    ccode: r[`${role}_ccode`], name: r[role], value: r.share, detail: `${formatNumber(r.tiv, 2)} TIV (millions)`,
  }));
  return { answer, apiRows, rows, table: key };
}

function valueText(measure, value) {
  if (value === null || value === undefined) return 'no data';
  return MEASURES[measure].votes ? formatNumber(value, 3) : `${formatNumber(100 * value, 1)}%`;
}

export async function renderMap(root) {
  const state = readState(DEFAULTS);
  if (!MEASURES[state.measure]) state.measure = DEFAULTS.measure;
  const spec = MEASURES[state.measure];
  const coverage = await coverageOf(spec.dataset);
  // Neither record's last year is a whole year: the vote record holds only the
  // end of a session in it, and SIPRI's register only orders (its deliveries
  // end a year earlier). The default period stops before it.
  const lastFull = coverage.to - 1;
  const from = clamp(Number(state.from) || coverage.from, coverage.from, lastFull);
  const to = clamp(Number(state.to) || lastFull, from, lastFull);

  root.append(el('h1', {}, 'Who stands with whom'),
    el('p', { class: 'lead' }, 'Pick a state, a measure and a period: the map colours every other state by how ' +
      'closely it votes with the state in the UN General Assembly, or by its share of the state\'s arms trade.'));
  const form = el('form', { class: 'controls', role: 'search', 'aria-label': 'Map settings' });
  const who = await stateField({ name: 'state', label: 'State (name or code)', value: state.state });
  const measure = selectField({ name: 'measure', label: 'Measure', value: state.measure,
    options: Object.entries(MEASURES).map(([k, m]) => [k, m.label]) });
  const period = periodField({ min: coverage.from, max: coverage.to, from, to, label: 'Period (years)', onChange: () => apply() });
  const button = el('button', { type: 'submit' }, 'Show');
  form.append(who.node, measure.node, period.node, button);
  root.append(form);
  const out = el('div', { 'aria-live': 'polite' });
  root.append(out);

  function apply() {
    const p = period.value();
    writeState({ state: who.input.value.trim(), measure: measure.input.value, from: p.from, to: p.to, tab: state.tab });
    window.dispatchEvent(new CustomEvent('entente:navigate'));
  }
  form.addEventListener('submit', (event) => { event.preventDefault(); apply(); });
  measure.input.addEventListener('change', () => {
    // Another dataset has other years: start from its whole record.
    const p = period.value();
    writeState({ state: who.input.value.trim(), measure: measure.input.value,
      from: MEASURES[measure.input.value].dataset === spec.dataset ? p.from : '',
      to: MEASURES[measure.input.value].dataset === spec.dataset ? p.to : '', tab: state.tab });
    window.dispatchEvent(new CustomEvent('entente:navigate'));
  });

  if (!state.state) {
    out.append(statusLine('Type a state above (for example a name, an ISO code or a COW code) and press Show.'));
    who.input.focus();
    return;
  }
  writeState({ ...state, from, to });
  out.append(statusLine('Loading...'));
  let result;
  let polygons;
  try {
    [result, polygons] = await Promise.all([measureRows(state.state, state.measure, from, to), polygonsWithStates()]);
  } catch (error) {
    out.replaceChildren(problemBox(error));
    return;
  }
  const { answer, apiRows, rows } = result;
  const byCcode = new Map(rows.map((r) => [r.ccode, r]));
  const self = await selfCcode(state.state);
  const features = polygons.map(({ feature, name, ccodes }) => {
    const properties = { name, value: null, label: 'no data', detail: '' };
    if (ccodes.includes(self)) {
      Object.assign(properties, { self: true, label: 'the chosen state', detail: '' });
    } else if (ccodes.length === 0) {
      properties.detail = 'no state of the COW system holds this territory in the registry';
    } else {
      const row = ccodes.map((c) => byCcode.get(c)).find(Boolean);
      if (row && row.value !== null && row.value !== undefined) {
        Object.assign(properties, { name: row.name, value: row.value, label: valueText(state.measure, row.value), detail: row.detail });
      } else if (row) {
        Object.assign(properties, { name: row.name, detail: `${row.detail}; the measure is undefined (no expected disagreement)` });
      } else if (spec.votes) {
        properties.detail = 'under 10 roll calls in common in the period (not a member, absent, or no seat)';
      } else {
        // Inside the register's years, no delivery is a share of 0.
        Object.assign(properties, { value: 0, label: valueText(state.measure, 0), detail: 'no deliveries in the register in the period' });
      }
    }
    properties.aria = [properties.name, `${state.measure}: ${properties.label}`, properties.detail].filter(Boolean).join('; ');
    return { type: 'Feature', id: feature.id, geometry: feature.geometry, properties };
  });
  ensureHatchPattern();
  const mapSpec = {
    width: 'container', height: mapHeight(out),
    projection: { type: 'equalEarth' },
    data: { values: features },
    mark: { type: 'geoshape', stroke: '#ffffff', strokeWidth: 0.5, invalid: 'show' },
    encoding: {
      color: {
        condition: [
          { test: 'datum.properties.self', value: '#1a1a1a' },
          { test: 'datum.properties.value === null', value: `url(#${HATCH_ID})` },
        ],
        field: 'properties.value', type: 'quantitative', title: MEASURES[state.measure].label, 
        scale: { scheme: 'blues', reverse: Boolean(spec.nearIsLow) },
        legend: { orient: 'bottom', direction: 'horizontal', gradientLength: 260, titleLimit: 600, format: spec.votes ? '.2f' : '.0%' },
      },
      description: { field: 'properties.aria', type: 'nominal' },
      tooltip: [
        { field: 'properties.name', type: 'nominal', title: 'State' },
        { field: 'properties.label', type: 'nominal', title: state.measure },
        { field: 'properties.detail', type: 'nominal', title: 'Detail' },
      ],
    },
  };
  const stem = fileStem(state.state, state.measure, `${from}-${to}`);
  const caption = `${answer.title}. Darker is ${spec.nearIsLow ? 'nearer' : 'closer'}; hatched: no data (the tooltip says why); ` +
    'black: the chosen state. Today\'s borders (Natural Earth via world-atlas); a territory shows the COW state that held ' +
    'its ISO code in the period.';
  out.replaceChildren();
  const view = tabs({
    label: 'Map or table', selected: state.tab === 'table' ? 'table' : 'map',
    onSelect: (tab) => { state.tab = tab; writeState({ ...state, from, to }); },
    items: [
      { id: 'map', label: 'Map', render: async (panel) => {
        const figure = chartFigure({ title: answer.title, caption, spec: mapSpec, rows: apiRows, stem, svgOf: mapSvg });
        figure.id = 'map-figure';
        panel.append(figure, el('p', { class: 'status' }, el('span', { class: 'legend-hatch', 'aria-hidden': 'true' }), ' no data'));
        await figure.draw();
        panel.setAttribute('data-ready', 'true');
      } },
      { id: 'table', label: 'Table', render: (panel) => {
        panel.append(dataTable({ caption: answer.title, rows: apiRows, stem }));
        panel.setAttribute('data-ready', 'true');
      } },
    ],
  });
  out.append(view.node, provenance(answer));
  view.start();
}

async function selfCcode(text) {
  const answer = await getJson(`/api/v1/states/${encodeURIComponent(text)}`).catch(() => null);
  if (!answer) return null;
  return answer.countries && answer.countries[0] ? answer.countries[0].ccode : null;
}

// About half as high as wide, as the Equal Earth projection is.
function mapHeight(container) {
  return Math.max(180, Math.round(0.47 * (container.clientWidth || 900)));
}

function clamp(x, lo, hi) {
  return Math.min(Math.max(x, lo), hi);
}
