package nl.regioregister.query.status;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.regioregister.events.correctie.BesluitHerroepen;
import nl.regioregister.events.procesmiddelen.BestedingGeregistreerd;
import nl.regioregister.events.procesmiddelen.BtwTeruggaveGeregistreerd;
import nl.regioregister.events.procesmiddelen.FinancieringsperiodeVerlengd;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenOvergedragen;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToegekend;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToekenningGewijzigd;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenUitbetaald;
import nl.regioregister.events.procesmiddelen.RegiokassierAangewezen;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import nl.regioregister.query.platform.Besluit;

/**
 * The one fold from a region's events to its {@link RegioStatus}. Pure: no database, no clock; the live projection,
 * time travel and rebuilds all call it, in order of taking effect ({@link #IN_WERKING}): a decision counts from its
 * ingangsdatum, however early or late it was recorded, and one that takes effect after the status's date is announced,
 * not applied.
 */
public final class RegioStatusBerekening {

    /** One recorded decision of the region, as the fold reads it: the event, its accountability, its own position. */
    public record Besluitgebeurtenis(Object inhoud, Besluit besluit, long positie) {
        public LocalDate ingangsdatum() {
            return besluit.ingangsdatum();
        }
    }

    /** The order in which decisions take effect: by ingangsdatum, and on one day in the order they were recorded. */
    public static final Comparator<Besluitgebeurtenis> IN_WERKING = Comparator
            .comparing(Besluitgebeurtenis::ingangsdatum).thenComparingLong(Besluitgebeurtenis::positie);

    @FunctionalInterface
    interface Stap<E> {
        void pas(RegioStatus status, E gebeurtenis, Besluit besluit);
    }

    private final Map<Class<?>, Stap<Object>> stappen = new HashMap<>();

    public RegioStatusBerekening() {
        wanneer(RegioGeregistreerd.class, (s, e, b) -> {
            s.regioId = e.regioId();
            s.naam = e.naam();
            s.soort = e.soort().name();
            s.provincies = List.copyOf(e.provincies());
            s.gemeenten = List.copyOf(e.gemeenten());
        });
        wanneer(RijksvertegenwoordigerBenoemd.class, (s, e, b) ->
                benoem(s, "RIJKSVERTEGENWOORDIGER", e.persoonId(), e.departement().name(), b.ingangsdatum()));
        procesmiddelen();
        AgendaInDeStatus.registreer(this);
        RegioInDeStatus.registreer(this);
    }

    /** Procesmiddelen per year (Toelichting procesmiddelen NPVR, 22 januari 2025). */
    private void procesmiddelen() {
        wanneer(RegiokassierAangewezen.class, (s, e, b) -> {
            RegioStatus.Kassier kassier = new RegioStatus.Kassier();
            kassier.soort = e.soort().name();
            kassier.naam = e.naam();
            kassier.beheer = e.beheervorm().name();
            kassier.samenwerkingsverband = e.samenwerkingsverband();
            kassier.aangewezenOp = b.ingangsdatum();
            s.regiokassier = kassier;
        });
        wanneer(FinancieringsperiodeVerlengd.class, (s, e, b) -> s.financieringTotEnMet = e.laatsteJaar());
        wanneer(ProcesmiddelenToegekend.class, (s, e, b) -> {
            RegioStatus.Jaar jaar = jaar(s, e.jaar());
            jaar.toegekend = jaar.toegekend.add(e.bedrag());
            jaar.btwSchatting = jaar.btwSchatting.add(e.geschatteCompensabeleBtw());
        });
        wanneer(ProcesmiddelenToekenningGewijzigd.class, (s, e, b) -> {
            RegioStatus.Jaar jaar = jaar(s, e.jaar());
            jaar.toegekend = e.bedrag();
            jaar.btwSchatting = e.geschatteCompensabeleBtw();
        });
        wanneer(ProcesmiddelenUitbetaald.class, (s, e, b) -> {
            RegioStatus.Jaar jaar = jaar(s, e.jaar());
            jaar.uitbetaald = jaar.uitbetaald.add(e.uitgekeerd());
            jaar.btwGestort = jaar.btwGestort.add(e.gestortInBtwCompensatiefonds());
            jaar.fonds = e.fonds().name();
        });
        wanneer(BtwTeruggaveGeregistreerd.class, (s, e, b) -> {
            RegioStatus.Jaar jaar = jaar(s, e.jaar());
            jaar.btwTeruggevraagd = jaar.btwTeruggevraagd.add(e.bedrag());
        });
        wanneer(ProcesmiddelenOvergedragen.class, (s, e, b) -> {
            RegioStatus.Jaar van = jaar(s, e.vanJaar());
            van.overgedragenNaarLater = van.overgedragenNaarLater.add(e.bedrag());
            RegioStatus.Jaar naar = jaar(s, e.naarJaar());
            naar.overgedragenNaarDitJaar = naar.overgedragenNaarDitJaar.add(e.bedrag());
        });
        wanneer(BestedingGeregistreerd.class, (s, e, b) -> {
            RegioStatus.Jaar jaar = jaar(s, e.jaar());
            jaar.besteed = jaar.besteed.add(e.bedrag());
            jaar.besteedPerCategorie.merge(e.categorie().name(), e.bedrag(), java.math.BigDecimal::add);
        });
    }

