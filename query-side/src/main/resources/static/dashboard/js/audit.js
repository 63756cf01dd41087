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

const CONTROLEPUNT = '../v1/integriteit/controlepunten/laatste';

/** Base64 to bytes. */
const bytes = tekst => Uint8Array.from(atob(tekst), c => c.charCodeAt(0));

/**
 * Checks the checkpoint's Ed25519 signature here in the browser, against the register's published public key, over
 * the signed checkpoint text (origin, size, root, time, each on a line). Answers true, false, or null when this
 * browser cannot check Ed25519.
 */
async function handtekeningKlopt(punt) {
  const pem = await (await fetch('../v1/integriteit/publieke-sleutel', { credentials: 'same-origin' })).text();
  const der = bytes(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''));
  let sleutel;
  try {
    sleutel = await crypto.subtle.importKey('spki', der, { name: 'Ed25519' }, false, ['verify']);
  } catch (fout) {
    return null;
  }
  const tekst = `regioregister.nl/integriteit/v1\n${punt.grootte}\n${punt.wortel}\n${punt.tijdstip}\n`;
  return crypto.subtle.verify({ name: 'Ed25519' }, sleutel, bytes(punt.handtekening), new TextEncoder().encode(tekst));
}

async function toonControlepunt() {
  const antwoord = await fetch(CONTROLEPUNT, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  const melding = (tekst, vet) => vervang('controlepunt', el('p', { class: 'melding', role: 'note' },
      el('strong', { tekst: vet }), ' ', tekst));
  if (antwoord.status === 403) {
    melding('Alleen auditors en beheer lezen de ondertekende controlepunten.', 'Niet voor uw rol.');
    return;
  }
  if (antwoord.status === 404) {
    const probleem = await antwoord.json().catch(() => ({}));
    melding(probleem.type?.includes('niet-gevonden') && probleem.detail?.includes('controlepunt')
        ? 'Er is nog geen controlepunt getekend; het register tekent er geregeld een zodra de historie groeit.'
        : 'Deze versie van het register publiceert geen ondertekende controlepunten.', 'Niet beschikbaar.');
    return;
  }
  if (!antwoord.ok) {
    const probleem = await antwoord.json().catch(() => ({}));
    melding(probleem.detail || `${antwoord.status} ${antwoord.statusText}`, 'Niet beschikbaar.');
    return;
  }
  const punt = await antwoord.json();
  const klopt = await handtekeningKlopt(punt).catch(() => null);
  const staat = klopt === true ? el('span', { class: 'label goed', tekst: 'Handtekening geldig' })
      : klopt === false ? el('span', { class: 'label laat', tekst: 'Handtekening ONGELDIG' })
      : el('span', { class: 'label aangekondigd', tekst: 'Niet te controleren in deze browser' });
  vervang('controlepunt',
      el('dl', {},
          el('dt', { tekst: 'Verificatie' }), el('dd', { id: 'verificatie' }, staat),
          el('dt', { tekst: 'Gebeurtenissen in de boom' }), el('dd', { tekst: punt.grootte }),
          el('dt', { tekst: 'Getekend op' }), el('dd', { tekst: moment(punt.tijdstip) }),
          el('dt', { tekst: 'Wortel (SHA-256, base64)' }), el('dd', { tekst: punt.wortel }),
          el('dt', { tekst: 'Sleutel' }), el('dd', { tekst: punt.sleutelId ?? '—' })),
      el('p', { class: 'toelichting', tekst: 'De handtekening is in uw browser gecontroleerd met de publieke sleutel '
          + 'van het register. Controleer de hele historie tegen dit controlepunt met de integriteitsexport.' }),
      el('p', {}, el('a', { class: 'knop tweede', href: '../v1/integriteit/export', download: true,
        tekst: 'Integriteitsexport (zip)' })));
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
