package nl.regioregister.query.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.procesmiddelen.Beheervorm;
import nl.regioregister.events.procesmiddelen.BestedingGeregistreerd;
import nl.regioregister.events.procesmiddelen.Bestedingscategorie;
import nl.regioregister.events.procesmiddelen.BtwTeruggaveGeregistreerd;
import nl.regioregister.events.procesmiddelen.Kassiersoort;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenOvergedragen;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenToegekend;
import nl.regioregister.events.procesmiddelen.ProcesmiddelenUitbetaald;
import nl.regioregister.events.procesmiddelen.RegiokassierAangewezen;
import nl.regioregister.events.procesmiddelen.Uitkeringsfonds;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioSoort;
import nl.regioregister.query.platform.Besluit;
import org.junit.jupiter.api.Test;

class ProcesmiddelenInDeStatusTest {

    private final RegioStatusBerekening berekening = new RegioStatusBerekening();
    private final RegioStatus achterhoek = new RegioStatus();
    private long positie;

    private void gebeurd(Object gebeurtenis, String ingangsdatum) {
        berekening.pas(achterhoek, gebeurtenis, new Besluit("x", "BZK", "BZK", Instant.parse("2025-03-10T09:00:00Z"),
                LocalDate.parse(ingangsdatum), "m", "b"), ++positie);
    }

    private static BigDecimal euro(String bedrag) {
        return new BigDecimal(bedrag);
    }

    @Test
    void beschikbaar_is_uitbetaald_plus_teruggevraagde_btw_plus_overgedragen_min_besteed_tot_op_de_cent() {
        gebeurd(new RegioGeregistreerd("achterhoek", "Achterhoek", RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN,
                List.of("Gelderland"), List.of()), "2024-12-20");
        gebeurd(new RegiokassierAangewezen("achterhoek", Kassiersoort.GEMEENTE, "Gemeente Doetinchem",
                Beheervorm.DOORGEVEN_AAN_SAMENWERKINGSVERBAND, "Regio Achterhoek"), "2025-01-29");
        gebeurd(new ProcesmiddelenToegekend("achterhoek", 2025, euro("350000.00"), euro("8677.69"), null),
                "2025-03-01");
        gebeurd(new ProcesmiddelenUitbetaald("achterhoek", 2025, Uitkeringsfonds.GEMEENTEFONDS, "Gemeente Doetinchem",
                euro("341322.31"), euro("8677.69")), "2025-06-01");
        gebeurd(new BtwTeruggaveGeregistreerd("achterhoek", 2025, euro("4000.00")), "2025-11-01");
        gebeurd(new BestedingGeregistreerd("achterhoek", 2025, Bestedingscategorie.PERSONEEL, euro("250000.10"),
                "programmamanager"), "2025-12-01");
        gebeurd(new ProcesmiddelenOvergedragen("achterhoek", 2025, 2026, euro("95322.21")), "2025-12-31");

        RegioStatus.Jaar jaar2025 = achterhoek.procesmiddelen.get(2025);
        assertThat(jaar2025.toegekend).isEqualByComparingTo("350000.00");
        assertThat(jaar2025.uitbetaald).isEqualByComparingTo("341322.31");
        assertThat(jaar2025.fonds).isEqualTo("GEMEENTEFONDS");
        assertThat(jaar2025.besteedPerCategorie).containsEntry("PERSONEEL", euro("250000.10"));
        assertThat(jaar2025.getBeschikbaar()).isEqualTo(euro("0.00"));
        assertThat(achterhoek.procesmiddelen.get(2026).getBeschikbaar()).isEqualTo(euro("95322.21"));
        assertThat(achterhoek.regiokassier.aangewezenOp).isEqualTo(LocalDate.of(2025, 1, 29));
    }
}
