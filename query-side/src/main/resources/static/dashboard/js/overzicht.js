// The overview: every NPVR region on one screen, what is late worst first, money per year, overdue commitments.
import { el, vervang, lees, kop, luister, toonFout, euro, datum, leesbaar, vacatures, dagenTeLaat, streefdata, vandaag,
  aangekondigdLabel, besluitNaam, standTekst, GeenToegang } from './gemeen.js';
import { geldPerJaar } from './grafiek.js';

const LIVE = document.getElementById('live');
let wachtend = null;

async function laad(minimalePositie) {
  const na = minimalePositie ? `?minimalePositie=${minimalePositie}` : '';
  const [overzicht, kamer] = await Promise.all([
    lees(`../v1/programmas/npvr/overzicht${na}`).then(a => a.body),
    Promise.all([lees('../v1/toezeggingen?status=open'), lees('../v1/moties?status=open')])
        .then(([t, m]) => ({ toezeggingen: t.body, moties: m.body }))
        .catch(fout => ({ fout })),
  ]);
  const statussen = await Promise.all(overzicht.regios.map(r =>
      lees(`../v1/regios/${encodeURIComponent(r.regioId)}/status${na}`).then(a => a.body.status)
          .catch(() => null)));
  const dag = vandaag();
  vervang('positie', el('span', { tekst: standTekst(overzicht.positie, dag) }),
      kamer.moties ? el('span', { tekst: ` · moties en toezeggingen tot en met positie ${kamer.moties.positie}` }) : null);
  toonRegios(overzicht.regios, statussen);
  toonTeLaat(overzicht.regios, dag, streefdata(overzicht.npvr));
  vervang('geld', geldPerJaar('programma-geld', 'Procesmiddelen NPVR, alle regio\'s samen', overzicht.totaalPerJaar));
  toonKamer(overzicht.verlopenToezeggingen, kamer, dag);
}

function planStaat(agenda) {
  if (!agenda) return 'Nog geen plan';
  const staat = agenda.vastgesteldeVersie != null ? `Vastgesteld (versie ${agenda.vastgesteldeVersie})`
      : `${leesbaar(agenda.staat)} (versie ${agenda.versie})`;
  return agenda.inBehandeling ? `${staat}; versie ${agenda.inBehandeling.versie} in behandeling` : staat;
}

function agendaStaat(uitvoeringsagendas) {
  const periodes = Object.entries(uitvoeringsagendas || {});
  if (periodes.length === 0) return 'Nog geen uitvoeringsagenda';
  return periodes.map(([periode, a]) => `${periode}: ${a.vastgesteldeVersie != null ? 'vastgesteld' : leesbaar(a.staat).toLowerCase()}`)
      .join('; ');
}

/** Short names of the governance roles, explained under the table. */
const AFKORTING = {
  RIJKSVERTEGENWOORDIGER: 'RV', REGIOADVISEUR: 'RA', AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT: 'AT',
  BESTUURLIJK_TREKKER: 'BT', PROGRAMMAMANAGER: 'PM', PROGRAMMAMEDEWERKER: 'PMW',
};

/** Short names of the signals for the table; the full text is in "Wat is te laat" and on the region page. */
const KORT = {
  GEEN_RIJKSVERTEGENWOORDIGER: 'geen RV', KASSIER_TE_LAAT: 'kassier te laat',
  KASSIER_TE_LAAT_AANGEWEZEN: 'kassier laat aangewezen', PLAN_TE_LAAT: 'plan te laat',
  UITVOERINGSAGENDA_TE_LAAT: 'agenda te laat', UITGAVEN_ZONDER_DEKKING: 'uitgaven zonder dekking',
  TOEKENNING_ZONDER_KASSIER: 'toekenning zonder kassier',
};

