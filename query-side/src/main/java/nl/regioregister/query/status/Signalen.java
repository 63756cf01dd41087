package nl.regioregister.query.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The signals of a status on its own {@code peildatum} ({@code vandaag}): every target and every sum is judged on
     * the view's date, never on the wall clock, so the live view and time travel to the same date agree.
     */
    static List<Signaal> van(RegioStatus status, LocalDate vandaag) {
        List<Signaal> signalen = new ArrayList<>();
        procesmiddelen(status, signalen);
        uitbetalingZonderKassier(status, signalen);
        uitvoeringsagendaVastgesteldZonderVastgesteldPlan(status, signalen);
        vastgesteldVoorIndiening("plan", status.plan, signalen);
        status.uitvoeringsagendas.forEach((periode, agenda) ->
                vastgesteldVoorIndiening("uitvoeringsagenda " + periode, agenda, signalen));
        regioDeals(status, vandaag, signalen);
        RegioStatus.Deelname npvr = status.programmas.get("NPVR");
        if (npvr == null || !npvr.loopt(vandaag)) {
            // "net als alle andere regio's recht op een aanspreekpunt" (letter of 19 December 2025).
            if (status.aanspreekpunt == null) {
                signalen.add(new Signaal("GEEN_AANSPREEKPUNT", "de regio heeft geen aanspreekpunt bij het Rijk"));
            }
            return signalen;
        }
        inzetVanDepartementen(status, vandaag, signalen);
        // Only NPVR regions get a rijksvertegenwoordiger (Kamerbrief Elke Regio Telt, December 2024, section 2).
        RegioStatus.Houder rv = status.bestuur.get("RIJKSVERTEGENWOORDIGER");
        if (rv == null || rv.vacant) {
            signalen.add(new Signaal("GEEN_RIJKSVERTEGENWOORDIGER", "de regio heeft geen rijksvertegenwoordiger"
                    + aangekondigd(status, "RijksvertegenwoordigerBenoemd")));
        }
        bestuurlijkOverleg(status, vandaag, signalen);
        status.uitvoeringsagendas.values().stream()
                .filter(a -> a.periode != null && aantalJaren(a.periode) != 4)
                .forEach(a -> signalen.add(new Signaal("UITVOERINGSAGENDA_NIET_VIER_JAAR",
                        "de uitvoeringsagenda " + a.periode + " beslaat " + aantalJaren(a.periode)
                                + " jaar; de Kamerbrief spreekt van de komende vier jaar")));
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

    /**
     * Several Regio Deals at once are recorded (no source limits a region to one; the Achterhoek prepares a new deal
     * while its 5th tranche runs, AB 29 January 2025) and shown, so that the dashboard sees the region's deals side by
     * side.
     */
    private static void regioDeals(RegioStatus status, LocalDate vandaag, List<Signaal> signalen) {
        RegioStatus.Deelname regioDeal = status.programmas.get("REGIO_DEAL");
        if (regioDeal == null) {
            return;
        }
        List<RegioStatus.Deelname> lopend = regioDeal.lopendOp(vandaag);
        if (lopend.size() > 1) {
            signalen.add(new Signaal("MEERDERE_REGIO_DEALS", "de regio neemt deel aan " + lopend.size()
                    + " Regio Deals tegelijk: " + String.join("; ", lopend.stream()
                    .map(d -> (d.omschrijving == null ? "Regio Deal" : d.omschrijving) + " sinds " + d.sinds)
                    .toList())));
        }
    }

    /**
     * Procesmiddelen are recorded as reported, never capped; what does not add up on the view's date is shown
     * (Toelichting procesmiddelen NPVR, 22 januari 2025: free to spend, no formal accountability; available = paid +
     * BTW reclaimed + carried in - carried out - spent). A negative available amount is never shown without
     * {@code MEER_BESTEED_DAN_BESCHIKBAAR}, whether the money was pre-financed or a spend took effect before the
     * payment it relies on.
     */
    private static void procesmiddelen(RegioStatus status, List<Signaal> signalen) {
        status.procesmiddelen.forEach((jaar, stand) -> {
            if (stand.getBeschikbaar().signum() < 0) {
                signalen.add(new Signaal("MEER_BESTEED_DAN_BESCHIKBAAR", "in " + jaar + " is "
                        + stand.getBeschikbaar().negate().toPlainString() + " euro meer besteed of overgedragen dan op "
                        + status.peildatum + " uitbetaald, teruggevraagd en overgedragen was (voorfinanciering, een "
                        + "nog niet vastgelegde uitkering of een besteding met een eerdere ingangsdatum)"));
            }
            if (stand.btwTeruggevraagd.compareTo(stand.btwGestort) > 0) {
                signalen.add(new Signaal("BTW_TERUGGAVE_BOVEN_GESTORT", "in " + jaar + " is "
                        + stand.btwTeruggevraagd + " euro btw teruggekregen, meer dan de " + stand.btwGestort
                        + " euro die in het btw-compensatiefonds is gestort"));
            }
        });
    }

    /**
     * "In 2025 zullen deze ministeries … gaan onderzoeken welke inzet zij gaan plegen" (Kamerbrief Elke Regio Telt,
     * December 2024): from 2026 on, each of the ten departments without an inspanningsverplichting in force for the
     * region is named.
     */
    private static void inzetVanDepartementen(RegioStatus status, LocalDate vandaag, List<Signaal> signalen) {
        if (vandaag.getYear() <= 2025) {
            return;
        }
        java.util.Set<String> metInzet = new java.util.HashSet<>();
        status.inspanningsverplichtingen.stream()
                .filter(v -> v.get("ingetrokkenOp") == null && v.get("departement") != null)
                .forEach(v -> metInzet.add(v.get("departement").toString()));
        List<String> zonder = java.util.Arrays.stream(nl.regioregister.events.Departement.values())
                .filter(nl.regioregister.events.Departement::npvrDepartement)
                .map(Enum::name)
                .filter(d -> !metInzet.contains(d))
                .toList();
        if (!zonder.isEmpty()) {
            signalen.add(new Signaal("INZET_DEPARTEMENTEN_NIET_UITGEWERKT", "zonder inspanningsverplichting voor de "
                    + "regio: " + String.join(", ", zonder) + "; de departementen werken hun inzet in 2025 uit"));
        }
    }

    /**
     * "Minimaal 2x per jaar: Bestuurlijk overleg Rijk-regio" (Procesvoorstel NPVR, AB Achterhoek 5 maart 2025,
     * onderdeel F): every completed year since the NPVR started with fewer than two is signalled.
     */
    private static void bestuurlijkOverleg(RegioStatus status, LocalDate vandaag, List<Signaal> signalen) {
        for (int jaar = 2025; jaar < vandaag.getYear(); jaar++) {
            int ditJaar = jaar;
            long aantal = status.overleggen.stream()
                    .filter(o -> "BESTUURLIJK_OVERLEG_RIJK_REGIO".equals(o.get("soort")))
                    .filter(o -> o.get("datum") != null && LocalDate.parse(o.get("datum").toString()).getYear() == ditJaar)
                    .count();
            if (aantal < 2) {
                signalen.add(new Signaal("BESTUURLIJK_OVERLEG_MINDER_DAN_TWEE", "in " + jaar + " " + aantal
                        + " bestuurlijk overleg Rijk-regio; afgesproken is minimaal 2x per jaar"));
            }
        }
    }

    private static int aantalJaren(String periode) {
        String[] jaren = periode.split("-");
        try {
            return Integer.parseInt(jaren[1]) - Integer.parseInt(jaren[0]) + 1;
        } catch (RuntimeException onleesbaar) {
            return 4;
        }
    }

    private static String aangekondigd(RegioStatus status, String besluit) {
        if (status.aangekondigd == null) {
            return "";
        }
        return status.aangekondigd.stream().filter(a -> a.besluit().equals(besluit)).findFirst()
                .map(a -> "; een benoeming gaat in op " + a.ingangsdatum()).orElse("");
    }

    /**
     * "Om de procesmiddelen te kunnen uitkeren" a regiokassier is needed (Toelichting procesmiddelen NPVR): a grant
     * before the designation is recorded and legitimate (the Achterhoek's grant of 22 January before its kassier of
     * 1 February), a payment in effect on the view's date while no kassier is designated is signalled.
     */
    private static void uitbetalingZonderKassier(RegioStatus status, List<Signaal> signalen) {
        boolean uitbetaald = status.procesmiddelen.values().stream().anyMatch(j -> j.uitbetaald.signum() > 0);
        if (uitbetaald && status.regiokassier == null) {
            signalen.add(new Signaal("UITBETALING_ZONDER_KASSIER",
                    "procesmiddelen uitbetaald terwijl op " + status.peildatum
                            + " nog geen regiokassier was aangewezen"));
        }
    }

    /**
     * An uitvoeringsagenda is adopted "op basis van" an adopted plan (Kamerbrief NPVR, bijlage 1). Submitting one
     * before the plan is adopted is recorded without a signal (acceleration, the Achterhoek's one adaptive agenda);
     * the command side refuses adopting one before the plan, so this signal shows an adoption whose ingangsdatum lies
     * before the plan's adoption took effect.
     */
    private static void uitvoeringsagendaVastgesteldZonderVastgesteldPlan(RegioStatus status, List<Signaal> signalen) {
        boolean planVastgesteld = status.plan != null && status.plan.vastgesteldeVersie != null;
        status.uitvoeringsagendas.forEach((periode, agenda) -> {
            if (agenda.vastgesteldeVersie != null && !planVastgesteld) {
                signalen.add(new Signaal("UITVOERINGSAGENDA_ZONDER_VASTGESTELD_PLAN",
                        "de uitvoeringsagenda " + periode + " is vastgesteld terwijl op " + status.peildatum
                                + " nog geen plan voor de regio was vastgesteld"));
            }
        });
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