    private static RegioStatus.Jaar jaar(RegioStatus s, int jaar) {
        return s.procesmiddelen.computeIfAbsent(jaar, j -> new RegioStatus.Jaar());
    }

    @SuppressWarnings("unchecked")
    <E> void wanneer(Class<E> soort, Stap<E> stap) {
        stappen.put(soort, (Stap<Object>) stap);
    }

    /** Whether this fold reads events of the given type. */
    public boolean kent(Class<?> soort) {
        return stappen.containsKey(soort);
    }

    /**
     * The status in effect on the date: every given decision that took effect on or before it, in order of taking
     * effect, and the later ones announced. Live view, time travel and rebuild agree because all are this function.
     */
    public RegioStatus opDatum(Collection<Besluitgebeurtenis> bekend, LocalDate datum) {
        List<Besluitgebeurtenis> gebeurtenissen = zonderHerroepen(bekend);
        List<Besluitgebeurtenis> geldend = gebeurtenissen.stream().filter(g -> !g.ingangsdatum().isAfter(datum))
                .toList();
        RegioStatus status = tot(new RegioStatus(), geldend, datum);
        kondigAan(status, gebeurtenissen.stream().filter(g -> g.ingangsdatum().isAfter(datum)).toList());
        return status;
    }

    /**
     * Moves a status on to a later date: {@code erbij} are exactly the decisions that take effect after the status's
     * {@code peildatum} and on or before the date. As they all come after what is folded, this equals folding from
     * the start.
     */
    public RegioStatus tot(RegioStatus status, Collection<Besluitgebeurtenis> erbij, LocalDate datum) {
        zonderHerroepen(erbij).stream().sorted(IN_WERKING).forEach(g -> pas(status, g.inhoud(), g.besluit(), g.positie()));
        status.peildatum = datum;
        return status;
    }

    /** The position of the decision a revocation revokes; empty for every other event. */
    public static Optional<Long> herroept(Object gebeurtenis) {
        return gebeurtenis instanceof BesluitHerroepen herroeping ? Optional.of(herroeping.positie())
                : Optional.empty();
    }

    /**
     * The decisions without those that a revocation among them revokes. A revocation corrects the record: once it is
     * known, the revoked decision no longer counts on any date, whatever the revocation's own ingangsdatum; the
     * revocation itself is folded in order of taking effect like every decision (it lists the revoked one).
     */
    public static List<Besluitgebeurtenis> zonderHerroepen(Collection<Besluitgebeurtenis> gebeurtenissen) {
        Set<Long> herroepen = gebeurtenissen.stream().map(g -> herroept(g.inhoud())).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        return gebeurtenissen.stream().filter(g -> !herroepen.contains(g.positie())).toList();
    }

    /** Names the decisions that are recorded but take effect later, with their date, in order of taking effect. */
    public void kondigAan(RegioStatus status, Collection<Besluitgebeurtenis> later) {
        status.aangekondigd = later.stream().sorted(IN_WERKING)
                .map(g -> new RegioStatus.Aangekondigd(g.inhoud().getClass().getSimpleName(), g.ingangsdatum(),
                        g.positie(), g.inhoud()))
                .toList();
        later.forEach(g -> status.positie = Math.max(status.positie, g.positie()));
    }

    /** Folds one event at the given position into the status. */
    public void pas(RegioStatus status, Object gebeurtenis, Besluit besluit, long positie) {
        Stap<Object> stap = stappen.get(gebeurtenis.getClass());
        if (stap != null) {
            stap.pas(status, gebeurtenis, besluit);
        }
        status.positie = Math.max(status.positie, positie);
    }

    /**
     * An appointment replaces the role's holder; the previous holder's term ends when the new one starts. Only the
     * person reference is kept: name and function are personal data, joined in when the status is read.
     */
    static void benoem(RegioStatus s, String rol, String persoonId, String organisatie, LocalDate sinds) {
        beeindig(s, rol, sinds);
        RegioStatus.Houder houder = new RegioStatus.Houder();
        houder.persoonId = persoonId;
        houder.organisatie = organisatie;
        houder.sinds = sinds;
        s.bestuur.put(rol, houder);
        RegioStatus.Benoeming benoeming = new RegioStatus.Benoeming();
        benoeming.rol = rol;
        benoeming.persoonId = persoonId;
        benoeming.organisatie = organisatie;
        benoeming.sinds = sinds;
        s.benoemingshistorie.add(benoeming);
    }

    /** Ending an appointment leaves the role vacant; the history keeps the term. */
    static void beeindig(RegioStatus s, String rol, LocalDate tot) {
        s.benoemingshistorie.stream()
                .filter(b -> b.rol.equals(rol) && b.tot == null)
                .forEach(b -> b.tot = tot);
        RegioStatus.Houder huidig = s.bestuur.get(rol);
        if (huidig != null && !huidig.vacant) {
            RegioStatus.Houder vacature = new RegioStatus.Houder();
            vacature.vacant = true;
            vacature.sinds = tot;
            s.bestuur.put(rol, vacature);
        }
    }
}
