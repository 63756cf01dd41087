// Money per year as a grouped bar chart in SVG, drawn here (no chart library): granted, paid and available per year.
// The SVG is one image with a text alternative; the same figures are in a table beside it for screen readers and
// for anyone who wants the exact amounts.
import { el, euro, euroKort } from './gemeen.js';

const SVG = 'http://www.w3.org/2000/svg';
// the same colours as .legenda .vak.<sleutel> in stijl.css (the page's CSP allows no inline style)
export const REEKSEN = [
  { sleutel: 'toegekend', naam: 'Toegekend', kleur: '#154273' },
  { sleutel: 'uitbetaald', naam: 'Uitbetaald', kleur: '#0b7fb8' },
  { sleutel: 'beschikbaar', naam: 'Beschikbaar', kleur: '#2e6b0a' },
];

function svg(tag, attributen = {}, ...kinderen) {
  const e = document.createElementNS(SVG, tag);
  for (const [naam, waarde] of Object.entries(attributen)) e.setAttribute(naam, waarde);
  for (const kind of kinderen) e.append(kind instanceof Node ? kind : document.createTextNode(String(kind)));
  return e;
}

/** perJaar: {"2025": {toegekend, uitbetaald, beschikbaar, ...}, ...}. */
export function geldPerJaar(id, titel, perJaar) {
  const jaren = Object.keys(perJaar || {}).sort();
  const figuur = el('figure', { class: 'grafiek', 'aria-labelledby': `${id}-titel` },
      el('figcaption', { id: `${id}-titel`, tekst: titel }));
  if (jaren.length === 0) {
    figuur.append(el('p', { class: 'leeg', tekst: 'Nog geen procesmiddelen toegekend.' }));
    return figuur;
  }
  const waarden = jaren.flatMap(j => REEKSEN.map(r => Number(perJaar[j][r.sleutel] ?? 0)));
  const hoogste = Math.max(0, ...waarden);
  const laagste = Math.min(0, ...waarden);
  const breedte = 640, hoogte = 260, links = 78, onder = 34, boven = 12;
  const bereik = (hoogste - laagste) || 1;
  const y = w => boven + (hoogste - w) / bereik * (hoogte - boven - onder);
  const groep = (breedte - links - 10) / jaren.length;
  const staaf = Math.min(36, (groep - 16) / REEKSEN.length);

  const beschrijving = jaren.map(j => `${j}: ` + REEKSEN.map(r => `${r.naam.toLowerCase()} ${euro(perJaar[j][r.sleutel])}`)
      .join(', ')).join('; ');
  const beeld = svg('svg', { viewBox: `0 0 ${breedte} ${hoogte}`, role: 'img', 'aria-labelledby': `${id}-t ${id}-d`,
    width: breedte, height: hoogte });
  beeld.append(svg('title', { id: `${id}-t` }, titel), svg('desc', { id: `${id}-d` }, beschrijving));
  for (let i = 0; i <= 4; i++) {
    const w = laagste + bereik * i / 4;
    beeld.append(svg('line', { x1: links, x2: breedte - 6, y1: y(w), y2: y(w), stroke: '#d0d0d0' }),
        svg('text', { x: links - 6, y: y(w) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#333' }, euroKort(w)));
  }
  jaren.forEach((jaar, i) => {
    const x0 = links + i * groep + (groep - staaf * REEKSEN.length) / 2;
    REEKSEN.forEach((reeks, k) => {
      const w = Number(perJaar[jaar][reeks.sleutel] ?? 0);
      const rect = svg('rect', { x: x0 + k * staaf, y: Math.min(y(w), y(0)), width: staaf - 3,
        height: Math.max(1, Math.abs(y(w) - y(0))), fill: reeks.kleur });
      rect.append(svg('title', {}, `${jaar}, ${reeks.naam.toLowerCase()}: ${euro(w)}`));
      beeld.append(rect);
    });
    beeld.append(svg('text', { x: links + i * groep + groep / 2, y: hoogte - 12, 'text-anchor': 'middle',
      'font-size': 13, fill: '#1a1a1a' }, jaar));
  });
  beeld.append(svg('line', { x1: links, x2: breedte - 6, y1: y(0), y2: y(0), stroke: '#1a1a1a' }));

  const legenda = el('ul', { class: 'legenda', 'aria-hidden': 'true' }, REEKSEN.map(r =>
      el('li', {}, el('span', { class: `vak ${r.sleutel}` }), r.naam)));
  const tabel = el('table', {},
      el('caption', { class: 'alleen-voor-schermlezer', tekst: `${titel}: bedragen per jaar` }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', tekst: 'Jaar' }),
          REEKSEN.map(r => el('th', { scope: 'col', class: 'bedrag', tekst: r.naam })))),
      el('tbody', {}, jaren.map(j => el('tr', {}, el('th', { scope: 'row', tekst: j }),
          REEKSEN.map(r => el('td', { class: 'bedrag', tekst: euro(perJaar[j][r.sleutel]) }))))));
  figuur.append(beeld, legenda, el('details', {}, el('summary', { tekst: 'Bedragen als tabel' }), tabel));
  return figuur;
}
