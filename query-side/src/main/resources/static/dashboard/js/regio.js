// One region: its status (today, or as it was on a chosen date), money per year, governance, announced decisions,
// and the timeline of every decision with who, role, organisation, effective date, reason and source.
import { el, vervang, lees, kop, luister, toonFout, euro, datum, moment, leesbaar, vacatures, vandaag,
  aangekondigdLabel, besluitNaam, standTekst, BESTUURSROLLEN } from './gemeen.js';
import { geldPerJaar } from './grafiek.js';

const zoek = new URLSearchParams(location.search);
const regioId = zoek.get('id');
const invoer = document.getElementById('geldendOp');
let geldendOp = zoek.get('geldendOp');
let wachtend = null;

function padStatus(minimalePositie) {
  const vraag = new URLSearchParams();
  if (geldendOp) vraag.set('geldendOp', geldendOp);
  if (minimalePositie) vraag.set('minimalePositie', minimalePositie);
  const tekst = vraag.toString();
  return `../v1/regios/${encodeURIComponent(regioId)}/status${tekst ? '?' + tekst : ''}`;
}

async function laadStatus(minimalePositie) {
  const { body } = await lees(padStatus(minimalePositie));
  const s = body.status;
  document.title = `${s.naam} — Regioregister`;
  vervang('titel', s.naam);
  vervang('positie', standTekst(body.positie, s.peildatum));
  vervang('tijdreis', geldendOp ? el('p', { class: 'tijdreis' },
      el('strong', { tekst: 'U kijkt terug in de tijd: ' }),
      `dit is de regio zoals die gold op ${datum(geldendOp)}, met alles wat tot nu is vastgelegd. `,
      el('a', { href: `regio.html?id=${encodeURIComponent(regioId)}`, tekst: 'Terug naar vandaag' })) : null);
  toonStatus(s, body.signalen);
  toonBestuur(s);
  toonAangekondigd(s);
  const geld = Object.fromEntries(Object.entries(s.procesmiddelen || {}).map(([jaar, j]) => [jaar, j]));
  vervang('geld', geldPerJaar('regio-geld', `Procesmiddelen ${s.naam}`, geld));
}

function rij(term, ...waarde) {
  return [el('dt', { tekst: term }), el('dd', {}, ...waarde)];
}

function toonStatus(s, signalen) {
  // Regio Deals may run side by side: each one that ran beside the latest is shown too.
  const programmas = Object.entries(s.programmas || {}).flatMap(([p, d]) => [...(d.gelijktijdig || []), d].map(x =>
      `${p.replaceAll('_', ' ')}${x.omschrijving ? ` (${x.omschrijving})` : ''} sinds ${datum(x.sinds)}`
      + `${x.tot ? ` tot ${datum(x.tot)}` : ''}`));
  const plan = s.plan ? (s.plan.vastgesteldeVersie != null
      ? `vastgesteld op ${datum(s.plan.vastgesteldOp)} (versie ${s.plan.vastgesteldeVersie})`
      : `${leesbaar(s.plan.staat).toLowerCase()} (versie ${s.plan.versie})`) : 'nog geen plan';
  const agendas = Object.entries(s.uitvoeringsagendas || {}).map(([p, a]) =>
      `${p}: ${a.vastgesteldeVersie != null ? 'vastgesteld' : leesbaar(a.staat).toLowerCase()}`);
  vervang('status', el('dl', { class: 'kenmerken' },
      rij('Programma\'s', programmas.join('; ') || 'geen'),
      rij('Plan', plan),
      rij('Uitvoeringsagenda', agendas.join('; ') || 'nog geen'),
      rij('Regiokassier', s.regiokassier ? `${s.regiokassier.naam} (${leesbaar(s.regiokassier.soort).toLowerCase()}), aangewezen ${datum(s.regiokassier.aangewezenOp)}` : 'nog niet aangewezen'),
      s.financieringTotEnMet ? rij('Financiering tot en met', s.financieringTotEnMet) : null,
      rij('Signalen', signalen.length === 0 ? el('span', { class: 'label goed', tekst: 'Geen' })
          : el('ul', { class: 'signalen' }, signalen.map(g => el('li', { tekst: g.omschrijving }))))));
}

