package nl.regioregister.query.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regioregister.events.agenda.Activiteit;
import nl.regioregister.events.agenda.AkkoordRegioOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRegioOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.Doelstelling;
import nl.regioregister.events.agenda.InspanningsverplichtingAangegaan;
import nl.regioregister.events.agenda.InspanningsverplichtingGewijzigd;
import nl.regioregister.events.agenda.InspanningsverplichtingIngetrokken;
import nl.regioregister.events.agenda.Periode;
import nl.regioregister.events.agenda.PlanIngediend;
import nl.regioregister.events.agenda.PlanIngetrokken;
import nl.regioregister.events.agenda.PlanTeruggestuurd;
import nl.regioregister.events.agenda.PlanVastgesteld;
import nl.regioregister.events.agenda.UitvoeringsagendaGeevalueerd;
import nl.regioregister.events.agenda.UitvoeringsagendaIngediend;
import nl.regioregister.events.agenda.UitvoeringsagendaIngetrokken;
import nl.regioregister.events.agenda.UitvoeringsagendaTeruggestuurd;
import nl.regioregister.events.agenda.UitvoeringsagendaVastgesteld;
import nl.regioregister.events.agenda.VoortgangGemeld;

/**
 * The long-term agenda in the status: per part its current version, its state, who agreed on which version and
 * when it was adopted (Kamerbrief NPVR, bijlage 1); the execution agenda's activities per doelstelling with progress.
 */
final class AgendaInDeStatus {

    private AgendaInDeStatus() {
    }

    static void registreer(RegioStatusBerekening b) {
        b.wanneer(PlanIngediend.class, (s, e, m) -> {
            RegioStatus.Agenda plan = s.plan == null ? new RegioStatus.Agenda() : s.plan;
            ingediend(plan, e.versie(), m.ingangsdatum());
            plan.inhoud = new LinkedHashMap<>();
            plan.inhoud.put("visiejaar", e.visiejaar());
            plan.inhoud.put("hoofdstukken", new ArrayList<>(e.hoofdstukken().keySet()));
            plan.inhoud.put("doelstellingen", new ArrayList<>(e.doorvertaling().keySet()));
            plan.inhoud.put("document", e.document());
            s.plan = plan;
        });
        b.wanneer(PlanTeruggestuurd.class, (s, e, m) -> teruggestuurd(s.plan, e.opmerkingen()));
        b.wanneer(AkkoordRegioOpPlanGegeven.class, (s, e, m) -> {
            s.plan.akkoordRegioOpVersie = e.versie();
            s.plan.akkoordRegioDoor = m.genomenDoor();
        });
        b.wanneer(AkkoordRijkOpPlanGegeven.class, (s, e, m) -> {
            s.plan.akkoordRijkOpVersie = e.versie();
            s.plan.akkoordRijkDoor = m.genomenDoor();
        });
        b.wanneer(PlanVastgesteld.class, (s, e, m) -> vastgesteld(s.plan, e.versie(), m.ingangsdatum()));
        b.wanneer(PlanIngetrokken.class, (s, e, m) -> ingetrokken(s.plan));

        b.wanneer(UitvoeringsagendaIngediend.class, (s, e, m) -> {
            RegioStatus.Agenda agenda = s.uitvoeringsagendas.computeIfAbsent(periode(e.periode()),
                    p -> new RegioStatus.Agenda());
            agenda.periode = periode(e.periode());
            ingediend(agenda, e.versie(), m.ingangsdatum());
            agenda.activiteitenPerDoelstelling = perDoelstelling(e.activiteiten());
            agenda.inhoud = new LinkedHashMap<>();
            agenda.inhoud.put("indicatoren", e.indicatoren());
            agenda.inhoud.put("monitoring", e.monitoring());
            if (e.herijkingVan() != null) {
                agenda.inhoud.put("herijkingVan", periode(e.herijkingVan()));
            }
        });
        b.wanneer(UitvoeringsagendaTeruggestuurd.class, (s, e, m) ->
                teruggestuurd(agenda(s, e.periode()), e.opmerkingen()));
        b.wanneer(AkkoordRegioOpUitvoeringsagendaGegeven.class, (s, e, m) -> {
            agenda(s, e.periode()).akkoordRegioOpVersie = e.versie();
            agenda(s, e.periode()).akkoordRegioDoor = m.genomenDoor();
        });
        b.wanneer(AkkoordRijkOpUitvoeringsagendaGegeven.class, (s, e, m) -> {
            agenda(s, e.periode()).akkoordRijkOpVersie = e.versie();
            agenda(s, e.periode()).akkoordRijkDoor = m.genomenDoor();
        });
        b.wanneer(UitvoeringsagendaVastgesteld.class, (s, e, m) ->
                vastgesteld(agenda(s, e.periode()), e.versie(), m.ingangsdatum()));
        b.wanneer(UitvoeringsagendaIngetrokken.class, (s, e, m) -> ingetrokken(agenda(s, e.periode())));
        b.wanneer(VoortgangGemeld.class, (s, e, m) -> {
            RegioStatus.Agenda agenda = agenda(s, e.periode());
            if (agenda.voortgang == null) {
                agenda.voortgang = new TreeMap<>();
            }
            Map<String, Object> voortgang = new LinkedHashMap<>();
            voortgang.put("status", e.status().name());
            voortgang.put("toelichting", e.toelichting());
            voortgang.put("peildatum", e.peildatum());
            agenda.voortgang.put(e.activiteit(), voortgang);
        });
        b.wanneer(UitvoeringsagendaGeevalueerd.class, (s, e, m) -> {
            RegioStatus.Agenda agenda = agenda(s, e.periode());
            agenda.evaluatie = e.evaluatie();
            agenda.staat = "GEEVALUEERD";
        });

        b.wanneer(nl.regioregister.events.agenda.UitvoeringsondersteuningToegezegd.class, (s, e, m) -> {
            Map<String, Object> steun = new LinkedHashMap<>();
            steun.put("kenmerk", e.kenmerk());
            steun.put("departement", e.departement().name());
            steun.put("instrument", e.instrument().name());
            steun.put("bedrag", e.bedrag());
            steun.put("jaren", e.jaren() == null ? null : periode(e.jaren()));
            steun.put("begroting", e.begroting());
            steun.put("toegezegdOp", m.ingangsdatum());
            agenda(s, e.periode()).ondersteuning.add(steun);
        });
        b.wanneer(InspanningsverplichtingAangegaan.class, (s, e, m) -> s.inspanningsverplichtingen.add(
                verplichting(e.kenmerk(), e.departement().name(), e.inzet(), e.bedrag(), e.periode(), m.ingangsdatum())));
        b.wanneer(InspanningsverplichtingGewijzigd.class, (s, e, m) -> {
            s.inspanningsverplichtingen.removeIf(v -> e.kenmerk().equals(v.get("kenmerk")));
            s.inspanningsverplichtingen.add(verplichting(e.kenmerk(), e.departement().name(), e.inzet(), e.bedrag(),
                    e.periode(), m.ingangsdatum()));
        });
        b.wanneer(InspanningsverplichtingIngetrokken.class, (s, e, m) -> s.inspanningsverplichtingen.stream()
                .filter(v -> e.kenmerk().equals(v.get("kenmerk")))
                .forEach(v -> v.put("ingetrokkenOp", m.ingangsdatum())));
    }

