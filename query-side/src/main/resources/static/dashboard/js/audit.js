// The auditor's page: the decision history with filters, export of the same selection, and the latest signed
// checkpoint of the history when the register publishes one.
import { el, vervang, lees, kop, luister, toonFout, datum, moment, besluitNaam, vandaag, aangekondigdLabel,
  HISTORIE_ROLLEN } from './gemeen.js';

const formulier = document.getElementById('filters');
let volgende = null;
let wachtend = null;

function filterVraag() {
  const vraag = new URLSearchParams();
  for (const [naam, waarde] of new FormData(formulier)) {
    if (String(waarde).trim()) vraag.set(naam, String(waarde).trim());
  }
  return vraag;
}

function zetExport(vraag) {
  for (const formaat of ['csv', 'jsonl']) {
    const v = new URLSearchParams(vraag);
    v.set('formaat', formaat);
    document.getElementById(`export-${formaat}`).href = `../v1/besluiten/export?${v}`;
  }
}

async function laad(meer, minimalePositie) {
  const vraag = filterVraag();
  zetExport(vraag);
  vraag.set('limit', '50');
  if (minimalePositie) vraag.set('minimalePositie', minimalePositie);
  let pagina;
  try {
    pagina = (await lees(meer ? volgende : `../v1/besluiten?${vraag}`)).body;
  } catch (fout) {
    toonFout('fout', fout);
    return;
  }
  vervang('fout');
  volgende = pagina.volgende;
  vervang('positie', `Besluitenhistorie tot en met gebeurtenispositie ${pagina.positie}`);
  const dag = vandaag();
  const rijen = pagina.besluiten.map(b => el('tr', { 'data-positie': b.positie },
      el('td', { tekst: b.positie }),
      el('td', {}, besluitNaam(b.type), b.ingangsdatum > dag ? [' ', aangekondigdLabel(b.ingangsdatum)] : null),
      el('td', { tekst: b.regioId ?? '—' }),
      el('td', { tekst: `${b.actor} (${b.rol}, ${b.organisatie})` }),
      el('td', { tekst: moment(b.geregistreerdOp) }),
      el('td', { tekst: datum(b.ingangsdatum) }),
      el('td', { tekst: b.motivering ?? '—' }),
      el('td', { tekst: b.bron ?? '—' })));
  if (meer) {
    document.querySelector('#historie tbody').append(...rijen);
  } else {
    vervang('historie', el('table', {},
        el('caption', { class: 'alleen-voor-schermlezer', tekst: 'Besluiten, nieuwste eerst' }),
        el('thead', {}, el('tr', {}, ['Positie', 'Besluit', 'Regio', 'Vastgelegd door', 'Vastgelegd op', 'Ingangsdatum',
          'Reden', 'Bron'].map(t => el('th', { scope: 'col', tekst: t })))),
        el('tbody', {}, rijen.length ? rijen : el('tr', {}, el('td', { colspan: 8, class: 'leeg', tekst: 'Geen besluiten met deze filters.' })))));
  }
  document.getElementById('meer').hidden = !volgende;
}

/**
 * The checkpoint endpoint is found in the published OpenAPI document (a GET path about checkpoints without path
 * parameters), so the page shows it as soon as the register offers one, and says plainly when it does not.
 */
async function toonControlepunt() {
  let pad = null;
  try {
    const openapi = await (await fetch('../v1/openapi.json')).json();
    pad = Object.keys(openapi.paths || {})
        .filter(p => /controlepunt|checkpoint/i.test(p) && !p.includes('{') && openapi.paths[p].get)
        .sort((a, b) => (/laatste|latest/.test(b) - /laatste|latest/.test(a)) || a.length - b.length)[0] ?? null;
  } catch (fout) { /* no document: treated as not available */ }
  if (!pad) {
    vervang('controlepunt', el('p', { class: 'melding', role: 'note' },
        el('strong', { tekst: 'Niet beschikbaar. ' }),
        'Deze versie van het register publiceert nog geen ondertekende controlepunten van de historie; '
        + 'de integriteit kan hier dus nog niet worden geverifieerd.'));
    return;
  }
  try {
    const { body } = await lees(`..${pad}`);
    const punt = Array.isArray(body) ? body[0] : (body.controlepunten?.[0] ?? body);
    const velden = Object.entries(punt || {}).filter(([, w]) => w === null || typeof w !== 'object');
    vervang('controlepunt', el('p', { tekst: `Van ${pad}:` }),
        el('dl', {}, velden.map(([naam, waarde]) => [el('dt', { tekst: naam }), el('dd', { tekst: String(waarde) })])));
  } catch (fout) {
    toonFout('controlepunt', fout);
  }
}

async function start() {
  const ik = await kop('audit');
  if (!HISTORIE_ROLLEN.includes(ik.rol)) {
    vervang('inhoud', el('h1', { tekst: 'Audit' }), el('p', { class: 'melding', role: 'alert',
      tekst: 'Uw rol geeft geen toegang tot de audit: alleen auditors, BZK en beheer lezen de hele besluitenhistorie.' }));
    return;
  }
  try {
    const { body } = await lees('../v1/regios');
    const keuze = document.getElementById('regio');
    body.regios.forEach(r => keuze.append(el('option', { value: r.id, tekst: r.naam })));
  } catch (fout) { /* the filter then offers all regions only */ }
  formulier.addEventListener('submit', e => { e.preventDefault(); laad(false); });
  formulier.addEventListener('reset', () => setTimeout(() => laad(false), 0));
  document.getElementById('meer').addEventListener('click', () => laad(true));
  await Promise.all([laad(false), toonControlepunt()]);
  luister('../v1/programmas/overzicht/stroom', document.getElementById('live'), melding => {
    clearTimeout(wachtend);
    wachtend = setTimeout(() => laad(false, melding.positie), 150);
  });
}

start();
