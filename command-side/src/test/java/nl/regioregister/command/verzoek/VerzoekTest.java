package nl.regioregister.command.verzoek;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;

import java.util.Set;
import nl.regioregister.command.besluit.BekendeRegios;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OnbekendeRegio;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.Departement;
import nl.regioregister.events.verzoek.VerzoekBeantwoord;
import nl.regioregister.events.verzoek.VerzoekIngediend;
import nl.regioregister.events.verzoek.Verzoeksoort;
import nl.regioregister.events.verzoek.Verzoekuitkomst;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VerzoekTest {

    private static final VerzoekIngediend BTW_VERZOEK = new VerzoekIngediend("achterhoek", "btw-procesmiddelen",
            Verzoeksoort.AFWIJKING, "300K van de 350K per jaar zonder btw-afdracht uitkeren",
            "Eigen personeel; geen compensabele btw", Departement.BZK);

    private AggregateTestFixture<Verzoek> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Verzoek.class);
        fixture.registerInjectableResource((BekendeRegios) Set.of("achterhoek", "twente")::contains);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
    }

    @Test
    void de_achterhoek_vraagt_300k_zonder_btw_afdracht_uit_te_keren() {
        fixture.givenNoPriorActivity()
                .when(new DienVerzoekIn("achterhoek", "btw-procesmiddelen", Verzoeksoort.AFWIJKING,
                        " 300K van de 350K per jaar zonder btw-afdracht uitkeren ",
                        "Eigen personeel; geen compensabele btw", Departement.BZK), doorRegio("achterhoek"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(BTW_VERZOEK);
    }

    @Test
    void het_rijk_kent_het_verzoek_toe() {
        fixture.given(BTW_VERZOEK)
                .when(new BeantwoordVerzoek("achterhoek", "btw-procesmiddelen", Verzoekuitkomst.TOEGEKEND,
                        "Alleen over 50K wordt btw ingehouden", null), doorBzk())
                .expectEvents(new VerzoekBeantwoord("achterhoek", "btw-procesmiddelen", Verzoekuitkomst.TOEGEKEND,
                        "Alleen over 50K wordt btw ingehouden", null));
    }

    @Test
    void een_doorverwezen_verzoek_noemt_het_departement_dat_het_oppakt() {
        fixture.given(BTW_VERZOEK)
                .when(new BeantwoordVerzoek("achterhoek", "btw-procesmiddelen", Verzoekuitkomst.DOORVERWEZEN,
                        "Naar het departement met de grootste raakvlakken", null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("doorverwezenNaar: het departement dat het verzoek oppakt");
    }

    @Test
    void een_verzoekid_wordt_eenmaal_gebruikt() {
        fixture.given(BTW_VERZOEK)
                .when(new DienVerzoekIn("achterhoek", "btw-procesmiddelen", Verzoeksoort.KNELPUNT, "Iets anders", null,
                        null), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(VerzoekBestaatAl.class)
                .expectExceptionMessage("de regio achterhoek heeft al een verzoek btw-procesmiddelen");
    }

    @Test
    void een_onvolledig_verzoek_noemt_elke_fout() {
        fixture.givenNoPriorActivity()
                .when(new DienVerzoekIn("achterhoek", "BTW verzoek", null, " ", null, null), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("verzoekId: kleine letters, cijfers en koppeltekens, bijvoorbeeld "
                        + "btw-procesmiddelen; soort: MAATWERK, AFWIJKING, KNELPUNT, FINANCIERING of OVERIG; "
                        + "onderwerp: waar het verzoek over gaat");
    }

    @Test
    void een_onbekende_regio_dient_geen_verzoek_in() {
        fixture.givenNoPriorActivity()
                .when(new DienVerzoekIn("atlantis", "knelpunt-1", Verzoeksoort.KNELPUNT, "Brug", null, null),
                        doorRegio("atlantis"))
                .expectNoEvents()
                .expectException(OnbekendeRegio.class);
    }

    @Test
    void het_rijk_dient_geen_verzoek_van_de_regio_in_en_de_regio_beantwoordt_het_niet() {
        fixture.givenNoPriorActivity()
                .when(new DienVerzoekIn("achterhoek", "knelpunt-1", Verzoeksoort.KNELPUNT, "Brug", null, null),
                        doorBzk())
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class);
        fixture.given(BTW_VERZOEK)
                .when(new BeantwoordVerzoek("achterhoek", "btw-procesmiddelen", Verzoekuitkomst.TOEGEKEND, "Ja",
                        null), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class);
    }
}
