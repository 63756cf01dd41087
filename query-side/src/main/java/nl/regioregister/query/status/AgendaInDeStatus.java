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
            if (s.plan == null) {
                s.plan = new RegioStatus.Agenda();
            }
            RegioStatus.Agenda versie = ingediend(s.plan, e.versie(), m.ingangsdatum());
            versie.inhoud = new LinkedHashMap<>();
            versie.inhoud.put("visiejaar", e.visiejaar());
            versie.inhoud.put("hoofdstukken", new ArrayList<>(e.hoofdstukken().keySet()));
            versie.inhoud.put("doelstellingen", new ArrayList<>(e.doorvertaling().keySet()));
            versie.inhoud.put("document", e.document());
        });
        b.wanneer(PlanTeruggestuurd.class, (s, e, m) -> teruggestuurd(versie(plan(s), e.versie()), e.opmerkingen()));
        b.wanneer(AkkoordRegioOpPlanGegeven.class, (s, e, m) -> {
            RegioStatus.Agenda versie = versie(plan(s), e.versie());
            versie.akkoordRegioOpVersie = e.versie();
            versie.akkoordRegioDoor = m.genomenDoor();
        });
        b.wanneer(AkkoordRijkOpPlanGegeven.class, (s, e, m) -> {
            RegioStatus.Agenda versie = versie(plan(s), e.versie());
            versie.akkoordRijkOpVersie = e.versie();
            versie.akkoordRijkDoor = m.genomenDoor();
        });
        b.wanneer(PlanVastgesteld.class, (s, e, m) -> vastgesteld(plan(s), e.versie(), m.ingangsdatum()));
        b.wanneer(PlanIngetrokken.class, (s, e, m) -> ingetrokken(versie(plan(s), e.versie())));

        b.wanneer(UitvoeringsagendaIngediend.class, (s, e, m) -> {
            RegioStatus.Agenda agenda = s.uitvoeringsagendas.computeIfAbsent(periode(e.periode()),
                    p -> new RegioStatus.Agenda());
            agenda.periode = periode(e.periode());
            RegioStatus.Agenda versie = ingediend(agenda, e.versie(), m.ingangsdatum());
            versie.activiteitenPerDoelstelling = perDoelstelling(e.activiteiten());
            versie.inhoud = new LinkedHashMap<>();
            versie.inhoud.put("indicatoren", e.indicatoren());
            versie.inhoud.put("monitoring", e.monitoring());
            if (e.herijkingVan() != null) {
                versie.inhoud.put("herijkingVan", periode(e.herijkingVan()));
            }
            versie.inhoud.put("document", e.document());
        });
        b.wanneer(UitvoeringsagendaTeruggestuurd.class, (s, e, m) ->
                teruggestuurd(versie(agenda(s, e.periode()), e.versie()), e.opmerkingen()));
        b.wanneer(AkkoordRegioOpUitvoeringsagendaGegeven.class, (s, e, m) -> {
            RegioStatus.Agenda versie = versie(agenda(s, e.periode()), e.versie());
            versie.akkoordRegioOpVersie = e.versie();
            versie.akkoordRegioDoor = m.genomenDoor();
        });
        b.wanneer(AkkoordRijkOpUitvoeringsagendaGegeven.class, (s, e, m) -> {
            RegioStatus.Agenda versie = versie(agenda(s, e.periode()), e.versie());
            versie.akkoordRijkOpVersie = e.versie();
            versie.akkoordRijkDoor = m.genomenDoor();
        });
        b.wanneer(UitvoeringsagendaVastgesteld.class, (s, e, m) ->
                vastgesteld(agenda(s, e.periode()), e.versie(), m.ingangsdatum()));
        b.wanneer(UitvoeringsagendaIngetrokken.class, (s, e, m) ->
                ingetrokken(versie(agenda(s, e.periode()), e.versie())));
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

    private static RegioStatus.Agenda plan(RegioStatus s) {
        if (s.plan == null) {
            s.plan = new RegioStatus.Agenda();
        }
        return s.plan;
    }

    /**
     * Where a submitted version is shown: before any adoption the agenda itself; after one, a later version apart as
     * {@code inBehandeling}, so the adopted version keeps its own content and akkoorden ("an adopted version stays in
     * force until a later one is adopted", Kamerbrief NPVR bijlage 1). A version adopted before its submission took
     * effect gets its content when the submission does. A new version needs new akkoorden.
     */
    private static RegioStatus.Agenda ingediend(RegioStatus.Agenda agenda, int versie, java.time.LocalDate op) {
        RegioStatus.Agenda doel;
        if (agenda.vastgesteldeVersie == null || agenda.vastgesteldeVersie == versie) {
            doel = agenda;
        } else {
            agenda.inBehandeling = new RegioStatus.Agenda();
            agenda.inBehandeling.periode = agenda.periode;
            doel = agenda.inBehandeling;
        }
        doel.versie = versie;
        doel.ingediendOp = op;
        if (doel.vastgesteldeVersie == null) {
            doel.staat = "INGEDIEND";
            doel.akkoordRegioOpVersie = null;
            doel.akkoordRijkOpVersie = null;
            doel.akkoordRegioDoor = null;
            doel.akkoordRijkDoor = null;
            doel.opmerkingen = null;
        }
        return doel;
    }

    /** The version a decision names: the one in behandeling, else the agenda's own. */
    private static RegioStatus.Agenda versie(RegioStatus.Agenda agenda, int versie) {
        if (agenda.inBehandeling != null && agenda.inBehandeling.versie != null
                && agenda.inBehandeling.versie == versie) {
            return agenda.inBehandeling;
        }
        if (agenda.vastgesteldeVersie == null || agenda.versie == null || agenda.versie == versie) {
            return agenda;
        }
        RegioStatus.Agenda later = new RegioStatus.Agenda();
        later.periode = agenda.periode;
        later.versie = versie;
        agenda.inBehandeling = later;
        return later;
    }

    private static void teruggestuurd(RegioStatus.Agenda agenda, String opmerkingen) {
        agenda.staat = "TERUGGESTUURD";
        agenda.opmerkingen = opmerkingen;
    }

    /** The adopted version, with its own content and akkoorden, becomes the agenda; nothing is in behandeling then. */
    private static void vastgesteld(RegioStatus.Agenda agenda, int versie, java.time.LocalDate op) {
        RegioStatus.Agenda later = agenda.inBehandeling;
        if (later != null && later.versie != null && later.versie == versie) {
            agenda.versie = later.versie;
            agenda.ingediendOp = later.ingediendOp;
            agenda.akkoordRegioOpVersie = later.akkoordRegioOpVersie;
            agenda.akkoordRijkOpVersie = later.akkoordRijkOpVersie;
            agenda.akkoordRegioDoor = later.akkoordRegioDoor;
            agenda.akkoordRijkDoor = later.akkoordRijkDoor;
            agenda.opmerkingen = later.opmerkingen;
            agenda.inhoud = later.inhoud;
            agenda.activiteitenPerDoelstelling = later.activiteitenPerDoelstelling;
            agenda.inBehandeling = null;
        } else if (agenda.versie == null || agenda.versie != versie) {
            // adopted before the submission of this version took effect: its content follows when that does
            agenda.versie = versie;
            agenda.ingediendOp = null;
            agenda.inhoud = null;
            agenda.activiteitenPerDoelstelling = null;
            agenda.opmerkingen = null;
            agenda.akkoordRegioDoor = null;
            agenda.akkoordRijkDoor = null;
        }
        if (later != null && later.versie != null && later.versie <= versie) {
            agenda.inBehandeling = null;
        }
        agenda.staat = "VASTGESTELD";
        agenda.vastgesteldeVersie = versie;
        agenda.vastgesteldOp = op;
    }

    /** Only a version not adopted is withdrawn; an adopted version stays in force. */
    private static void ingetrokken(RegioStatus.Agenda versie) {
        if (versie.vastgesteldeVersie == null) {
            versie.staat = "INGETROKKEN";
        }
    }
}
