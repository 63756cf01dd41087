package nl.regioregister.query.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.regioregister.events.agenda.AkkoordRegioOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpPlanGegeven;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.PlanIngediend;
import nl.regioregister.query.platform.Besluit;
import org.junit.jupiter.api.Test;

/** The status names who gave each akkoord: the deciding body and on whose behalf, or else who recorded it. */
class WieAkkoordGafTest {

    private final RegioStatusBerekening berekening = new RegioStatusBerekening();

    @Test
    void het_akkoord_van_de_regio_noemt_het_algemeen_bestuur_en_dat_van_het_rijk_wie_het_vastlegde() {
        RegioStatus status = new RegioStatus();
        Instant nu = Instant.parse("2025-09-10T09:00:00Z");
        berekening.pas(status, new PlanIngediend("achterhoek", 1, Map.of(), 2050, Map.of(),
                new Documentverwijzing("Adaptieve Agenda Achterhoek", "a".repeat(64))),
                new Besluit("achterhoek", "REGIO", "achterhoek", nu, LocalDate.of(2025, 9, 1), "m", "b"), 1);
        berekening.pas(status, new AkkoordRegioOpPlanGegeven("achterhoek", 1),
                new Besluit("achterhoek", "REGIO", "achterhoek", nu, LocalDate.of(2025, 9, 10), "m",
                        "AB 10 september 2025", "ALGEMEEN_BESTUUR", "AB Regio Achterhoek", null), 2);
        berekening.pas(status, new AkkoordRijkOpPlanGegeven("achterhoek", 1),
                new Besluit("bzk", "BZK", "BZK", nu, LocalDate.of(2025, 9, 12), "m", "b"), 3);

        assertThat(status.plan.akkoordRegioDoor).isEqualTo("AB Regio Achterhoek");
        assertThat(status.plan.akkoordRijkDoor).isEqualTo("bzk");
    }
}
