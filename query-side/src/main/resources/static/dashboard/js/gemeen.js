// Shared by every dashboard page: the signed-in user, reading the public API, the live streams, formatting.
// Pages build their DOM with el(): text goes in as text nodes, never as HTML.

export class GeenToegang extends Error {}

export function el(tag, attributen = {}, ...kinderen) {
  const e = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(attributen || {})) {
    if (waarde === null || waarde === undefined || waarde === false) continue;
    if (naam === 'tekst') e.textContent = waarde;
    else if (naam.startsWith('on')) e.addEventListener(naam.substring(2), waarde);
    else e.setAttribute(naam, waarde === true ? '' : waarde);
  }
  for (const kind of kinderen.flat()) {
    if (kind === null || kind === undefined || kind === false) continue;
    e.append(kind instanceof Node ? kind : document.createTextNode(String(kind)));
  }
  return e;
}

export function vervang(doel, ...kinderen) {
  const e = typeof doel === 'string' ? document.getElementById(doel) : doel;
  e.replaceChildren(...kinderen.flat().filter(k => k !== null && k !== undefined && k !== false));
  return e;
}

/** GET on the public API with the session of the dashboard. */
export async function lees(pad) {
  const antwoord = await fetch(pad, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (antwoord.status === 401) {
    // the dashboard's address sends the user to the sign-in of this installation (form or identity provider)
    location.href = './';
    throw new Error('niet aangemeld');
  }
  if (antwoord.status === 403) throw new GeenToegang('Uw rol geeft geen toegang tot deze gegevens.');
  if (!antwoord.ok) {
    let detail = antwoord.statusText;
    try { detail = (await antwoord.json()).detail || detail; } catch (e) { /* geen problem+json */ }
    throw new Error(`${antwoord.status}: ${detail}`);
  }
  return { body: await antwoord.json(), headers: antwoord.headers };
}

let sessieBelofte;
export function sessie() {
  sessieBelofte ??= lees('sessie').then(a => a.body);
  return sessieBelofte;
}

/** Roles that may read the decision history of every region (the audit page). */
export const HISTORIE_ROLLEN = ['AUDITOR', 'BZK', 'DEPARTEMENT', 'BEHEER'];

export async function kop(actief) {
  const ik = await sessie();
  const links = [['index.html', 'overzicht', 'Overzicht']];
  if (ik.rol === 'REGIO') links.push([`regio.html?id=${encodeURIComponent(ik.organisatie)}`, 'regio', 'Mijn regio']);
  if (HISTORIE_ROLLEN.includes(ik.rol)) links.push(['audit.html', 'audit', 'Audit']);
  vervang('navigatie', el('ul', {}, links.map(([href, sleutel, tekst]) =>
      el('li', {}, el('a', { href, 'aria-current': sleutel === actief ? 'page' : null, tekst })))));
  vervang('gebruiker',
      el('span', { tekst: `Aangemeld als ${ik.gebruikersnaam} (${rolNaam(ik.rol)}, ${ik.organisatie})` }),
      el('form', { method: 'post', action: 'afmelden' },
          el('input', { type: 'hidden', name: ik.formuliersleutel.veld, value: ik.formuliersleutel.waarde }),
          el('button', { type: 'submit', tekst: 'Afmelden' })));
  return ik;
}

export function rolNaam(rol) {
  return ({ BZK: 'BZK', DEPARTEMENT: 'departement', REGIO: 'regio', AUDITOR: 'auditor', INTEGRATOR: 'integrator', BEHEER: 'beheer' })[rol] || rol;
}

/**
 * Listens on a status stream and calls bijWijziging with the notice ({regioId, positie}) of every recorded change.
 * EventSource reconnects by itself; the element shows whether the page is live.
 */
export function luister(pad, staatElement, bijWijziging) {
  const toon = (staat, tekst) => { staatElement.dataset.staat = staat; staatElement.textContent = tekst; };
  toon('verbinden', 'Live: verbinden…');
  const bron = new EventSource(pad, { withCredentials: true });
  bron.onopen = () => toon('verbonden', 'Live: bijgewerkt zonder herladen');
  bron.onerror = () => toon('verbroken', 'Live: verbinding verbroken, opnieuw verbinden…');
  bron.addEventListener('regio-status', bericht => bijWijziging(JSON.parse(bericht.data)));
  addEventListener('pagehide', () => bron.close());
  return bron;
}

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const EURO_KORT = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
export const euro = bedrag => EURO.format(Number(bedrag ?? 0));
export const euroKort = bedrag => EURO_KORT.format(Number(bedrag ?? 0));

const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
/** An ISO date (yyyy-mm-dd) as Dutch text. */
export const datum = iso => iso ? DATUM.format(new Date(iso + 'T00:00:00Z')) : '—';
/** A UTC instant as Dutch time. */
export const moment = iso => iso ? MOMENT.format(new Date(iso)) : '—';

/** Today in Europe/Amsterdam as yyyy-mm-dd: the day the views are in effect on. */
export function vandaag() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** "RijksvertegenwoordigerBenoemd" → "Rijksvertegenwoordiger benoemd". */
export function besluitNaam(type) {
  const woorden = String(type || '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

/** "UITVOERINGSAGENDA_IN_VOORBEREIDING" → "Uitvoeringsagenda in voorbereiding". */
export function leesbaar(code) {
  if (!code) return '—';
  const woorden = String(code).replaceAll('_', ' ').toLowerCase();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

export function aangekondigdLabel(ingangsdatum) {
  return el('span', { class: 'label aangekondigd', tekst: `Aangekondigd: gaat in op ${datum(ingangsdatum)}` });
}

/** The line that says which event position a view reflects. */
export function standTekst(positie, peildatum) {
  const op = peildatum ? `, zoals geldend op ${datum(peildatum)}` : '';
  return `Weergave tot en met gebeurtenispositie ${positie}${op}`;
}

export function toonFout(doel, fout) {
  const tekst = fout instanceof GeenToegang ? fout.message : `Kon de gegevens niet laden (${fout.message}).`;
  vervang(doel, el('p', { class: 'melding', role: 'alert', tekst }));
}

/** The governance roles of a region; the first three are filled by the Rijk, the others by the region. */
export const BESTUURSROLLEN = ['RIJKSVERTEGENWOORDIGER', 'REGIOADVISEUR', 'AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT',
  'BESTUURLIJK_TREKKER', 'PROGRAMMAMANAGER', 'PROGRAMMAMEDEWERKER'];

export function vacatures(status) {
  return BESTUURSROLLEN.filter(rol => !status.bestuur?.[rol] || status.bestuur[rol].vacant);
}

/**
 * The target dates behind the late signals, from the programme's parameters in effect as the overview gives them
 * (recorded decisions, never copied here): signal kind to date, a kind without a decided date left out.
 */
export function streefdata(parameters) {
  const data = {
    KASSIER_TE_LAAT: parameters?.kassierUiterlijk,
    PLAN_TE_LAAT: parameters?.planStreefdatum,
    UITVOERINGSAGENDA_TE_LAAT: parameters?.uitvoeringsagendaStreefdatum,
  };
  return Object.fromEntries(Object.entries(data).filter(([, d]) => d));
}

/** How many days a late signal is past its target date; null for a signal without one. */
export function dagenTeLaat(soort, op, streef = {}) {
  const streefdatum = streef[soort];
  if (!streefdatum) return null;
  return Math.round((Date.parse(op + 'T00:00:00Z') - Date.parse(streefdatum + 'T00:00:00Z')) / 86400000);
}
