// Data: every dataset of the bundle with its version, checksum, citation,
// rows and a bar of the years it covers (GET /api/v1/datasets).

import { getJson } from './api.js';
import { el, problemBox } from './dom.js';
import { chartFigure, coverageSpec } from './charts.js';
import { dataTable } from './table.js';

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
  const figure = await chartFigure({
    title: 'Years each dataset covers',
    caption: 'From the first to the last year of each dataset\'s records; tables without years (code lists, ' +
      'the reactor register, identical resolutions) are not drawn. ATOP starts in 1815 and the rivalries in 1494; ' +
      'the axis starts in 1816, the first year of the COW state system.',
    spec: coverageSpec(covered.map((c) => ({ ...c, from: Math.max(c.from, 1816) })), last),
    rows: covered, stem: 'coverage',
  });
  root.append(figure);
  await figure.ready;
  const columns = [
    { key: 'dataset', label: 'Dataset' },
    { key: 'version', label: 'Version' },
    { key: 'coverage', label: 'Years' },
    { key: 'rows', label: 'Rows' },
    { key: 'state', label: 'Check' },
    { key: 'sha256', label: 'SHA-256', format: (v) => el('code', {}, v) },
    { key: 'path', label: 'File' },
    { key: 'citation', label: 'Citation' },
  ];
  root.append(dataTable({ caption: answer.title, rows: files, columns, stem: 'datasets' }));
  root.setAttribute('data-ready', 'true');
}
