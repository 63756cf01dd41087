package nl.regioregister.query.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioregister.events.regio.AanspreekpuntBelegd;
import nl.regioregister.events.regio.AkkoordOpStrategischeAgendaGegeven;
import nl.regioregister.events.regio.BenoemingBeeindigd;
import nl.regioregister.events.regio.BestuurlijkTrekkerAangewezen;
import nl.regioregister.events.regio.DepartementsvoorkeurUitgesproken;
import nl.regioregister.events.regio.GezamenlijkeKansBenoemd;
import nl.regioregister.events.regio.GezamenlijkeKansVervallen;
import nl.regioregister.events.regio.OntwikkelfaseVastgelegd;
import nl.regioregister.events.regio.OpgenomenInProgramma;
import nl.regioregister.events.regio.ProgrammadeelnameBeeindigd;
import nl.regioregister.events.regio.ProgrammamanagerAangesteld;
import nl.regioregister.events.regio.ProgrammamedewerkerAangesteld;
import nl.regioregister.events.regio.RegioadviseurBenoemd;
import nl.regioregister.events.regio.RegionaalInitiatiefVastgelegd;
import nl.regioregister.events.regio.SamenhangMetTrajectenVastgelegd;
import nl.regioregister.events.regio.StrategischeAgendaVastgesteld;
import nl.regioregister.events.regio.VoorkeursdepartementAangewezen;
import nl.regioregister.events.traject.LopendTrajectBijgewerkt;
import nl.regioregister.events.traject.LopendTrajectGeregistreerd;
import nl.regioregister.events.traject.LopendTrajectGesloten;

/** Programmes, aanspreekpunt, governance, strategic agenda and running trajectories of a region in its status. */
final class RegioInDeStatus {

    private RegioInDeStatus() {
    }

