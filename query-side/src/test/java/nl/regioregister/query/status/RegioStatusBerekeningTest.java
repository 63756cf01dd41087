package nl.regioregister.query.status;

import static nl.regioregister.query.programma.Programmafeiten.npvrOp;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioSoort;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import nl.regioregister.query.platform.Besluit;
import org.junit.jupiter.api.Test;

class RegioStatusBerekeningTest {

    private final RegioStatusBerekening berekening = new RegioStatusBerekening();

    private static Besluit ingaand(String datum) {
        return new Besluit("bzk", "BZK", "BZK", Instant.parse("2025-03-10T09:00:00Z"), LocalDate.parse(datum),
                "motivering", "bron");
    }

    @Test
    void een_nieuwe_rijksvertegenwoordiger_vervangt_de_vorige_en_de_historie_houdt_beide_termijnen() {
        RegioStatus status = new RegioStatus();
        berekening.pas(status, new RegioGeregistreerd("achterhoek", "Achterhoek",
                RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN, List.of("Gelderland"), List.of()), ingaand("2024-12-20"), 1);
        berekening.pas(status, new RijksvertegenwoordigerBenoemd("achterhoek", "J. de Vries", Departement.IENW),
                ingaand("2025-03-05"), 2);
        berekening.pas(status, new RijksvertegenwoordigerBenoemd("achterhoek", "A. Jansen", Departement.VRO),
                ingaand("2025-06-01"), 3);

        assertThat(status.bestuur.get("RIJKSVERTEGENWOORDIGER").persoonId).isEqualTo("A. Jansen");
        assertThat(status.bestuur.get("RIJKSVERTEGENWOORDIGER").sinds).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(status.benoemingshistorie).extracting(b -> b.persoonId + " " + b.sinds + " tot " + b.tot)
                .containsExactly("J. de Vries 2025-03-05 tot 2025-06-01", "A. Jansen 2025-06-01 tot null");
        assertThat(status.positie).isEqualTo(3);
    }

    @Test
    void een_npvr_regio_zonder_rijksvertegenwoordiger_krijgt_daarvan_een_signaal() {
        RegioStatus status = new RegioStatus();
        berekening.pas(status, new RegioGeregistreerd("twente", "Twente",
                RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN, List.of("Overijssel"), List.of()), ingaand("2024-12-20"), 1);
        berekening.pas(status, new nl.regioregister.events.regio.OpgenomenInProgramma("twente",
                nl.regioregister.events.regio.Programma.NPVR, LocalDate.of(2024, 12, 20), null, null), ingaand("2024-12-20"), 2);

        assertThat(Signalen.van(status, LocalDate.of(2024, 12, 21), npvrOp(LocalDate.of(2024, 12, 21))))
                .extracting(Signalen.Signaal::soort)
                .containsExactly("GEEN_RIJKSVERTEGENWOORDIGER");
    }
}
