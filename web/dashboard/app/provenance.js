// What every number on a page rests on: the measures' definitions (an
// answer's facts), its notes, and its datasets with version and checksum.

import { el } from './dom.js';

export function datasetList(datasets) {
  return el('ul', { class: 'provenance' }, (datasets || []).map((d) => el('li', {},
    el('strong', {}, d.title || d.name), ` (${d.name}), ${d.version}; SHA-256 `,
    el('code', { title: d.sha256 }, d.sha256 ? `${d.sha256.slice(0, 16)}...` : 'unknown'),
    d.citation ? el('br') : null, d.citation ? el('span', {}, d.citation) : null)));
}

// The facts with a definition (what each measure is) and the notes of an answer.
export function provenance(answer, { title = 'Definitions, notes and data' } = {}) {
  const facts = Object.entries(answer.facts || {}).filter(([, f]) => f && (f.definition || f.text));
  const block = el('details', { class: 'provenance-block', open: true },
    el('summary', {}, title),
    facts.length ? el('dl', { class: 'facts' }, facts.map(([name, f]) => [
      el('dt', {}, name), el('dd', {}, f.text || f.definition, f.basis ? ` (${f.basis})` : '')])) : null,
    answer.notes && answer.notes.length ? el('ul', { class: 'notes' }, answer.notes.map((n) => el('li', {}, n))) : null,
    el('h3', {}, 'Datasets'),
    datasetList(answer.datasets));
  return block;
}