    private static Map<String, Object> verplichting(String kenmerk, String departement, String inzet,
                                                    java.math.BigDecimal bedrag, Periode periode,
                                                    java.time.LocalDate sinds) {
        Map<String, Object> verplichting = new LinkedHashMap<>();
        verplichting.put("kenmerk", kenmerk);
        verplichting.put("departement", departement);
        verplichting.put("inzet", inzet);
        verplichting.put("bedrag", bedrag);
        verplichting.put("periode", periode == null ? null : periode(periode));
        verplichting.put("sinds", sinds);
        return verplichting;
    }

    private static Map<String, List<Map<String, Object>>> perDoelstelling(List<Activiteit> activiteiten) {
        Map<String, List<Map<String, Object>>> perDoelstelling = new TreeMap<>();
        for (Activiteit activiteit : activiteiten) {
            for (Doelstelling doelstelling : activiteit.doelstellingen()) {
                Map<String, Object> rij = new LinkedHashMap<>();
                rij.put("code", activiteit.code());
                rij.put("omschrijving", activiteit.omschrijving());
                rij.put("eigenaar", activiteit.eigenaar());
                rij.put("beoogdResultaat", activiteit.beoogdResultaat());
                rij.put("bijdragen", activiteit.bijdragen());
                rij.put("inwonersbetrokkenheid", activiteit.inwonersbetrokkenheid());
                perDoelstelling.computeIfAbsent(doelstelling.name(), d -> new ArrayList<>()).add(rij);
            }
        }
        return perDoelstelling;
    }

    private static RegioStatus.Agenda agenda(RegioStatus s, Periode periode) {
        return s.uitvoeringsagendas.computeIfAbsent(periode(periode), p -> {
            RegioStatus.Agenda agenda = new RegioStatus.Agenda();
            agenda.periode = p;
            return agenda;
        });
    }

    private static String periode(Periode periode) {
        return periode.beginjaar() + "-" + periode.eindjaar();
    }

    /** A new version needs new akkoords; an adopted version stays in force until a later one is adopted. */
    private static void ingediend(RegioStatus.Agenda agenda, int versie, java.time.LocalDate op) {
        agenda.versie = versie;
        agenda.staat = "INGEDIEND";
        agenda.ingediendOp = op;
        agenda.akkoordRegioOpVersie = null;
        agenda.akkoordRijkOpVersie = null;
        agenda.akkoordRegioDoor = null;
        agenda.akkoordRijkDoor = null;
        agenda.opmerkingen = null;
    }

    private static void teruggestuurd(RegioStatus.Agenda agenda, String opmerkingen) {
        agenda.staat = "TERUGGESTUURD";
        agenda.opmerkingen = opmerkingen;
    }

    private static void vastgesteld(RegioStatus.Agenda agenda, int versie, java.time.LocalDate op) {
        agenda.staat = "VASTGESTELD";
        agenda.vastgesteldeVersie = versie;
        agenda.vastgesteldOp = op;
    }

    private static void ingetrokken(RegioStatus.Agenda agenda) {
        if (agenda.vastgesteldeVersie == null) {
            agenda.staat = "INGETROKKEN";
        } else {
            agenda.staat = "VASTGESTELD";
            agenda.versie = agenda.vastgesteldeVersie;
        }
    }
}
