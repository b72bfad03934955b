// Claims: a claim file (TOML, docs/CLAIMS.md) pasted or uploaded, checked by
// POST /api/v1/check, and its verdicts with each measured value, definition
// and basis.

import { checkClaims } from './api.js';
import { el, formatNumber, problemBox, statusLine } from './dom.js';
import { dataTable } from './table.js';
import { provenance } from './provenance.js';

// A claim file to start from; docs/CLAIMS.md lists every measure and test.
const EXAMPLE = `# Each [[claim]] names a measure, its parameters and what the text says (docs/CLAIMS.md).
[paper]
title = "Notes on India and the United States"

[[claim]]
id = "ind-usa-identical-votes"
text = "From 1991 to 2019 India and the United States cast identical votes in the General Assembly less than a quarter of the time."
where = "p. 1"
metric = "votes.agree"
params = { a = "IND", b = "USA", from = 1991, to = 2019 }
expect = { max = 0.25 }

[[claim]]
id = "ind-usa-rapprochement"
text = "India and the United States have voted more alike since 2005."
where = "p. 2"
metric = "votes.agree"
params = { a = "IND", b = "USA", from = 2005, to = 2019, by = "year" }
expect = { trend = "increasing" }
`;

export async function renderClaims(root) {
  root.append(el('h1', {}, 'Check claims'),
    el('p', { class: 'lead' }, 'Paste a claim file or open one: each claim is measured from the data and judged ' +
      'against what the text says, with the measure\'s definition and the interval behind the verdict.'));
  const form = el('form', { class: 'claims-form', 'aria-label': 'Claim file' });
  const area = el('textarea', { id: 'claims-text', name: 'claims', spellcheck: 'false' }, EXAMPLE);
  const file = el('input', { type: 'file', id: 'claims-file', accept: '.toml,text/plain' });
  const status = el('div', { 'aria-live': 'polite' });
  form.append(el('label', { for: 'claims-text' }, 'Claim file (TOML)'), area,
    el('div', { class: 'controls' },
      el('div', { class: 'field' }, el('label', { for: 'claims-file' }, 'Or open a file'), file),
      el('button', { type: 'submit' }, 'Check')));
  root.append(form, status);
  let name = 'claims.toml';
  file.addEventListener('change', async () => {
    if (!file.files.length) return;
    name = file.files[0].name;
    area.value = await file.files[0].text();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    status.replaceChildren(statusLine('Checking...'));
    try {
      const answer = await checkClaims(area.value, name);
      status.replaceChildren(verdicts(answer));
      status.setAttribute('data-ready', 'true');
    } catch (error) {
      status.replaceChildren(problemBox(error));
    }
  });
}

function verdicts(answer) {
  const rows = answer.claims || [];
  const counts = {};
  for (const r of rows) counts[r.verdict] = (counts[r.verdict] || 0) + 1;
  const columns = [
    { key: 'id', label: 'Claim' },
    { key: 'claim', label: 'What the text says' },
    { key: 'metric', label: 'Measure' },
    { key: 'measured', label: 'Measured', format: (v) => formatNumber(v, 4) },
    { key: 'expected', label: 'Claimed' },
    { key: 'verdict', label: 'Verdict', format: (v) => v },
    { key: 'reason', label: 'Why' },
    { key: 'definition', label: 'Definition' },
    { key: 'basis', label: 'Basis' },
  ];
  const table = dataTable({ caption: answer.title, rows, columns, stem: 'claims' });
  for (const cell of table.querySelectorAll('td[data-key="verdict"]')) {
    cell.classList.add(`verdict-${cell.textContent.replace(/\s+/g, '-')}`);
  }
  return el('div', {},
    el('h2', {}, answer.title),
    el('p', {}, Object.entries(counts).map(([v, n]) => `${n} ${v}`).join(', ') || 'No claims.'),
    table,
    answer.also && answer.also.length
      ? el('details', {}, el('summary', {}, 'The same claims by the other measures'),
        dataTable({ caption: 'Other measures of the same claims', rows: answer.also, stem: 'claims-also' }))
      : null,
    provenance(answer));
}
