package nl.regioregister.command.traject;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import nl.regioregister.command.besluit.BekendeRegios;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OnbekendeRegio;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.Departement;
import nl.regioregister.events.traject.LopendTrajectBijgewerkt;
import nl.regioregister.events.traject.LopendTrajectGeregistreerd;
import nl.regioregister.events.traject.LopendTrajectGesloten;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Running trajectories, after "Lopende trajecten Achterhoek" (bijlage 3, AB 5 maart 2025). */
class LopendTrajectTest {

    private static final LocalDate BEGIN_2024 = LocalDate.of(2024, 1, 1);
    private static final String CONTINUITEIT = "langjarige borging van projecten onder de deal";
    private static final LopendTrajectGeregistreerd REGIO_DEAL = new LopendTrajectGeregistreerd("regio-deal-5",
            "achterhoek", "Regio Deal 5e tranche", List.of(Departement.VRO), null, BEGIN_2024, null,
            new BigDecimal("25000000.00"), null, CONTINUITEIT);

    private AggregateTestFixture<LopendTraject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(LopendTraject.class);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
        fixture.registerInjectableResource((BekendeRegios) Set.of("achterhoek", "twente")::contains);
    }

    private static RegistreerLopendTraject regioDeal(String regioId) {
        return new RegistreerLopendTraject("regio-deal-5", regioId, " Regio Deal 5e tranche ",
                List.of(Departement.VRO), null, BEGIN_2024, null, new BigDecimal("25000000"), null, CONTINUITEIT);
    }

    // --- registering ---

    @Test
    void de_regio_registreert_haar_regio_deal_met_een_bedrag_in_euros_op_de_cent() {
        fixture.givenNoPriorActivity()
                .when(regioDeal("achterhoek"), doorRegio("achterhoek"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGIO_DEAL);
    }

    @Test
    void het_rijk_registreert_een_traject_van_meer_departementen_met_een_afgesloten_looptijd() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerLopendTraject("bo-mirt-2022-regioexpres", "achterhoek", "BO MIRT 2022: RegioExpres",
                        List.of(Departement.VRO, Departement.IENW), null, LocalDate.of(2022, 1, 1), null,
                        new BigDecimal("75000000"), "sneltrein Arnhem - Doetinchem - Winterswijk", null), doorBzk())
                .expectEvents(new LopendTrajectGeregistreerd("bo-mirt-2022-regioexpres", "achterhoek",
                        "BO MIRT 2022: RegioExpres", List.of(Departement.VRO, Departement.IENW), null,
                        LocalDate.of(2022, 1, 1), null, new BigDecimal("75000000.00"),
                        "sneltrein Arnhem - Doetinchem - Winterswijk", null));
    }

    @Test
    void een_bedrag_tot_op_de_cent_blijft_exact() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerLopendTraject("volkshuisvestingsfonds-2021", "achterhoek",
                        "Volkshuisvestingsfonds 2021", List.of(Departement.BZK), null, LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 12, 31), new BigDecimal("5134714.0"),
                        "Berkelland € 1.753.226, Bronckhorst € 1.154.534, Doetinchem € 2.226.954", null), doorBzk())
                .expectEvents(new LopendTrajectGeregistreerd("volkshuisvestingsfonds-2021", "achterhoek",
                        "Volkshuisvestingsfonds 2021", List.of(Departement.BZK), null, LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 12, 31), new BigDecimal("5134714.00"),
                        "Berkelland € 1.753.226, Bronckhorst € 1.154.534, Doetinchem € 2.226.954", null));
    }

    @Test
    void een_traject_zonder_bedrag_heeft_een_omvang_en_mag_van_een_andere_overheid_zijn() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerLopendTraject("slim-en-schoon", "achterhoek", "Programma Slim en Schoon", null,
                        "Provincie Gelderland", BEGIN_2024, null, null, "slim en duurzaam reizen stimuleren", " "),
                        doorRegio("achterhoek"))
                .expectEvents(new LopendTrajectGeregistreerd("slim-en-schoon", "achterhoek",
                        "Programma Slim en Schoon", List.of(), "Provincie Gelderland", BEGIN_2024, null, null,
                        "slim en duurzaam reizen stimuleren", null));
    }

    @Test
    void een_traject_van_een_onbekende_regio_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(regioDeal("atlantis"), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendeRegio.class)
                .expectExceptionMessage("de regio atlantis is niet bekend");
    }

    @Test
    void een_traject_wordt_eenmaal_geregistreerd_onder_zijn_id() {
        fixture.given(REGIO_DEAL)
                .when(regioDeal("achterhoek"), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(TrajectBestaatAl.class)
                .expectExceptionMessage("er is al een lopend traject regio-deal-5");
    }

    @Test
    void een_onvolledig_traject_noemt_elke_fout() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerLopendTraject("Regio Deal!", "achterhoek", " ", List.of(), " ", null, null, null,
                        null, null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("trajectId: een traject-id bestaat uit kleine letters, cijfers en koppeltekens; "
                        + "naam: een lopend traject heeft een naam; "
                        + "departementen: noem het verantwoordelijke departement of de andere overheid");
    }

    @Test
    void een_traject_zonder_begindatum_en_zonder_bedrag_of_omvang_wordt_vastgelegd() {
        // Bijlage 3 "Lopende trajecten Achterhoek" lists GROS, VSV-aanpak and Fieldlab without start or size.
        fixture.givenNoPriorActivity()
                .when(new RegistreerLopendTraject("gros", "achterhoek", "GROS", List.of(Departement.BZK), null, null,
                        null, null, null, null), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new nl.regioregister.events.traject.LopendTrajectGeregistreerd("gros", "achterhoek",
                        "GROS", List.of(Departement.BZK), null, null, null, null, null, null));
    }

    @Test
    void een_looptijd_die_voor_haar_begin_eindigt_en_een_bedrag_onder_de_cent_worden_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerLopendTraject("cultuurregio", "achterhoek", "Cultuurregio",
                        Arrays.asList(Departement.OCW, null), null, BEGIN_2024, LocalDate.of(2023, 12, 31),
                        new BigDecimal("126130.005"), null, null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("departementen: een leeg departement is geen departement; "
                        + "tot: de looptijd eindigt niet voor haar begin; "
                        + "bedrag: een bedrag in euro's heeft ten hoogste twee decimalen");
    }

    @Test
    void een_bedrag_is_positief() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerLopendTraject("mkb", "achterhoek", "MKB-actieagenda", List.of(Departement.EZ),
                        null, BEGIN_2024, null, new BigDecimal("-74444"), null, null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("bedrag: een bedrag is positief");
    }

    @Test
    void een_regio_registreert_geen_traject_van_een_andere_regio() {
        fixture.givenNoPriorActivity()
                .when(regioDeal("achterhoek"), doorRegio("twente"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("een regio besluit alleen voor de eigen regio");
    }

    // --- updating ---

    @Test
    void een_lopend_traject_wordt_bijgewerkt() {
        fixture.given(REGIO_DEAL)
                .when(new WerkLopendTrajectBij("regio-deal-5", "achterhoek", "Regio Deal Achterhoek, 5e tranche",
                        List.of(Departement.VRO), null, BEGIN_2024, LocalDate.of(2027, 12, 31),
                        new BigDecimal("25000000"), null, "Opijver, Grensland College, Routekaart LLO"),
                        doorRegio("achterhoek"))
                .expectEvents(new LopendTrajectBijgewerkt("regio-deal-5", "achterhoek",
                        "Regio Deal Achterhoek, 5e tranche", List.of(Departement.VRO), null, BEGIN_2024,
                        LocalDate.of(2027, 12, 31), new BigDecimal("25000000.00"), null,
                        "Opijver, Grensland College, Routekaart LLO"));
    }

    @Test
    void een_onvolledige_bijwerking_noemt_elke_fout() {
        fixture.given(REGIO_DEAL)
                .when(new WerkLopendTrajectBij("regio-deal-5", "achterhoek", null, List.of(Departement.VRO), null,
                        null, null, null, " ", null), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("naam: een lopend traject heeft een naam");
    }

    @Test
    void een_gesloten_traject_wordt_niet_bijgewerkt() {
        fixture.given(REGIO_DEAL, new LopendTrajectGesloten("regio-deal-5", "achterhoek", LocalDate.of(2028, 1, 1)))
                .when(new WerkLopendTrajectBij("regio-deal-5", "achterhoek", "Regio Deal", List.of(Departement.VRO),
                        null, BEGIN_2024, null, new BigDecimal("25000000"), null, null), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeslotenTrajectWordtNietBijgewerkt.class)
                .expectExceptionMessage("het lopende traject regio-deal-5 is gesloten per 2028-01-01 en wordt niet "
                        + "meer bijgewerkt");
    }

    @Test
    void een_bijwerking_die_een_andere_regio_noemt_wordt_geweigerd() {
        fixture.given(REGIO_DEAL)
                .when(new WerkLopendTrajectBij("regio-deal-5", "twente", "Regio Deal", List.of(Departement.VRO),
                        null, BEGIN_2024, null, new BigDecimal("25000000"), null, null), doorRegio("twente"))
                .expectNoEvents()
                .expectException(TrajectHoortBijAndereRegio.class)
                .expectExceptionMessage("het lopende traject regio-deal-5 hoort niet bij regio twente");
    }

    @Test
    void een_onbekend_traject_wordt_niet_bijgewerkt() {
        fixture.givenNoPriorActivity()
                .when(new WerkLopendTrajectBij("bestaat-niet", "achterhoek", "Regio Deal", List.of(Departement.VRO),
                        null, BEGIN_2024, null, new BigDecimal("25000000"), null, null), doorBzk())
                .expectException(AggregateNotFoundException.class);
    }

    // --- closing ---

    @Test
    void een_traject_wordt_gesloten_met_zijn_einddatum() {
        fixture.given(REGIO_DEAL)
                .when(new SluitLopendTraject("regio-deal-5", "achterhoek", LocalDate.of(2028, 1, 1)), doorBzk())
                .expectEvents(new LopendTrajectGesloten("regio-deal-5", "achterhoek", LocalDate.of(2028, 1, 1)));
    }

    @Test
    void zonder_einddatum_eindigt_het_traject_op_de_ingangsdatum_van_het_besluit() {
        fixture.given(REGIO_DEAL)
                .when(new SluitLopendTraject("regio-deal-5", "achterhoek", null), doorRegio("achterhoek"))
                .expectEvents(new LopendTrajectGesloten("regio-deal-5", "achterhoek", LocalDate.of(2025, 3, 5)));
    }

    @Test
    void een_traject_wordt_eenmaal_gesloten() {
        fixture.given(REGIO_DEAL, new LopendTrajectGesloten("regio-deal-5", "achterhoek", LocalDate.of(2028, 1, 1)))
                .when(new SluitLopendTraject("regio-deal-5", "achterhoek", LocalDate.of(2028, 2, 1)), doorBzk())
                .expectNoEvents()
                .expectException(TrajectAlGesloten.class)
                .expectExceptionMessage("het lopende traject regio-deal-5 is al gesloten per 2028-01-01");
    }

    @Test
    void een_traject_eindigt_niet_voor_zijn_begin() {
        fixture.given(REGIO_DEAL)
                .when(new SluitLopendTraject("regio-deal-5", "achterhoek", LocalDate.of(2023, 12, 31)), doorBzk())
                .expectNoEvents()
                .expectException(TrajectEindigtVoorBegin.class)
                .expectExceptionMessage("het lopende traject regio-deal-5 begon op 2024-01-01 en kan niet eerder "
                        + "eindigen (2023-12-31)");
    }

    @Test
    void een_sluiting_zonder_einddatum_en_zonder_ingangsdatum_wordt_geweigerd() {
        fixture.given(REGIO_DEAL)
                .when(new SluitLopendTraject("regio-deal-5", "achterhoek", null),
                        doorBzk().withoutKeys(Set.of(BesluitMetadata.INGANGSDATUM)))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("einddatum: noem de datum of geef het besluit een ingangsdatum");
    }

    @Test
    void een_sluiting_die_een_andere_regio_noemt_wordt_geweigerd() {
        fixture.given(REGIO_DEAL)
                .when(new SluitLopendTraject("regio-deal-5", "twente", LocalDate.of(2028, 1, 1)), doorRegio("twente"))
                .expectNoEvents()
                .expectException(TrajectHoortBijAndereRegio.class)
                .expectExceptionMessage("het lopende traject regio-deal-5 hoort niet bij regio twente");
    }

    @Test
    void een_regio_sluit_geen_traject_namens_een_andere_regio() {
        fixture.given(REGIO_DEAL)
                .when(new SluitLopendTraject("regio-deal-5", "achterhoek", LocalDate.of(2028, 1, 1)),
                        doorRegio("twente"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("een regio besluit alleen voor de eigen regio");
    }

    @Test
    void een_onbekend_traject_wordt_niet_gesloten() {
        fixture.givenNoPriorActivity()
                .when(new SluitLopendTraject("bestaat-niet", "achterhoek", LocalDate.of(2028, 1, 1)), doorBzk())
                .expectException(AggregateNotFoundException.class);
    }
}
