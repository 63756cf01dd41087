package nl.regioregister.query.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regioregister.query.programma.Programmaparameters;

/**
 * What is late against the NPVR's target dates, and what does not add up in the order decisions took effect. The
 * target dates, the departments and the programme's first year are the NPVR's parameters as recorded decisions in
 * effect on the view's date ({@link Programmaparameters}; first the Kamerbrief of 20 December 2024 and the
 * Toelichting procesmiddelen of 22 January 2025), so a later decision that moves a target moves the signal from its
 * ingangsdatum on; a target no decision in effect named is signalled by nothing. Targets, never enforced: a late
 * decision is recorded and shown as late; a decision whose effective date lies before what it relies on is recorded
 * and shown with a signal.
 */
final class Signalen {

    record Signaal(String soort, String omschrijving) {
    }

    private Signalen() {
    }

    /**
     * The signals of a status on its own {@code peildatum} ({@code vandaag}): every target and every sum is judged on
     * the view's date, never on the wall clock, so the live view and time travel to the same date agree.
     */
    static List<Signaal> van(RegioStatus status, LocalDate vandaag, Programmaparameters npvrParameters) {
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
        // without a decision about the programme in effect on this date: no targets, departments or years to hold to
        if (npvrParameters != null) {
            inzetVanDepartementen(status, vandaag, npvrParameters, signalen);
        }
        rijksvertegenwoordiger(status, signalen);
        if (npvrParameters != null) {
            bestuurlijkOverleg(status, vandaag, npvrParameters.eersteJaar(), signalen);
        }
        status.uitvoeringsagendas.values().stream()
                .filter(a -> a.periode != null && aantalJaren(a.periode) != 4)
                .forEach(a -> signalen.add(new Signaal("UITVOERINGSAGENDA_NIET_VIER_JAAR",
                        "de uitvoeringsagenda " + a.periode + " beslaat " + aantalJaren(a.periode)
                                + " jaar; de Kamerbrief spreekt van de komende vier jaar")));
        if (npvrParameters == null) {
            return signalen;
        }
        LocalDate kassierUiterlijk = npvrParameters.kassierUiterlijk();
        if (kassierUiterlijk != null && status.regiokassier == null && vandaag.isAfter(kassierUiterlijk)) {
            signalen.add(new Signaal("KASSIER_TE_LAAT", "geen regiokassier aangewezen; uiterlijk "
                    + datum(kassierUiterlijk)));
        } else if (kassierUiterlijk != null && status.regiokassier != null && status.regiokassier.aangewezenOp != null
                && status.regiokassier.aangewezenOp.isAfter(kassierUiterlijk)) {
            signalen.add(new Signaal("KASSIER_TE_LAAT_AANGEWEZEN",
                    "regiokassier aangewezen op " + status.regiokassier.aangewezenOp + ", na "
                            + datum(kassierUiterlijk)));
        }
        LocalDate planStreefdatum = npvrParameters.planStreefdatum();
        boolean planVastgesteld = status.plan != null && status.plan.vastgesteldeVersie != null;
        if (planStreefdatum != null && !planVastgesteld && vandaag.isAfter(planStreefdatum)) {
            signalen.add(new Signaal("PLAN_TE_LAAT", "plan voor de regio niet vastgesteld; streefdatum "
                    + datum(planStreefdatum)));
        }
        LocalDate agendaStreefdatum = npvrParameters.uitvoeringsagendaStreefdatum();
        boolean agendaVastgesteld = status.uitvoeringsagendas.values().stream()
                .anyMatch(a -> a.vastgesteldeVersie != null);
        if (agendaStreefdatum != null && !agendaVastgesteld && vandaag.isAfter(agendaStreefdatum)) {
            signalen.add(new Signaal("UITVOERINGSAGENDA_TE_LAAT",
                    "uitvoeringsagenda niet vastgesteld; streefdatum " + datum(agendaStreefdatum)));
        }
        return signalen;
    }

    /** Only NPVR regions get a rijksvertegenwoordiger (Kamerbrief Elke Regio Telt, December 2024, section 2). */
    private static void rijksvertegenwoordiger(RegioStatus status, List<Signaal> signalen) {
        RegioStatus.Houder rv = status.bestuur.get("RIJKSVERTEGENWOORDIGER");
        if (rv == null || rv.vacant) {
            signalen.add(new Signaal("GEEN_RIJKSVERTEGENWOORDIGER", "de regio heeft geen rijksvertegenwoordiger"
                    + aangekondigd(status, "RijksvertegenwoordigerBenoemd")));
        }
    }

    private static final java.time.format.DateTimeFormatter DAG_MAAND_JAAR =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL"));

    /** A date as Dutch users write it: 1 februari 2025. */
    private static String datum(LocalDate datum) {
        return DAG_MAAND_JAAR.format(datum);
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
     * December 2024): after the programme's first year, each of the programme's departments in effect without an
     * inspanningsverplichting in force for the region is named.
     */
    private static void inzetVanDepartementen(RegioStatus status, LocalDate vandaag, Programmaparameters npvr,
                                              List<Signaal> signalen) {
        if (vandaag.getYear() <= npvr.eersteJaar()) {
            return;
        }
        java.util.Set<String> metInzet = new java.util.HashSet<>();
        status.inspanningsverplichtingen.stream()
                .filter(v -> v.get("ingetrokkenOp") == null && v.get("departement") != null)
                .forEach(v -> metInzet.add(v.get("departement").toString()));
        List<String> zonder = npvr.departementen().stream()
                .map(Enum::name)
                .filter(d -> !metInzet.contains(d))
                .toList();
        if (!zonder.isEmpty()) {
            signalen.add(new Signaal("INZET_DEPARTEMENTEN_NIET_UITGEWERKT", "zonder inspanningsverplichting voor de "
                    + "regio: " + String.join(", ", zonder) + "; de departementen werken hun inzet in "
                    + npvr.eersteJaar() + " uit"));
        }
    }

    /**
     * "Minimaal 2x per jaar: Bestuurlijk overleg Rijk-regio" (Procesvoorstel NPVR, AB Achterhoek 5 maart 2025,
     * onderdeel F): every completed year since the NPVR's first year with fewer than two is signalled.
     */
    private static void bestuurlijkOverleg(RegioStatus status, LocalDate vandaag, int eersteJaar,
                                           List<Signaal> signalen) {
        for (int jaar = eersteJaar; jaar < vandaag.getYear(); jaar++) {
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