    static void registreer(RegioStatusBerekening b) {
        b.wanneer(OpgenomenInProgramma.class, (s, e, m) -> {
            RegioStatus.Deelname deelname = new RegioStatus.Deelname();
            deelname.sinds = e.vanaf() != null ? e.vanaf() : m.ingangsdatum();
            deelname.omschrijving = e.omschrijving();
            deelname.rijksbijdrage = e.rijksbijdrage();
            RegioStatus.Deelname vorige = s.programmas.get(e.programma().name());
            if (vorige != null && e.programma() == nl.regioregister.events.regio.Programma.REGIO_DEAL) {
                // Regio Deals run side by side: the ones still running when this one begins stay beside it.
                List<RegioStatus.Deelname> naast = new java.util.ArrayList<>();
                if (vorige.gelijktijdig != null) {
                    naast.addAll(vorige.gelijktijdig);
                }
                vorige.gelijktijdig = null;
                naast.add(vorige);
                naast.removeIf(d -> d.tot != null && !d.tot.isAfter(deelname.sinds));
                deelname.gelijktijdig = naast.isEmpty() ? null : naast;
            }
            s.programmas.put(e.programma().name(), deelname);
        });
        b.wanneer(ProgrammadeelnameBeeindigd.class, (s, e, m) -> {
            RegioStatus.Deelname deelname = s.programmas.get(e.programma().name());
            if (deelname == null) {
                return;
            }
            // Of several Regio Deals the one that began first ends first, as the command side decides.
            RegioStatus.Deelname eindigt = deelname.gelijktijdig == null ? deelname
                    : deelname.gelijktijdig.stream().filter(d -> d.tot == null).findFirst().orElse(deelname);
            eindigt.tot = e.per() != null ? e.per() : m.ingangsdatum();
        });
        b.wanneer(AanspreekpuntBelegd.class, (s, e, m) -> {
            RegioStatus.Aanspreekpunt aanspreekpunt = new RegioStatus.Aanspreekpunt();
            aanspreekpunt.departement = e.departement().name();
            aanspreekpunt.reden = e.beleidsmatigeRaakvlakken();
            aanspreekpunt.sinds = m.ingangsdatum();
            s.aanspreekpunt = aanspreekpunt;
        });
        b.wanneer(RegioadviseurBenoemd.class, (s, e, m) -> RegioStatusBerekening.benoem(s, "REGIOADVISEUR",
                e.persoonId(), e.departement().name(), m.ingangsdatum()));
        b.wanneer(BestuurlijkTrekkerAangewezen.class, (s, e, m) -> RegioStatusBerekening.benoem(s,
                "BESTUURLIJK_TREKKER", e.persoonId(), e.organisatie(), m.ingangsdatum()));
        b.wanneer(ProgrammamanagerAangesteld.class, (s, e, m) -> RegioStatusBerekening.benoem(s,
                "PROGRAMMAMANAGER", e.persoonId(), e.organisatie(), m.ingangsdatum()));
        b.wanneer(ProgrammamedewerkerAangesteld.class, (s, e, m) -> RegioStatusBerekening.benoem(s,
                "PROGRAMMAMEDEWERKER", e.persoonId(), e.organisatie(), m.ingangsdatum()));
        b.wanneer(BenoemingBeeindigd.class, (s, e, m) ->
                RegioStatusBerekening.beeindig(s, e.rol().name(), m.ingangsdatum()));
        b.wanneer(DepartementsvoorkeurUitgesproken.class, (s, e, m) -> {
            Map<String, Object> voorkeur = voorkeursdepartement(s);
            voorkeur.put("voorkeurRegio", e.voorkeur().name());
            voorkeur.put("alternatief", e.alternatief() == null ? null : e.alternatief().name());
            voorkeur.put("uitgesprokenOp", m.ingangsdatum());
        });
        b.wanneer(VoorkeursdepartementAangewezen.class, (s, e, m) -> {
            Map<String, Object> voorkeur = voorkeursdepartement(s);
            voorkeur.put("aangewezen", e.departement().name());
            voorkeur.put("aangewezenOp", m.ingangsdatum());
            if (e.ambtelijkTrekkerPersoonId() == null) {
                RegioStatusBerekening.beeindig(s, "AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT", m.ingangsdatum());
            } else {
                RegioStatusBerekening.benoem(s, "AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT",
                        e.ambtelijkTrekkerPersoonId(), e.departement().name(), m.ingangsdatum());
            }
        });

        b.wanneer(RegionaalInitiatiefVastgelegd.class, (s, e, m) ->
                strategischeAgenda(s).put("regionaalInitiatief", e.omschrijving()));
        b.wanneer(OntwikkelfaseVastgelegd.class, (s, e, m) ->
                strategischeAgenda(s).put("ontwikkelfase", e.fase().name()));
        b.wanneer(GezamenlijkeKansBenoemd.class, (s, e, m) -> {
            Map<String, Object> kans = new LinkedHashMap<>();
            kans.put("titel", e.titel());
            kans.put("omschrijving", e.omschrijving());
            kans.put("meerwaardeRegio", e.meerwaardeRegio());
            kans.put("meerwaardeRijk", e.meerwaardeRijk());
            kansen(s).put(e.titel(), kans);
        });
        b.wanneer(GezamenlijkeKansVervallen.class, (s, e, m) ->
                kansen(s).keySet().removeIf(titel -> titel.equalsIgnoreCase(e.titel())));
        b.wanneer(SamenhangMetTrajectenVastgelegd.class, (s, e, m) -> {
            strategischeAgenda(s).put("samenhangMet", e.trajecten().stream().map(Enum::name).toList());
            strategischeAgenda(s).put("overigeTrajecten", List.copyOf(e.overigeTrajecten()));
        });
        b.wanneer(AkkoordOpStrategischeAgendaGegeven.class, (s, e, m) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> akkoorden = (Map<String, Object>) strategischeAgenda(s)
                    .computeIfAbsent("akkoorden", k -> new LinkedHashMap<String, Object>());
            Map<String, Object> akkoord = new LinkedHashMap<>();
            akkoord.put("opVersie", e.versie());
            akkoord.put("op", m.ingangsdatum());
            akkoord.put("door", m.genomenDoor());
            akkoorden.put(e.zijde().name(), akkoord);
        });
        b.wanneer(StrategischeAgendaVastgesteld.class, (s, e, m) -> {
            strategischeAgenda(s).put("vastgesteldeVersie", e.versie());
            strategischeAgenda(s).put("vastgesteldOp", e.vastgesteldOp() != null ? e.vastgesteldOp() : m.ingangsdatum());
        });

