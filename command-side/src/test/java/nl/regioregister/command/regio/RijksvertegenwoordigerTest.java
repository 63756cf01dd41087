package nl.regioregister.command.regio;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.command.persoon.Persoonsgegevens;
import nl.regioregister.command.persoon.PersoonsregisterInGeheugen;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioSoort;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RijksvertegenwoordigerTest {

    private static final RegioGeregistreerd ACHTERHOEK = new RegioGeregistreerd("achterhoek", "Achterhoek",
            RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN, List.of("Gelderland"), List.of());

    private AggregateTestFixture<Regio> fixture;
    private final PersoonsregisterInGeheugen register = new PersoonsregisterInGeheugen();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Regio.class);
        fixture.registerInjectableResource(register);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
    }

    @Test
    void het_rijk_benoemt_een_dg_van_een_departement_tot_rijksvertegenwoordiger() {
        fixture.given(ACHTERHOEK)
                .when(new BenoemRijksvertegenwoordiger("achterhoek", "J. de Vries", "DG Mobiliteit",
                        Departement.IENW), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RijksvertegenwoordigerBenoemd("achterhoek", "persoon-1", Departement.IENW));
        assertThat(register.gegevens("persoon-1")).contains(new Persoonsgegevens("J. de Vries", "DG Mobiliteit"));
    }

    @Test
    void een_nieuwe_benoeming_vervangt_de_vorige_en_beide_blijven_in_de_historie() {
        fixture.given(ACHTERHOEK, new RijksvertegenwoordigerBenoemd("achterhoek", "persoon-de-vries",
                        Departement.IENW))
                .when(new BenoemRijksvertegenwoordiger("achterhoek", "A. Jansen", "DG Volkshuisvesting",
                        Departement.VRO), doorBzk())
                .expectEvents(new RijksvertegenwoordigerBenoemd("achterhoek", "persoon-1", Departement.VRO));
        assertThat(register.gegevens("persoon-1")).contains(new Persoonsgegevens("A. Jansen", "DG Volkshuisvesting"));
    }

    @Test
    void een_benoeming_in_een_onbekende_regio_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new BenoemRijksvertegenwoordiger("atlantis", "J. de Vries", "DG", Departement.IENW), doorBzk())
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void een_benoeming_zonder_naam_en_departement_noemt_beide_fouten() {
        fixture.given(ACHTERHOEK)
                .when(new BenoemRijksvertegenwoordiger("achterhoek", " ", null, null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("naam: de rijksvertegenwoordiger heeft een naam; "
                        + "departement: de rijksvertegenwoordiger komt van een departement");
    }

    @Test
    void een_regio_kan_zelf_geen_rijksvertegenwoordiger_benoemen() {
        fixture.given(ACHTERHOEK)
                .when(new BenoemRijksvertegenwoordiger("achterhoek", "J. de Vries", "DG", Departement.IENW),
                        doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("BenoemRijksvertegenwoordiger is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void een_regio_wordt_eenmaal_geregistreerd() {
        fixture.given(ACHTERHOEK)
                .when(new RegistreerRegio("achterhoek", "Achterhoek", RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN,
                        List.of("Gelderland"), List.of()), doorBzk())
                .expectNoEvents()
                .expectException(RegioBestaatAl.class)
                .expectExceptionMessage("de regio achterhoek is al geregistreerd");
    }

    @Test
    void het_rijk_registreert_een_regio_met_haar_provincies() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerRegio("achterhoek", "Achterhoek ", RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN,
                        List.of("Gelderland"), null), doorBzk())
                .expectEvents(ACHTERHOEK);
    }
}
