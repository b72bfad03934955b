// Data: every dataset of the bundle with its version, checksum, citation,
// rows and a bar of the years it covers (GET /api/v1/datasets).

import { getJson } from './api.js';
import { el, formatNumber, problemBox } from './dom.js';
import { chartFigure, coverageSpec } from './charts.js';
import { downloadButtons } from './downloads.js';

export async function renderData(root) {
  root.append(el('h1', {}, 'Data'),
    el('p', { class: 'lead' }, 'The datasets every number comes from: each file is checked against its SHA-256 ' +
      'before it is used.'));
  let answer;
  try {
    answer = await getJson('/api/v1/datasets');
  } catch (error) {
    root.append(problemBox(error));
    return;
  }
  const files = answer.files;
  const covered = files.filter((f) => f.coverage).map((f) => {
    const [from, to] = f.coverage.split('-').map(Number);
    return { dataset: f.dataset, from, to };
  });
  const last = Math.max(...covered.map((c) => c.to));
  const figure = chartFigure({
    title: 'Years each dataset covers',
    caption: 'From the first to the last year of each dataset\'s records; tables without years (code lists, ' +
      'the reactor register, identical resolutions) are not drawn. ATOP starts in 1815 and the rivalries in 1494; ' +
      'the axis starts in 1816, the first year of the COW state system.',
    spec: coverageSpec(covered.map((c) => ({ ...c, from: Math.max(c.from, 1816) })), last),
    rows: covered, stem: 'coverage',
  });
  root.append(figure);
  await figure.draw();
  root.append(el('h2', { id: 'datasets-title' }, answer.title),
    downloadButtons({ rows: files, stem: 'datasets', label: 'the list of datasets' }));
  const list = el('div', { class: 'datasets', 'aria-labelledby': 'datasets-title', role: 'list' });
  for (const f of files) {
    list.append(el('article', { class: 'dataset', role: 'listitem', 'data-dataset': f.dataset },
      el('h3', {}, f.dataset),
      el('dl', { class: 'facts' },
        el('dt', {}, 'Version'), el('dd', {}, f.version || ''),
        el('dt', {}, 'Years'), el('dd', {}, f.coverage || 'no years'),
        el('dt', {}, 'Rows'), el('dd', {}, `${formatNumber(f.rows)} (the manifest expects ${formatNumber(f.expected_rows)})`),
        el('dt', {}, 'Check'), el('dd', {}, f.state),
        el('dt', {}, 'File'), el('dd', {}, el('code', {}, f.path)),
        el('dt', {}, 'SHA-256'), el('dd', {}, el('code', { class: 'digest' }, f.sha256)),
        el('dt', {}, 'Citation'), el('dd', {}, f.citation || ''))));
  }
  root.append(list);
  root.setAttribute('data-ready', 'true');
}
