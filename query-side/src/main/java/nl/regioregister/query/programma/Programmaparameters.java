package nl.regioregister.query.programma;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.regioregister.events.Departement;
import nl.regioregister.events.programma.ProgrammaGestart;
import nl.regioregister.events.programma.ProgrammaOpgegaan;
import nl.regioregister.events.programma.ProgrammaparametersGewijzigd;
import nl.regioregister.events.regio.Programma;

/**
 * The parameters of a programme in effect on one date ({@code geldendOp}): its start decision and every later change
 * that took effect on or before that date, in order of taking effect. A parameter that no decision in effect named is
 * null: the views then signal nothing against it.
 */
public record Programmaparameters(
        Programma programma,
        LocalDate geldendOp,
        int eersteJaar,
        int laatsteJaar,
        BigDecimal procesmiddelenPerJaar,
        Integer procesmiddelenTotEnMetJaar,
        LocalDate kassierUiterlijk,
        LocalDate planStreefdatum,
        LocalDate uitvoeringsagendaStreefdatum,
        List<Departement> departementen,
        List<String> opgegaanProgrammas) {

    /** The parameters in effect on the date, without revoked decisions; null when the programme had not started. */
    public static Programmaparameters geldendOp(List<Programmabesluit> besluiten, LocalDate datum) {
        List<Programmabesluit> geldend = new ArrayList<>(besluiten.stream()
                .filter(b -> b.herroepenOp() == null)
                .filter(b -> b.besluit().ingangsdatum() != null && !b.besluit().ingangsdatum().isAfter(datum))
                .toList());
        geldend.sort(Comparator.comparing((Programmabesluit b) -> b.besluit().ingangsdatum())
                .thenComparingLong(Programmabesluit::volgnummer));
        Programmaparameters stand = null;
        for (Programmabesluit besluit : geldend) {
            stand = pas(stand, besluit.gebeurtenis(), datum);
        }
        return stand;
    }

    private static Programmaparameters pas(Programmaparameters stand, Object gebeurtenis, LocalDate datum) {
        if (gebeurtenis instanceof ProgrammaGestart g) {
            return new Programmaparameters(g.programma(), datum, g.eersteJaar(), g.laatsteJaar(),
                    g.procesmiddelenPerJaar(), g.procesmiddelenTotEnMetJaar(), g.kassierUiterlijk(),
                    g.planStreefdatum(), g.uitvoeringsagendaStreefdatum(), List.copyOf(g.departementen()),
                    stand == null ? List.of() : stand.opgegaanProgrammas());
        }
        if (stand == null) {
            return null;
        }
        if (gebeurtenis instanceof ProgrammaparametersGewijzigd w) {
            return new Programmaparameters(stand.programma(), datum, stand.eersteJaar(),
                    of(w.laatsteJaar(), stand.laatsteJaar()),
                    of(w.procesmiddelenPerJaar(), stand.procesmiddelenPerJaar()),
                    of(w.procesmiddelenTotEnMetJaar(), stand.procesmiddelenTotEnMetJaar()),
                    of(w.kassierUiterlijk(), stand.kassierUiterlijk()),
                    of(w.planStreefdatum(), stand.planStreefdatum()),
                    of(w.uitvoeringsagendaStreefdatum(), stand.uitvoeringsagendaStreefdatum()),
                    w.departementen() == null ? stand.departementen() : List.copyOf(w.departementen()),
                    stand.opgegaanProgrammas());
        }
        if (gebeurtenis instanceof ProgrammaOpgegaan o) {
            List<String> opgegaan = new ArrayList<>(stand.opgegaanProgrammas());
            opgegaan.add(o.opgegaanProgramma());
            return new Programmaparameters(stand.programma(), datum, stand.eersteJaar(), stand.laatsteJaar(),
                    stand.procesmiddelenPerJaar(), stand.procesmiddelenTotEnMetJaar(), stand.kassierUiterlijk(),
                    stand.planStreefdatum(), stand.uitvoeringsagendaStreefdatum(), stand.departementen(),
                    List.copyOf(opgegaan));
        }
        return stand;
    }

    private static <T> T of(T nieuw, T oud) {
        return nieuw != null ? nieuw : oud;
    }
}