function toonBestuur(s) {
  const open = new Set(vacatures(s));
  vervang('bestuur', el('table', {},
      el('caption', { tekst: `Bestuursrollen (${open.size} vacant)` }),
      el('thead', {}, el('tr', {}, ['Rol', 'Wie', 'Functie', 'Organisatie', 'Sinds'].map(t => el('th', { scope: 'col', tekst: t })))),
      el('tbody', {}, BESTUURSROLLEN.map(rol => {
        const h = s.bestuur?.[rol];
        return el('tr', { 'data-rol': rol }, el('th', { scope: 'row', tekst: leesbaar(rol) }),
            open.has(rol) ? el('td', { colspan: 4 }, el('span', { class: 'label vacant', tekst: 'Vacant' }))
                : [el('td', { tekst: h.naam }), el('td', { tekst: h.functie ?? '—' }), el('td', { tekst: h.organisatie ?? '—' }),
                  el('td', { tekst: datum(h.sinds) })]);
      }))));
}

function toonAangekondigd(s) {
  vervang('aangekondigd', !s.aangekondigd?.length ? el('p', { class: 'leeg', tekst: 'Geen aangekondigde besluiten.' })
      : el('ul', {}, s.aangekondigd.map(a => el('li', {}, besluitNaam(a.besluit), ' ', aangekondigdLabel(a.ingangsdatum),
          ` (positie ${a.positie})`))));
}

let volgende = null;
async function laadTijdlijn(minimalePositie, meer) {
  const pad = meer ? volgende : `../v1/besluiten?regio=${encodeURIComponent(regioId)}&limit=50`
      + (minimalePositie ? `&minimalePositie=${minimalePositie}` : '');
  let antwoord;
  try {
    antwoord = (await lees(pad)).body;
  } catch (fout) {
    toonFout('tijdlijn', fout);
    return;
  }
  volgende = antwoord.volgende;
  const peil = geldendOp || vandaag();
  const items = antwoord.besluiten.map(b => {
    const later = b.ingangsdatum && b.ingangsdatum > peil;
    return el('li', { class: later ? 'aangekondigd' : null, 'data-positie': b.positie },
        el('h3', {}, besluitNaam(b.type), ' ', later ? aangekondigdLabel(b.ingangsdatum) : null),
        el('dl', {},
            rij('Ingangsdatum', datum(b.ingangsdatum)),
            rij('Wie', `${b.actor ?? '—'} (${b.rol ?? '—'}, ${b.organisatie ?? '—'})`),
            rij('Reden', b.motivering ?? '—'),
            rij('Bron', b.bron ?? '—'),
            rij('Vastgelegd', `${moment(b.geregistreerdOp)} · positie ${b.positie}`)));
  });
  const lijst = meer ? document.querySelector('#tijdlijn ol') : el('ol', { class: 'tijdlijn', 'aria-label': 'Besluiten, nieuwste eerst' });
  lijst.append(...items);
  if (!meer) vervang('tijdlijn', lijst);
  document.getElementById('tijdlijn').querySelector('.meer')?.remove();
  if (volgende) {
    document.getElementById('tijdlijn').append(el('p', { class: 'meer' }, el('button', { type: 'button', class: 'tweede',
      onclick: () => laadTijdlijn(null, true), tekst: 'Oudere besluiten laden' })));
  }
}

async function start() {
  await kop('regio');
  if (!regioId) {
    toonFout('status', new Error('geen regio gekozen'));
    return;
  }
  invoer.max = '2099-12-31';
  invoer.value = geldendOp || vandaag();
  document.getElementById('datumkiezer').addEventListener('submit', async e => {
    e.preventDefault();
    geldendOp = invoer.value && invoer.value !== vandaag() ? invoer.value : null;
    history.replaceState(null, '', `regio.html?id=${encodeURIComponent(regioId)}${geldendOp ? '&geldendOp=' + geldendOp : ''}`);
    await Promise.all([laadStatus().catch(f => toonFout('status', f)), laadTijdlijn()]);
  });
  document.getElementById('vandaag').addEventListener('click', () => {
    invoer.value = vandaag();
    document.getElementById('datumkiezer').requestSubmit();
  });
  try {
    await laadStatus();
  } catch (fout) {
    // a region that is not this user's to read: say so, and let the timeline say it too
    toonFout('status', fout);
    vervang('positie', 'Geen weergave');
    vervang('geld', el('p', { class: 'leeg', tekst: 'Niet beschikbaar.' }));
    await laadTijdlijn();
    return;
  }
  await laadTijdlijn();
  luister(`../v1/regios/${encodeURIComponent(regioId)}/status/stroom`, document.getElementById('live'), melding => {
    clearTimeout(wachtend);
    wachtend = setTimeout(() => Promise.all([
      laadStatus(melding.positie).catch(f => toonFout('status', f)), laadTijdlijn(melding.positie)]), 150);
  });
}

start();
