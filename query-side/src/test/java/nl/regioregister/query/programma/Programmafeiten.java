package nl.regioregister.query.programma;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.regioregister.events.Departement;
import nl.regioregister.events.programma.ProgrammaGestart;
import nl.regioregister.events.programma.ProgrammaOpgegaan;
import nl.regioregister.events.programma.ProgrammaparametersGewijzigd;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.query.platform.Besluit;

/** The NPVR's decisions as the command side records them at start-up, for tests of the views. */
public final class Programmafeiten {

    public static final ProgrammaGestart GESTART = new ProgrammaGestart(Programma.NPVR, 2025, 2044, null, null, null,
            LocalDate.of(2025, 9, 22), LocalDate.of(2025, 12, 31),
            List.of(Departement.BZK, Departement.VWS, Departement.OCW, Departement.SZW, Departement.JENV,
                    Departement.IENW, Departement.VRO, Departement.LVVN, Departement.EZ, Departement.KGG));
    public static final ProgrammaOpgegaan REGIOS_AAN_DE_GRENS = new ProgrammaOpgegaan(Programma.NPVR,
            "Regio's aan de Grens");
    public static final ProgrammaparametersGewijzigd PROCESMIDDELEN = new ProgrammaparametersGewijzigd(Programma.NPVR,
            null, new BigDecimal("350000.00"), 2027, LocalDate.of(2025, 2, 1), null, null, null);

    private Programmafeiten() {
    }

    /** The three decisions: the start and Regio's aan de Grens on 20 December 2024, procesmiddelen on 22 January. */
    public static List<Programmabesluit> npvr() {
        return new ArrayList<>(List.of(
                besluit(GESTART, LocalDate.of(2024, 12, 20), 0),
                besluit(REGIOS_AAN_DE_GRENS, LocalDate.of(2024, 12, 20), 1),
                besluit(PROCESMIDDELEN, LocalDate.of(2025, 1, 22), 2)));
    }

    /** The NPVR's parameters in effect on the date, as recorded at start-up. */
    public static Programmaparameters npvrOp(LocalDate datum) {
        return Programmaparameters.geldendOp(npvr(), datum);
    }

    public static Programmabesluit besluit(Object gebeurtenis, LocalDate ingangsdatum, long volgnummer) {
        return new Programmabesluit(gebeurtenis, new Besluit("regioregister", "BZK", "BZK",
                Instant.parse("2026-01-05T09:00:00Z"), ingangsdatum, "Kabinetsbesluit", "Kamerbrief"), volgnummer, null);
    }
}
