package nl.regioregister.command.programma;

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
 * The parameters of a programme as they are in effect on one date: the start decision and every later change that
 * took effect on or before that date, in order of taking effect. A parameter no decision in effect named is null:
 * then there is no norm to hold a decision against.
 */
public record Programmastand(
        Programma programma,
        int eersteJaar,
        int laatsteJaar,
        BigDecimal procesmiddelenPerJaar,
        Integer procesmiddelenTotEnMetJaar,
        LocalDate kassierUiterlijk,
        LocalDate planStreefdatum,
        LocalDate uitvoeringsagendaStreefdatum,
        List<Departement> departementen,
        List<String> opgegaanProgrammas) {

    /** One recorded decision of the programme with the date it takes effect and its position in the store. */
    public record Besluit(Object gebeurtenis, LocalDate ingangsdatum, long volgnummer) {
    }

    /** The parameters in effect on the date; null when the programme had not started by then. */
    public static Programmastand geldendOp(List<Besluit> besluiten, LocalDate datum) {
        List<Besluit> geldend = new ArrayList<>(besluiten.stream()
                .filter(b -> datum == null || !b.ingangsdatum().isAfter(datum)).toList());
        geldend.sort(Comparator.comparing(Besluit::ingangsdatum).thenComparingLong(Besluit::volgnummer));
        Programmastand stand = null;
        for (Besluit besluit : geldend) {
            stand = pas(stand, besluit.gebeurtenis());
        }
        return stand;
    }

    static Programmastand pas(Programmastand stand, Object gebeurtenis) {
        if (gebeurtenis instanceof ProgrammaGestart g) {
            return new Programmastand(g.programma(), g.eersteJaar(), g.laatsteJaar(), g.procesmiddelenPerJaar(),
                    g.procesmiddelenTotEnMetJaar(), g.kassierUiterlijk(), g.planStreefdatum(),
                    g.uitvoeringsagendaStreefdatum(), List.copyOf(g.departementen()),
                    stand == null ? List.of() : stand.opgegaanProgrammas());
        }
        if (stand == null) {
            // a change or an absorption that takes effect before the start: counted from the start on
            return null;
        }
        if (gebeurtenis instanceof ProgrammaparametersGewijzigd w) {
            return new Programmastand(stand.programma(), stand.eersteJaar(), of(w.laatsteJaar(), stand.laatsteJaar()),
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
            return new Programmastand(stand.programma(), stand.eersteJaar(), stand.laatsteJaar(),
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
