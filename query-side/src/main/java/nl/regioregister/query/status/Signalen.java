package nl.regioregister.query.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is late against the target dates of the Kamerbrief of 20 December 2024 and the Toelichting procesmiddelen
 * (22 January 2025), and what does not add up in the order decisions took effect. Targets, never enforced: a late
 * decision is recorded and shown as late; a decision whose effective date lies before what it relies on is recorded
 * and shown with a signal.
 */
final class Signalen {

    static final LocalDate KASSIER_UITERLIJK = LocalDate.of(2025, 2, 1);
    /** "Rond de zomer 2025": the end of astronomical summer. */
    static final LocalDate PLAN_STREEFDATUM = LocalDate.of(2025, 9, 22);
    /** "Eind 2025". */
    static final LocalDate UITVOERINGSAGENDA_STREEFDATUM = LocalDate.of(2025, 12, 31);

    record Signaal(String soort, String omschrijving) {
    }

    private Signalen() {
    }

    /** The signals of a status on its own {@code peildatum}. */
    static List<Signaal> van(RegioStatus status, LocalDate vandaag) {
        List<Signaal> signalen = new ArrayList<>();
        RegioStatus.Houder rv = status.bestuur.get("RIJKSVERTEGENWOORDIGER");
        if (rv == null || rv.vacant) {
            signalen.add(new Signaal("GEEN_RIJKSVERTEGENWOORDIGER", "de regio heeft geen rijksvertegenwoordiger"
                    + aangekondigd(status, "RijksvertegenwoordigerBenoemd")));
        }
        uitgavenZonderDekking(status, signalen);
        toekenningZonderKassier(status, signalen);
        uitvoeringsagendaZonderVastgesteldPlan(status, signalen);
        vastgesteldVoorIndiening("plan", status.plan, signalen);
        status.uitvoeringsagendas.forEach((periode, agenda) ->
                vastgesteldVoorIndiening("uitvoeringsagenda " + periode, agenda, signalen));
        RegioStatus.Deelname npvr = status.programmas.get("NPVR");
        if (npvr == null || !npvr.loopt(vandaag)) {
            return signalen;
        }
        if (status.regiokassier == null && vandaag.isAfter(KASSIER_UITERLIJK)) {
            signalen.add(new Signaal("KASSIER_TE_LAAT", "geen regiokassier aangewezen; uiterlijk 1 februari 2025"));
        } else if (status.regiokassier != null && status.regiokassier.aangewezenOp != null
                && status.regiokassier.aangewezenOp.isAfter(KASSIER_UITERLIJK)) {
            signalen.add(new Signaal("KASSIER_TE_LAAT_AANGEWEZEN",
                    "regiokassier aangewezen op " + status.regiokassier.aangewezenOp + ", na 1 februari 2025"));
        }
        boolean planVastgesteld = status.plan != null && status.plan.vastgesteldeVersie != null;
        if (!planVastgesteld && vandaag.isAfter(PLAN_STREEFDATUM)) {
            signalen.add(new Signaal("PLAN_TE_LAAT", "plan voor de regio niet vastgesteld; streven rond de zomer 2025"));
        }
        boolean agendaVastgesteld = status.uitvoeringsagendas.values().stream()
                .anyMatch(a -> a.vastgesteldeVersie != null);
        if (!agendaVastgesteld && vandaag.isAfter(UITVOERINGSAGENDA_STREEFDATUM)) {
            signalen.add(new Signaal("UITVOERINGSAGENDA_TE_LAAT",
                    "uitvoeringsagenda niet vastgesteld; streven eind 2025"));
        }
        return signalen;
    }

    private static String aangekondigd(RegioStatus status, String besluit) {
        if (status.aangekondigd == null) {
            return "";
        }
        return status.aangekondigd.stream().filter(a -> a.besluit().equals(besluit)).findFirst()
                .map(a -> "; een benoeming gaat in op " + a.ingangsdatum()).orElse("");
    }

    /**
     * Spending or carrying over that took effect before the money it relies on (Toelichting procesmiddelen NPVR:
     * available = paid + BTW reclaimed + carried in - carried out - spent): the register records the decision as it
     * was taken, and a negative available amount on a date is never shown without this signal.
     */
    private static void uitgavenZonderDekking(RegioStatus status, List<Signaal> signalen) {
        for (Map.Entry<Integer, RegioStatus.Jaar> jaar : status.procesmiddelen.entrySet()) {
            BigDecimal beschikbaar = jaar.getValue().getBeschikbaar();
            if (beschikbaar.signum() < 0) {
                signalen.add(new Signaal("UITGAVEN_ZONDER_DEKKING", "in " + jaar.getKey() + " is "
                        + beschikbaar.negate().toPlainString() + " euro meer besteed of overgedragen dan op "
                        + status.peildatum + " uitbetaald, teruggevraagd en overgedragen was"));
            }
        }
    }

    /** "No grant without a kassier" (Toelichting procesmiddelen NPVR): a grant in effect before the designation. */
    private static void toekenningZonderKassier(RegioStatus status, List<Signaal> signalen) {
        boolean toegekend = status.procesmiddelen.values().stream().anyMatch(j -> j.toegekend.signum() > 0);
        if (toegekend && status.regiokassier == null) {
            signalen.add(new Signaal("TOEKENNING_ZONDER_KASSIER",
                    "procesmiddelen toegekend terwijl op " + status.peildatum
                            + " nog geen regiokassier was aangewezen"));
        }
    }

    /** An uitvoeringsagenda exists only on an adopted plan (Kamerbrief NPVR, bijlage 1): one in effect before it. */
    private static void uitvoeringsagendaZonderVastgesteldPlan(RegioStatus status, List<Signaal> signalen) {
        boolean planVastgesteld = status.plan != null && status.plan.vastgesteldeVersie != null;
        boolean agendaIngediend = status.uitvoeringsagendas.values().stream().anyMatch(a -> a.versie != null);
        if (agendaIngediend && !planVastgesteld) {
            signalen.add(new Signaal("UITVOERINGSAGENDA_ZONDER_VASTGESTELD_PLAN",
                    "een uitvoeringsagenda is ingediend terwijl op " + status.peildatum
                            + " nog geen plan voor de regio was vastgesteld"));
        }
    }

    /** An adoption that took effect before the adopted version was submitted: the adopted content is not yet known. */
    private static void vastgesteldVoorIndiening(String wat, RegioStatus.Agenda agenda, List<Signaal> signalen) {
        if (agenda == null || agenda.vastgesteldeVersie == null) {
            return;
        }
        if (agenda.inhoud == null || agenda.ingediendOp == null
                || (agenda.vastgesteldOp != null && agenda.vastgesteldOp.isBefore(agenda.ingediendOp))) {
            signalen.add(new Signaal("VASTGESTELD_VOOR_INDIENING", wat + " versie " + agenda.vastgesteldeVersie
                    + " is vastgesteld met ingang van " + agenda.vastgesteldOp
                    + ", voordat die versie was ingediend"));
        }
    }
}
