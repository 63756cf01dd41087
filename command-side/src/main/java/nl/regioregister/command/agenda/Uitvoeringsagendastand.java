package nl.regioregister.command.agenda;

import java.util.Objects;
import java.util.Set;
import nl.regioregister.events.agenda.Periode;

/**
 * What the {@link LangjarigeAgenda} remembers of the uitvoeringsagenda of one period: its cycle, the activities of
 * the submitted and of the adopted version, whether it was evaluated, and which evaluated period it recalibrates.
 * Changed only from the aggregate's event sourcing handlers.
 */
final class Uitvoeringsagendastand {

    private final Periode periode;
    private final Versiecyclus cyclus;
    private Periode herijkingVan;
    private Set<String> ingediendeActiviteiten = Set.of();
    private Set<String> vastgesteldeActiviteiten = Set.of();
    private boolean geevalueerd;

    Uitvoeringsagendastand(Periode periode) {
        this.periode = periode;
        this.cyclus = new Versiecyclus("de uitvoeringsagenda " + periode);
    }

    Periode periode() {
        return periode;
    }

    Versiecyclus cyclus() {
        return cyclus;
    }

    Periode herijkingVan() {
        return herijkingVan;
    }

    boolean isGeevalueerd() {
        return geevalueerd;
    }

    /**
     * Whether the agenda occupies its period: it was adopted, or a version lies submitted. One withdrawn before it
     * was ever adopted leaves the period free.
     */
    boolean beslaatPeriode() {
        return cyclus.isVastgesteld() || cyclus.heeftLopendeVersie();
    }

    boolean heeftVastgesteldeActiviteit(String code) {
        return vastgesteldeActiviteiten.contains(code);
    }

    void ingediend(int versie, Periode herijkingVan, Set<String> activiteiten, String indiener) {
        cyclus.ingediend(versie, indiener);
        this.herijkingVan = herijkingVan;
        this.ingediendeActiviteiten = Set.copyOf(activiteiten);
    }

    void vastgesteld(int versie) {
        cyclus.vastgesteld(versie);
        vastgesteldeActiviteiten = ingediendeActiviteiten;
    }

    void geevalueerd() {
        geevalueerd = true;
    }

    /** By state, so that the state rebuilt from the events can be compared to the state that produced them. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Uitvoeringsagendastand andere
                && periode.equals(andere.periode)
                && cyclus.equals(andere.cyclus)
                && Objects.equals(herijkingVan, andere.herijkingVan)
                && ingediendeActiviteiten.equals(andere.ingediendeActiviteiten)
                && vastgesteldeActiviteiten.equals(andere.vastgesteldeActiviteiten)
                && geevalueerd == andere.geevalueerd;
    }

    @Override
    public int hashCode() {
        return Objects.hash(periode, cyclus, herijkingVan, ingediendeActiviteiten, vastgesteldeActiviteiten,
                geevalueerd);
    }
}