        b.wanneer(nl.regioregister.events.correctie.BesluitHerroepen.class, (s, e, m) -> {
            Map<String, Object> herroeping = new LinkedHashMap<>();
            herroeping.put("positie", e.positie());
            herroeping.put("type", e.type());
            herroeping.put("reden", e.reden());
            herroeping.put("vervangenDoor", e.vervangenDoor());
            herroeping.put("op", m.ingangsdatum());
            s.herroepenBesluiten.add(herroeping);
        });
        b.wanneer(nl.regioregister.events.verzoek.VerzoekIngediend.class, (s, e, m) -> {
            Map<String, Object> verzoek = new LinkedHashMap<>();
            verzoek.put("soort", e.soort().name());
            verzoek.put("onderwerp", e.onderwerp());
            verzoek.put("toelichting", e.toelichting());
            verzoek.put("gerichtAan", e.gerichtAan() == null ? null : e.gerichtAan().name());
            verzoek.put("ingediendOp", m.ingangsdatum());
            s.verzoeken.put(e.verzoekId(), verzoek);
        });
        b.wanneer(nl.regioregister.events.verzoek.VerzoekBeantwoord.class, (s, e, m) -> {
            Map<String, Object> verzoek = s.verzoeken.computeIfAbsent(e.verzoekId(), k -> new LinkedHashMap<>());
            verzoek.put("uitkomst", e.uitkomst().name());
            verzoek.put("antwoord", e.antwoord());
            verzoek.put("doorverwezenNaar", e.doorverwezenNaar() == null ? null : e.doorverwezenNaar().name());
            verzoek.put("beantwoordOp", m.ingangsdatum());
        });
        b.wanneer(nl.regioregister.events.overleg.OverlegGehouden.class, (s, e, m) -> {
            Map<String, Object> overleg = new LinkedHashMap<>();
            overleg.put("soort", e.soort().name());
            overleg.put("datum", e.datum());
            overleg.put("deelnemers", List.copyOf(e.deelnemers()));
            overleg.put("onderwerpen", List.copyOf(e.onderwerpen()));
            s.overleggen.add(overleg);
        });
        b.wanneer(LopendTrajectGeregistreerd.class, (s, e, m) -> s.lopendeTrajecten.put(e.trajectId(),
                traject(e.naam(), e.departementen(), e.andereOverheid(), e.vanaf(), e.tot(), e.bedrag(), e.omvang(),
                        e.actieVoorContinuiteit())));
        b.wanneer(LopendTrajectBijgewerkt.class, (s, e, m) -> s.lopendeTrajecten.put(e.trajectId(),
                traject(e.naam(), e.departementen(), e.andereOverheid(), e.vanaf(), e.tot(), e.bedrag(), e.omvang(),
                        e.actieVoorContinuiteit())));
        b.wanneer(LopendTrajectGesloten.class, (s, e, m) -> {
            Map<String, Object> traject = s.lopendeTrajecten.get(e.trajectId());
            if (traject != null) {
                traject.put("gesloten", e.einddatum() != null ? e.einddatum() : m.ingangsdatum());
            }
        });
    }

    private static Map<String, Object> traject(String naam, List<nl.regioregister.events.Departement> departementen,
                                               String andereOverheid, java.time.LocalDate vanaf,
                                               java.time.LocalDate tot, java.math.BigDecimal bedrag, String omvang,
                                               String actieVoorContinuiteit) {
        Map<String, Object> traject = new LinkedHashMap<>();
        traject.put("naam", naam);
        traject.put("departementen", departementen == null ? List.of()
                : departementen.stream().map(Enum::name).toList());
        traject.put("andereOverheid", andereOverheid);
        traject.put("vanaf", vanaf);
        traject.put("tot", tot);
        traject.put("bedrag", bedrag);
        traject.put("omvang", omvang);
        traject.put("actieVoorContinuiteit", actieVoorContinuiteit);
        return traject;
    }

    private static Map<String, Object> voorkeursdepartement(RegioStatus s) {
        if (s.voorkeursdepartement == null) {
            s.voorkeursdepartement = new LinkedHashMap<>();
        }
        return s.voorkeursdepartement;
    }

    private static Map<String, Object> strategischeAgenda(RegioStatus s) {
        if (s.strategischeAgenda == null) {
            s.strategischeAgenda = new LinkedHashMap<>();
        }
        return s.strategischeAgenda;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kansen(RegioStatus s) {
        return (Map<String, Object>) strategischeAgenda(s).computeIfAbsent("gezamenlijkeKansen",
                k -> new LinkedHashMap<String, Object>());
    }
}
