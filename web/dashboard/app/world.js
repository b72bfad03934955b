// The world map: world-atlas's countries at 1:110m (Natural Earth), drawn
// with today's borders, joined to entente's states by ISO 3166 code.

import { allStates } from './controls.js';

let featuresPromise = null;
export async function worldFeatures() {
  if (!featuresPromise) {
    featuresPromise = fetch('/vendor/countries-110m.json').then((r) => r.json()).then((world) =>
      // Antarctica (ISO 010) holds no state and would take a fifth of the map.
      window.topojson.feature(world, world.objects.countries).features.filter((f) => f.id !== '010'));
  }
  return featuresPromise;
}

// For each polygon of the map, the COW codes that may stand for it, best
// first: a polygon carries an ISO 3166 numeric code (or, for a few, only a
// name); the state whose current identity has that code comes first, then
// every state that ever had the same alpha-3 code (the German Federal
// Republic for Germany, the Yemen Arab Republic for Yemen). Returns
// [{feature, name, ccodes}].
export async function polygonsWithStates() {
  const [features, states] = await Promise.all([worldFeatures(), allStates()]);
  const current = new Map();   // m49 -> identity that holds now
  const byName = new Map();
  const byIso3 = new Map();    // iso3 -> COW codes
  for (const s of states) {
    if (s.ccode === null || s.ccode === undefined) continue;
    if (s.to === null && s.m49) current.set(s.m49, s);
    byName.set(s.name.toLowerCase(), s);
    if (s.iso3) {
      if (!byIso3.has(s.iso3)) byIso3.set(s.iso3, []);
      if (!byIso3.get(s.iso3).includes(s.ccode)) byIso3.get(s.iso3).push(s.ccode);
    }
  }
  return features.map((feature) => {
    const name = feature.properties.name;
    const state = (feature.id !== undefined && current.get(Number(feature.id))) || byName.get(name.toLowerCase());
    if (!state) return { feature, name, ccodes: [] };
    const ccodes = [state.ccode, ...(byIso3.get(state.iso3) || []).filter((c) => c !== state.ccode)];
    return { feature, name: state.name, ccodes };
  });
}

export const HATCH_ID = 'entente-hatch';
const HATCH = `<pattern id="${HATCH_ID}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
  '<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="2"/></pattern>';

// The hatching of states without data, defined once in the page (an SVG
// fill may name a pattern anywhere in the document).
export function ensureHatchPattern() {
  if (document.getElementById(HATCH_ID)) return;
  const holder = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  holder.setAttribute('class', 'defs-only');
  holder.setAttribute('aria-hidden', 'true');
  holder.setAttribute('width', '0');
  holder.setAttribute('height', '0');
  holder.innerHTML = `<defs>${HATCH}</defs>`;
  document.body.append(holder);
}

// The map's SVG for a download: vega's drawing with the pattern inside it.
export async function mapSvg(view) {
  const svg = await view.toSVG();
  return svg.replace(/<svg([^>]*)>/, `<svg$1><defs>${HATCH}</defs>`);
}