function toonRegios(regios, statussen) {
  const kopregel = el('tr', {}, ['Regio', 'Fase', 'Vacatures', 'Plan', 'Uitvoeringsagenda',
    'Toegekend', 'Uitbetaald', 'Beschikbaar', 'Signalen', 'Aangekondigd'].map((t, i) =>
      el('th', { scope: 'col', class: i >= 5 && i <= 7 ? 'bedrag' : null, tekst: t })));
  const rijen = regios.map((r, i) => {
    const s = statussen[i];
    const open = s ? vacatures(s) : [];
    return el('tr', { 'data-regio': r.regioId },
        el('th', { scope: 'row' }, el('a', { href: `regio.html?id=${encodeURIComponent(r.regioId)}`, tekst: r.naam })),
        el('td', { class: 'nowrap', tekst: leesbaar(r.fase) }),
        el('td', {}, !s ? '—' : open.length === 0 ? el('span', { class: 'label goed', tekst: 'geen' })
            : el('span', { class: 'nowrap' }, el('span', { class: 'label vacant', tekst: `${open.length} van 6` }),
                el('span', { class: 'afk' }, open.map(rol => el('abbr', { title: leesbaar(rol), tekst: AFKORTING[rol] }))))),
        el('td', { tekst: s ? planStaat(s.plan) : '—' }),
        el('td', { tekst: s ? agendaStaat(s.uitvoeringsagendas) : '—' }),
        el('td', { class: 'bedrag', tekst: euro(r.procesmiddelenTotaal.toegekend) }),
        el('td', { class: 'bedrag', tekst: euro(r.procesmiddelenTotaal.uitbetaald) }),
        el('td', { class: 'bedrag', tekst: euro(r.procesmiddelenTotaal.beschikbaar) }),
        el('td', { class: 'signalen-cel' }, r.signalen.length === 0 ? el('span', { class: 'label goed', tekst: 'geen' })
            : el('span', { class: 'labels' }, r.signalen.map(g =>
                el('span', { class: 'label laat', title: g.omschrijving, tekst: KORT[g.soort] || leesbaar(g.soort).toLowerCase() })))),
        el('td', {}, !s?.aangekondigd?.length ? '—'
            : el('span', { class: 'labels' }, s.aangekondigd.map(a =>
                el('span', { class: 'label aangekondigd', tekst: `${besluitNaam(a.besluit)}: gaat in op ${datum(a.ingangsdatum)}` })))));
  });
  vervang('regios', el('table', { class: 'compact' },
      el('caption', { tekst: `${regios.length} regio's in het NPVR, zoals vandaag geldend` }),
      el('thead', {}, kopregel), el('tbody', {}, rijen)),
      el('p', { class: 'toelichting', tekst: 'Vacatures: ' + Object.entries(AFKORTING)
          .map(([rol, kort]) => `${kort} = ${leesbaar(rol).toLowerCase()}`).join(', ') + '.' }));
}

/**
 * Grouped by signal, the longest past its target date first (the target dates in effect that the signals on the
 * query side are held against); signals without a target date after those.
 */
function toonTeLaat(regios, dag, streef) {
  const perSoort = new Map();
  for (const r of regios) {
    for (const s of r.signalen) {
      const groep = perSoort.get(s.soort) ?? { soort: s.soort, dagen: dagenTeLaat(s.soort, dag, streef), regios: [], omschrijving: s.omschrijving };
      groep.regios.push(r);
      perSoort.set(s.soort, groep);
    }
  }
  const groepen = [...perSoort.values()].sort((a, b) => (b.dagen ?? -1) - (a.dagen ?? -1) || b.regios.length - a.regios.length);
  if (groepen.length === 0) {
    vervang('telaat', el('p', { tekst: 'Niets is te laat.' }));
    return;
  }
  vervang('telaat', el('ol', { class: 'telaat' }, groepen.map(g => el('li', { 'data-soort': g.soort },
      el('strong', { tekst: leesbaar(g.soort) }),
      g.dagen != null ? [' ', el('span', { class: 'label laat', tekst: `${g.dagen} dagen te laat` })] : null,
      el('span', { class: 'regios' }, `${g.regios.length} ${g.regios.length === 1 ? 'regio' : "regio's"}: `,
          g.regios.flatMap((r, i) => [i ? ', ' : '', el('a', { href: `regio.html?id=${encodeURIComponent(r.regioId)}`, tekst: r.naam })]))))));
}

function toonKamer(verlopen, kamer, dag) {
  const toezeggingen = el('div', {}, el('h3', { tekst: 'Toezeggingen over hun termijn' }),
      verlopen.length === 0 ? el('p', { tekst: 'Geen toezeggingen over hun termijn.' })
          : el('ul', {}, verlopen.map(t => el('li', {},
              el('strong', { tekst: t.toezeggingId }), `: ${t.omschrijving} `,
              el('span', { class: 'label laat', tekst: `uiterlijk ${datum(t.uiterlijk)}` })))));
  let moties;
  if (kamer.fout) {
    moties = el('p', { class: 'melding', tekst: kamer.fout instanceof GeenToegang ? kamer.fout.message
        : `Kon de moties niet laden (${kamer.fout.message}).` });
  } else {
    const open = [...kamer.moties.moties].sort((a, b) => String(a.aangenomenOp).localeCompare(String(b.aangenomenOp)));
    moties = open.length === 0 ? el('p', { tekst: 'Geen openstaande moties.' })
        : el('ul', {}, open.map(m => el('li', {},
            el('strong', { tekst: m.kamerstuknummer }), `: ${m.titel} — aangenomen ${datum(m.aangenomenOp)}, `,
            el('span', { class: 'label laat', tekst: `${Math.round((Date.parse(dag) - Date.parse(m.aangenomenOp)) / 86400000)} dagen open` }))));
  }
  vervang('kamer', toezeggingen, el('div', {}, el('h3', { tekst: 'Openstaande moties (oudste eerst)' }), moties));
}

async function start() {
  await kop('overzicht');
  try {
    await laad();
  } catch (fout) {
    toonFout('regios', fout);
    return;
  }
  luister('../v1/programmas/overzicht/stroom', LIVE, melding => {
    clearTimeout(wachtend);
    wachtend = setTimeout(() => laad(melding.positie).catch(fout => toonFout('regios', fout)), 150);
  });
}

start();
