package nl.regioregister.command.programma;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.regioregister.events.programma.ProgrammaGestart;
import nl.regioregister.events.programma.ProgrammaOpgegaan;
import nl.regioregister.events.programma.ProgrammaparametersGewijzigd;
import nl.regioregister.events.regio.Programma;

/** The NPVR's decisions as the start-up records them, as events, and a {@link Programmas} over them for tests. */
public final class Programmafeiten {

    public static final ProgrammaGestart GESTART = new ProgrammaGestart(Programma.NPVR,
            NpvrProgramma.START.eersteJaar(), NpvrProgramma.START.laatsteJaar(), null, null, null,
            NpvrProgramma.START.planStreefdatum(), NpvrProgramma.START.uitvoeringsagendaStreefdatum(),
            NpvrProgramma.START.departementen());

    public static final ProgrammaOpgegaan REGIOS_AAN_DE_GRENS = new ProgrammaOpgegaan(Programma.NPVR,
            "Regio's aan de Grens");

    public static final ProgrammaparametersGewijzigd PROCESMIDDELEN = new ProgrammaparametersGewijzigd(Programma.NPVR,
            null, NpvrProgramma.PROCESMIDDELEN.procesmiddelenPerJaar(),
            NpvrProgramma.PROCESMIDDELEN.procesmiddelenTotEnMetJaar(),
            NpvrProgramma.PROCESMIDDELEN.kassierUiterlijk(), null, null, null);

    private Programmafeiten() {
    }

    /** The NPVR as recorded at start-up: started 20 December 2024, procesmiddelen from 22 January 2025. */
    public static Besluiten npvr() {
        return new Besluiten()
                .met(GESTART, LocalDate.of(2024, 12, 20))
                .met(REGIOS_AAN_DE_GRENS, LocalDate.of(2024, 12, 20))
                .met(PROCESMIDDELEN, LocalDate.of(2025, 1, 22));
    }

    /** No programme decision recorded at all. */
    public static Besluiten geen() {
        return new Besluiten();
    }

    /** Programme decisions in memory, folded as {@link ProgrammasUitEventStore} folds the stored ones. */
    public static final class Besluiten implements Programmas {

        private final List<Programmastand.Besluit> besluiten = new ArrayList<>();

        public Besluiten met(Object gebeurtenis, LocalDate ingangsdatum) {
            besluiten.add(new Programmastand.Besluit(gebeurtenis, ingangsdatum, besluiten.size()));
            return this;
        }

        @Override
        public Optional<Programmastand> geldendOp(Programma programma, LocalDate datum) {
            return programma == Programma.NPVR
                    ? Optional.ofNullable(Programmastand.geldendOp(besluiten, datum))
                    : Optional.empty();
        }
    }
}
