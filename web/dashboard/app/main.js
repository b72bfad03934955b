// The dashboard's pages: the path picks one (/map, /pair, /claims, /data;
// / is the map), the query holds its state. Links between pages change the
// URL without reloading; Back and Forward show the pages again.

import { renderMap } from './map_page.js';
import { renderPair } from './pair_page.js';
import { renderClaims } from './claims_page.js';
import { renderData } from './data_page.js';
import { problemBox } from './dom.js';

const PAGES = {
  map: { render: renderMap, title: 'Map' },
  pair: { render: renderPair, title: 'Pair' },
  claims: { render: renderClaims, title: 'Claims' },
  data: { render: renderData, title: 'Data' },
};

function pageName() {
  const name = window.location.pathname.replace(/^\/+|\/+$/g, '');
  return PAGES[name] ? name : 'map';
}

let shown = 0;
async function show({ focus } = {}) {
  const name = pageName();
  const main = document.getElementById('main');
  const serial = ++shown;
  for (const link of document.querySelectorAll('header.site nav a[data-page]')) {
    if (link.dataset.page === name) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  document.title = `${PAGES[name].title} - entente`;
  const page = document.createElement('div');
  page.className = `page page-${name}`;
  main.replaceChildren(page);
  main.removeAttribute('data-ready');
  try {
    await PAGES[name].render(page);
  } catch (error) {
    page.append(problemBox(error));
  }
  if (serial === shown) main.setAttribute('data-ready', 'true');
  if (focus) main.focus();
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-page]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  if (link.pathname + link.search !== window.location.pathname + window.location.search) {
    window.history.pushState(null, '', link.href);
  }
  show({ focus: true });
});
window.addEventListener('popstate', () => show());
// A page changed its own state (the URL's query) and asks to be drawn again;
// the control the reader was using keeps the focus.
window.addEventListener('entente:navigate', async () => {
  const active = document.activeElement;
  const name = active && active.getAttribute ? active.getAttribute('name') : null;
  const wasSubmit = active && active.type === 'submit';
  await show();
  const again = name ? document.querySelector(`main [name="${CSS.escape(name)}"]`)
    : wasSubmit ? document.querySelector('main button[type="submit"]') : null;
  if (again) again.focus();
});
show();
