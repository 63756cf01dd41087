package nl.regioregister.query.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import nl.regioregister.query.platform.Besluit;

/**
 * The one fold from a region's events to its {@link RegioStatus}. Pure: no database, no clock; the live projection,
 * time travel and rebuilds all call it, in event order.
 */
public final class RegioStatusBerekening {

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
                benoem(s, "RIJKSVERTEGENWOORDIGER", e.naam(), e.functie(), e.departement().name(), b.ingangsdatum()));
    }

    @SuppressWarnings("unchecked")
    <E> void wanneer(Class<E> soort, Stap<E> stap) {
        stappen.put(soort, (Stap<Object>) stap);
    }

    /** Whether this fold reads events of the given type. */
    public boolean kent(Class<?> soort) {
        return stappen.containsKey(soort);
    }

    /** Folds one event at the given position into the status. */
    public void pas(RegioStatus status, Object gebeurtenis, Besluit besluit, long positie) {
        Stap<Object> stap = stappen.get(gebeurtenis.getClass());
        if (stap != null) {
            stap.pas(status, gebeurtenis, besluit);
        }
        status.positie = Math.max(status.positie, positie);
    }

    /** An appointment replaces the role's holder; the previous holder's term ends when the new one starts. */
    static void benoem(RegioStatus s, String rol, String naam, String functie, String organisatie, LocalDate sinds) {
        beeindig(s, rol, sinds);
        RegioStatus.Houder houder = new RegioStatus.Houder();
        houder.naam = naam;
        houder.functie = functie;
        houder.organisatie = organisatie;
        houder.sinds = sinds;
        s.bestuur.put(rol, houder);
        RegioStatus.Benoeming benoeming = new RegioStatus.Benoeming();
        benoeming.rol = rol;
        benoeming.naam = naam;
        benoeming.functie = functie;
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
