package nl.regioregister.command.kamer;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;

import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.Herroepingen;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.kamer.Kamerstuknummer;
import nl.regioregister.events.kamer.MotieAfgedaan;
import nl.regioregister.events.kamer.MotieGeregistreerd;
import nl.regioregister.events.kamer.MotieUitvoeringGeregistreerd;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MotieTest {

    private static final String TITEL = "Motie van het lid Flach over een langjarige agenda voor regio's buiten de "
            + "nationale programma's";
    /** The adoption date is illustrative; the rules do not depend on it. */
    private static final MotieGeregistreerd FLACH = new MotieGeregistreerd("29697-169", TITEL, List.of("Flach"),
            LocalDate.of(2024, 11, 12));
    private static final MotieUitvoeringGeregistreerd BRIEF_19_DECEMBER = new MotieUitvoeringGeregistreerd(
            "29697-169", "Kamerbrief 19 december 2025",
            "Regio's buiten nationale programma's krijgen een structureel aanspreekpunt bij het Rijk");

    private AggregateTestFixture<Motie> fixture;

    /** Revoked decisions per object and type; none unless a test says so. */
    private final java.util.Map<String, Long> herroepen = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Motie.class);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
        fixture.registerInjectableResource((Herroepingen) (object, type) ->
                herroepen.getOrDefault(object + "/" + type, 0L));
    }

    @Test
    void het_rijk_registreert_een_motie_onder_haar_genormaliseerde_kamerstuknummer() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerMotie("29 697, nr. 169", " " + TITEL + " ", List.of(" Flach "),
                        LocalDate.of(2024, 11, 12)), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(FLACH);
    }

    @Test
    void een_motie_wordt_eenmaal_geregistreerd_hoe_zij_ook_wordt_geciteerd() {
        fixture.given(FLACH)
                .when(new RegistreerMotie("Kamerstuk 29697 nr. 169", TITEL, List.of("Flach"),
                        LocalDate.of(2024, 11, 12)), doorBzk())
                .expectNoEvents()
                .expectException(MotieAlGeregistreerd.class)
                .expectExceptionMessage("de motie 29697-169 is al geregistreerd");
    }

    @Test
    void een_onvolledige_registratie_noemt_elke_fout() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerMotie("motie Flach", " ", List.of("Flach", " "), null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("kamerstuknummer: een Kamerstuknummer is een dossier en een nummer, zoals "
                        + "29697-169 of 29 697, nr. 169; titel: een motie heeft een titel; indieners: een motie "
                        + "heeft een of meer indieners, elk met een naam; aangenomenOp: de datum waarop de Kamer de "
                        + "motie aannam");
    }

    @Test
    void een_motie_heeft_indieners() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerMotie("29697-169", TITEL, null, LocalDate.of(2024, 11, 12)), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("indieners: een motie heeft een of meer indieners, elk met een naam");
    }

    @Test
    void een_regio_registreert_geen_moties() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerMotie("29697-169", TITEL, List.of("Flach"), LocalDate.of(2024, 11, 12)),
                        doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("RegistreerMotie is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void het_rijk_legt_een_brief_vast_waarmee_de_motie_wordt_uitgevoerd() {
        fixture.given(FLACH)
                .when(new RegistreerUitvoeringVanMotie("29 697, nr. 169", " Kamerbrief 19 december 2025 ",
                        "Regio's buiten nationale programma's krijgen een structureel aanspreekpunt bij het Rijk"),
                        doorBzk())
                .expectEvents(BRIEF_19_DECEMBER);
    }

    @Test
    void een_motie_verzamelt_meer_uitvoeringen_in_de_loop_van_de_tijd() {
        fixture.given(FLACH, BRIEF_19_DECEMBER)
                .when(new RegistreerUitvoeringVanMotie("29697-169", "Besluit ministerraad",
                        "Het volgende kabinet besluit over de structurele samenwerking"), doorBzk())
                .expectEvents(new MotieUitvoeringGeregistreerd("29697-169", "Besluit ministerraad",
                        "Het volgende kabinet besluit over de structurele samenwerking"));
    }

    @Test
    void een_uitvoering_noemt_het_besluit_of_de_brief_en_hoe() {
        fixture.given(FLACH)
                .when(new RegistreerUitvoeringVanMotie("29697-169", " ", null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("referentie: noem het besluit of de brief waarmee de motie wordt uitgevoerd; "
                        + "omschrijving: beschrijf hoe het besluit of de brief de motie uitvoert");
    }

    @Test
    void na_afdoening_wordt_geen_uitvoering_meer_vastgelegd() {
        fixture.given(FLACH, new MotieAfgedaan("29697-169", "Kamerbrief 19 december 2025"))
                .when(new RegistreerUitvoeringVanMotie("29697-169", "Besluit", "Nog iets"), doorBzk())
                .expectNoEvents()
                .expectException(MotieAlAfgedaan.class)
                .expectExceptionMessage("de motie 29697-169 is al afgedaan; een uitvoering vastleggen kan niet meer");
    }

    @Test
    void een_uitvoering_van_een_onbekende_motie_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerUitvoeringVanMotie("29697-999", "Besluit", "Iets"), doorBzk())
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void het_rijk_doet_een_motie_af_met_de_brief_die_haar_afrondt() {
        fixture.given(FLACH, BRIEF_19_DECEMBER)
                .when(new DoeMotieAf("29697-169", " Kamerbrief 19 december 2025 "), doorBzk())
                .expectEvents(new MotieAfgedaan("29697-169", "Kamerbrief 19 december 2025"));
    }

    @Test
    void een_motie_wordt_eenmaal_afgedaan() {
        fixture.given(FLACH, new MotieAfgedaan("29697-169", "Kamerbrief 19 december 2025"))
                .when(new DoeMotieAf("29697-169", "Andere brief"), doorBzk())
                .expectNoEvents()
                .expectException(MotieAlAfgedaan.class)
                .expectExceptionMessage("de motie 29697-169 is al afgedaan; nogmaals afdoen kan niet meer");
    }

    @Test
    void een_afdoening_noemt_de_brief_of_het_besluit() {
        fixture.given(FLACH)
                .when(new DoeMotieAf("29697-169", null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("referentie: noem de brief of het besluit waarmee de motie is afgedaan");
    }

    @Test
    void een_regio_doet_geen_motie_af() {
        fixture.given(FLACH)
                .when(new DoeMotieAf("29697-169", "Kamerbrief"), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("DoeMotieAf is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void na_herroeping_van_de_afdoening_wordt_de_motie_verder_uitgevoerd_en_opnieuw_afgedaan() {
        herroepen.put("motie:29697-169/MotieAfgedaan", 1L);
        fixture.given(FLACH, new MotieAfgedaan("29697-169", "Kamerbrief 19 december 2025"))
                .when(new RegistreerUitvoeringVanMotie("29697-169", "Kamerbrief 1 juli 2026", "Aanspreekpunten"),
                        doorBzk())
                .expectEvents(new MotieUitvoeringGeregistreerd("29697-169", "Kamerbrief 1 juli 2026",
                        "Aanspreekpunten"));
        fixture.given(FLACH, new MotieAfgedaan("29697-169", "Kamerbrief 19 december 2025"))
                .when(new DoeMotieAf("29697-169", "Kamerbrief 1 juli 2026"), doorBzk())
                .expectEvents(new MotieAfgedaan("29697-169", "Kamerbrief 1 juli 2026"));
    }
}
