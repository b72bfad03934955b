// The controls the pages share: a state field that offers every name the
// registry knows, a period of two sliders, a select, and tabs.

import { getJson } from './api.js';
import { el, uid } from './dom.js';

let statesList = null;
// Every state and territory of the registry (GET /api/v1/states).
export async function allStates() {
  if (!statesList) statesList = getJson('/api/v1/states').then((answer) => answer.countries);
  return statesList;
}

let datalistId = null;
async function statesDatalist() {
  if (datalistId) return datalistId;
  datalistId = 'states-list';
  const list = el('datalist', { id: datalistId });
  for (const c of await allStates()) list.append(el('option', { value: c.iso3 || c.stateabb || c.name }, c.name));
  document.body.append(list);
  return datalistId;
}

// A text field for a state: any name or code; the server resolves it.
export async function stateField({ name, label, value, hint }) {
  const id = uid(name);
  const input = el('input', {
    type: 'text', id, name, value, list: await statesDatalist(), autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': hint ? `${id}-hint` : null, size: 14,
  });
  return {
    node: el('div', { class: 'field' }, el('label', { for: id }, label), input,
      hint ? el('span', { id: `${id}-hint`, class: 'status', hidden: true }, hint) : null),
    input,
  };
}

export function selectField({ name, label, value, options }) {
  const id = uid(name);
  const select = el('select', { id, name }, options.map(([v, text]) => el('option', { value: v, selected: v === value }, text)));
  return { node: el('div', { class: 'field' }, el('label', { for: id }, label), select), input: select };
}

// A period as two sliders (first and last year) between min and max; moving
// one past the other moves both. onChange gets {from, to} when a slider is
// released or moved by keyboard.
export function periodField({ min, max, from, to, label = 'Period', onChange }) {
  const fromId = uid('from');
  const toId = uid('to');
  const start = el('input', { type: 'range', id: fromId, name: 'from', min, max, step: 1, value: from });
  const end = el('input', { type: 'range', id: toId, name: 'to', min, max, step: 1, value: to });
  const startOut = el('output', { for: fromId }, String(from));
  const endOut = el('output', { for: toId }, String(to));
  const sync = (moved) => {
    let a = Number(start.value);
    let b = Number(end.value);
    if (a > b) {
      if (moved === start) b = a; else a = b;
      start.value = String(a);
      end.value = String(b);
    }
    startOut.value = String(a);
    endOut.value = String(b);
    return { from: a, to: b };
  };
  for (const input of [start, end]) {
    input.addEventListener('input', () => sync(input));
    input.addEventListener('change', () => onChange && onChange(sync(input)));
  }
  const node = el('fieldset', { class: 'period' },
    el('legend', {}, label),
    el('div', { class: 'years' },
      el('label', { for: fromId }, 'From ', startOut), start,
      el('label', { for: toId }, 'To ', endOut), end));
  const set = (period) => {
    start.value = String(period.from);
    end.value = String(period.to);
    sync(null);
  };
  return { node, value: () => sync(null), set };
}

// Tabs: [{id, label, render(panel)}]; arrow keys move between them (the
// ARIA tabs pattern). onSelect(id) is told when the user picks one.
export function tabs({ items, selected, onSelect, label }) {
  const list = el('div', { role: 'tablist', 'aria-label': label });
  const panels = [];
  const buttons = items.map((item, i) => {
    const tabId = uid(`tab-${item.id}`);
    const panelId = uid(`panel-${item.id}`);
    const button = el('button', {
      type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, 'data-tab': item.id,
      'aria-selected': String(item.id === selected), tabindex: item.id === selected ? '0' : '-1',
    }, item.label);
    const panel = el('div', { role: 'tabpanel', id: panelId, 'aria-labelledby': tabId, tabindex: '0', hidden: item.id !== selected });
    panels.push(panel);
    button.addEventListener('click', () => choose(i, true));
    button.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (step) {
        event.preventDefault();
        choose((i + step + items.length) % items.length, true);
        buttons[(i + step + items.length) % items.length].focus();
      }
    });
    list.append(button);
    return button;
  });
  const rendered = new Set();
  function choose(i, byUser) {
    buttons.forEach((b, k) => {
      b.setAttribute('aria-selected', String(k === i));
      b.tabIndex = k === i ? 0 : -1;
      panels[k].hidden = k !== i;
    });
    if (!rendered.has(i)) {
      rendered.add(i);
      items[i].render(panels[i]);
    }
    if (byUser && onSelect) onSelect(items[i].id);
  }
  const node = el('div', { class: 'tabs' }, list, panels);
  const first = Math.max(0, items.findIndex((item) => item.id === selected));
  return { node, start: () => choose(first, false) };
}
