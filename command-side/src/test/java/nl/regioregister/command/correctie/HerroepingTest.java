package nl.regioregister.command.correctie;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;

import java.util.Map;
import java.util.Optional;
import nl.regioregister.command.besluit.Besluitenregister;
import nl.regioregister.command.besluit.Besluitenregister.VastgelegdBesluit;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.correctie.BesluitHerroepen;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HerroepingTest {

    /** What the event store holds in these tests, by position. */
    private static final Map<Long, VastgelegdBesluit> VASTGELEGD = Map.of(
            10L, new VastgelegdBesluit(10, "achterhoek", "RijksvertegenwoordigerBenoemd", "achterhoek", "BZK"),
            11L, new VastgelegdBesluit(11, "achterhoek", "RijksvertegenwoordigerBenoemd", "achterhoek", "BZK"),
            12L, new VastgelegdBesluit(12, "procesmiddelen:achterhoek", "RegiokassierAangewezen", "achterhoek",
                    "REGIO"),
            13L, new VastgelegdBesluit(13, "herroeping:10", "BesluitHerroepen", "achterhoek", "BZK"),
            14L, new VastgelegdBesluit(14, "twente", "RijksvertegenwoordigerBenoemd", "twente", "BZK"));

    private AggregateTestFixture<Herroeping> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Herroeping.class);
        fixture.registerInjectableResource((Besluitenregister) positie -> Optional.ofNullable(VASTGELEGD.get(positie)));
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
    }

    @Test
    void het_rijk_corrigeert_een_benoeming_met_een_verkeerde_naam_door_het_nieuwe_besluit_te_noemen() {
        fixture.givenNoPriorActivity()
                .when(new HerroepBesluit(10, "achterhoek", " Verkeerde naam vastgelegd ", 11L), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BesluitHerroepen(10, "achterhoek", "RijksvertegenwoordigerBenoemd", "achterhoek",
                        "Verkeerde naam vastgelegd", 11L));
    }

    @Test
    void de_regio_herroept_haar_eigen_aanwijzing_van_de_kassier() {
        fixture.givenNoPriorActivity()
                .when(new HerroepBesluit(12, "achterhoek", "Dubbel vastgelegd", null), doorRegio("achterhoek"))
                .expectEvents(new BesluitHerroepen(12, "achterhoek", "RegiokassierAangewezen",
                        "procesmiddelen:achterhoek", "Dubbel vastgelegd", null));
    }

    @Test
    void een_regio_herroept_geen_besluit_van_het_rijk() {
        fixture.givenNoPriorActivity()
                .when(new HerroepBesluit(10, "achterhoek", "Niet mee eens", null), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("een regio herroept alleen besluiten die de regio zelf vastlegde");
    }

    @Test
    void een_regio_herroept_niets_van_een_andere_regio() {
        fixture.givenNoPriorActivity()
                .when(new HerroepBesluit(14, "twente", "Fout", null), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class);
    }

    @Test
    void het_rijk_herroept_geen_besluit_dat_de_regio_vastlegde() {
        fixture.givenNoPriorActivity()
                .when(new HerroepBesluit(12, "achterhoek", "Fout", null), doorBzk())
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("een besluit dat de regio vastlegde, herroept de regio zelf");
    }

    @Test
    void een_besluit_wordt_eenmaal_herroepen() {
        fixture.given(new BesluitHerroepen(10, "achterhoek", "RijksvertegenwoordigerBenoemd", "achterhoek", "Fout",
                        null))
                .when(new HerroepBesluit(10, "achterhoek", "Nog eens", null), doorBzk())
                .expectNoEvents()
                .expectException(BesluitAlHerroepen.class)
                .expectExceptionMessage("het besluit op positie 10 is al herroepen");
    }

    @Test
    void een_herroeping_wordt_niet_herroepen() {
        fixture.givenNoPriorActivity()
                .when(new HerroepBesluit(13, "achterhoek", "Toch geldig", null), doorBzk())
                .expectNoEvents()
                .expectException(HerroepingVanHerroeping.class)
                .expectExceptionMessage("het besluit op positie 13 is zelf een herroeping; leg het herroepen besluit "
                        + "opnieuw vast");
    }

    @Test
    void een_onbekende_positie_is_een_onbekend_besluit() {
        fixture.givenNoPriorActivity()
                .when(new HerroepBesluit(99, null, "Fout", null), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendBesluit.class)
                .expectExceptionMessage("er is geen besluit vastgelegd op positie 99");
    }

    @Test
    void een_herroeping_zegt_waarom_en_het_vervangende_besluit_is_later_en_over_dezelfde_regio() {
        fixture.givenNoPriorActivity()
                .when(new HerroepBesluit(11, "achterhoek", " ", null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("reden: zeg waarom het besluit niet meer geldt");
        fixture.givenNoPriorActivity()
                .when(new HerroepBesluit(11, "achterhoek", "Fout", 10L), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("vervangenDoor: het vervangende besluit is later vastgelegd en gaat over "
                        + "dezelfde regio");
    }
}
