package nl.regioregister.command.kamer;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;

import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.Herroepingen;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.kamer.Kamerstuknummer;
import nl.regioregister.events.kamer.ToezeggingGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingVervuld;
import nl.regioregister.events.kamer.ToezeggingstermijnVerzet;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ToezeggingTest {

    private static final String OMSCHRIJVING = "Na de jaarwisseling een brief over de voortgang van het NPVR";
    private static final String DEBAT = "Debat over regio's en grensoverschrijdende samenwerking, 2 oktober 2025";
    private static final LocalDate EIND_MAART = LocalDate.of(2026, 3, 31);
    private static final ToezeggingGeregistreerd VOORTGANGSBRIEF = new ToezeggingGeregistreerd("TZ-NPVR-1",
            OMSCHRIJVING, null, DEBAT, EIND_MAART, null, null, null, null, List.of(), null);
    private static final ToezeggingVervuld VERVULD = new ToezeggingVervuld("TZ-NPVR-1", "29697-180",
            LocalDate.of(2026, 2, 12), null, null);

    private AggregateTestFixture<Toezegging> fixture;

    /** Revoked decisions per object and type; none unless a test says so. */
    private final java.util.Map<String, Long> herroepen = new java.util.HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Toezegging.class);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
        fixture.registerInjectableResource((Herroepingen) (object, type) ->
                herroepen.getOrDefault(object + "/" + type, 0L));
    }

    @Test
    void het_rijk_registreert_een_toezegging_met_haar_termijn() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerToezegging("TZ-NPVR-1", OMSCHRIJVING, " ", DEBAT, EIND_MAART, null), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(VOORTGANGSBRIEF);
    }

    @Test
    void een_toezegging_bij_een_motie_noemt_de_motie_genormaliseerd() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerToezegging("TZ-FLACH-1", "Het structurele contact met regio's beleggen waar de "
                        + "grootste beleidsmatige raakvlakken zitten", " Kamer ", "Kamerbrief 19 december 2025",
                        LocalDate.of(2026, 12, 31), "29 697, nr. 169"), doorBzk())
                .expectEvents(new ToezeggingGeregistreerd("TZ-FLACH-1", "Het structurele contact met regio's "
                        + "beleggen waar de grootste beleidsmatige raakvlakken zitten", "Kamer",
                        "Kamerbrief 19 december 2025", LocalDate.of(2026, 12, 31), null, null, null, null, List.of(),
                        "29697-169"));
    }

    @Test
    void een_toezegging_wordt_eenmaal_geregistreerd() {
        fixture.given(VOORTGANGSBRIEF)
                .when(new RegistreerToezegging("TZ-NPVR-1", OMSCHRIJVING, null, DEBAT, EIND_MAART, null), doorBzk())
                .expectNoEvents()
                .expectException(ToezeggingAlGeregistreerd.class)
                .expectExceptionMessage("de toezegging TZ-NPVR-1 is al geregistreerd");
    }

    @Test
    void een_onvolledige_toezegging_noemt_elke_fout() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerToezegging("TZ NPVR", " ", null, null, null, "motie Flach"), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("toezeggingId: letters, cijfers, punten, liggende streepjes en koppeltekens, "
                        + "hoogstens 64 tekens, zoals TZ202510-012; omschrijving: wat is toegezegd; gedaanIn: het "
                        + "debat of de brief waarin de toezegging is gedaan; uiterlijk: de datum waarop de toezegging "
                        + "uiterlijk wordt vervuld, of de termijn in de woorden van de toezegging, zoals 'rond de zomer "
                        + "2025' of 'doorlopend'; motie: het Kamerstuknummer van de motie, zoals 29697-169 of "
                        + "29 697, nr. 169");
    }

    @Test
    void een_regio_registreert_geen_toezegging() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerToezegging("TZ-NPVR-1", OMSCHRIJVING, null, DEBAT, EIND_MAART, null),
                        doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("RegistreerToezegging is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void een_kamerbrief_vervult_de_toezegging() {
        fixture.given(VOORTGANGSBRIEF)
                .when(new VervulToezegging("TZ-NPVR-1", "Kamerstuk 29 697, nr. 180", LocalDate.of(2026, 2, 12)),
                        doorBzk())
                .expectEvents(VERVULD);
    }

    @Test
    void een_kamerbrief_na_de_termijn_vervult_de_toezegging_ook() {
        fixture.given(VOORTGANGSBRIEF)
                .when(new VervulToezegging("TZ-NPVR-1", "29697-180", LocalDate.of(2026, 5, 1)), doorBzk())
                .expectEvents(new ToezeggingVervuld("TZ-NPVR-1", "29697-180", LocalDate.of(2026, 5, 1), null, null));
    }

    @Test
    void een_toezegging_wordt_eenmaal_vervuld() {
        fixture.given(VOORTGANGSBRIEF, VERVULD)
                .when(new VervulToezegging("TZ-NPVR-1", "29697-181", LocalDate.of(2026, 3, 1)), doorBzk())
                .expectNoEvents()
                .expectException(ToezeggingAlVervuld.class)
                .expectExceptionMessage("de toezegging TZ-NPVR-1 is al vervuld met Kamerstuk 29697-180; nogmaals "
                        + "vervullen kan niet meer");
    }

    @Test
    void een_vervulling_noemt_een_geldig_kamerstuknummer_en_de_datum() {
        fixture.given(VOORTGANGSBRIEF)
                .when(new VervulToezegging("TZ-NPVR-1", "brief van februari", null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("kamerbrief: het Kamerstuknummer van de brief, zoals 29697-175 of "
                        + "29 697, nr. 175; datum: de datum waarop de toezegging is vervuld");
    }

    @Test
    void een_vervulling_zonder_brief_referentie_of_wijze_wordt_geweigerd() {
        fixture.given(VOORTGANGSBRIEF)
                .when(new VervulToezegging("TZ-NPVR-1", null, LocalDate.of(2026, 2, 12), " ", null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("kamerbrief: noem de Kamerbrief, de referentie van de brief of de wijze "
                        + "waarop de toezegging is vervuld");
    }

    @Test
    void een_toezegging_rond_de_zomer_van_de_minister_van_bzk_over_de_elf_regios_wordt_vastgelegd_zonder_datum() {
        fixture.givenNoPriorActivity()
                .when(new RegistreerToezegging("TZ-BANDBREEDTE", "Voortgangsbrief over de financiële bandbreedte",
                        "lid Bikker", DEBAT, null, " rond de zomer 2026 ", "minister van BZK", Departement.BZK,
                        Programma.NPVR, List.of("achterhoek", " twente"), null), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ToezeggingGeregistreerd("TZ-BANDBREEDTE",
                        "Voortgangsbrief over de financiële bandbreedte", "lid Bikker", DEBAT, null,
                        "rond de zomer 2026", "minister van BZK", Departement.BZK, Programma.NPVR,
                        List.of("achterhoek", "twente"), null));
    }

    @Test
    void een_toezegging_wordt_vervuld_in_een_gesprek_met_een_departement() {
        // Letter of 19 December 2025: the talk with IenW on 16 October 2025 fulfilled the promise on the Gerrit Krolbrug.
        fixture.given(VOORTGANGSBRIEF)
                .when(new VervulToezegging("TZ-NPVR-1", null, LocalDate.of(2025, 10, 16), null,
                        " Gesprek met IenW op 16 oktober 2025 "), doorBzk())
                .expectEvents(new ToezeggingVervuld("TZ-NPVR-1", null, LocalDate.of(2025, 10, 16), null,
                        "Gesprek met IenW op 16 oktober 2025"));
    }

    @Test
    void een_toezegging_wordt_vervuld_met_een_brief_die_nog_geen_kamerstuknummer_heeft() {
        fixture.given(VOORTGANGSBRIEF)
                .when(new VervulToezegging("TZ-NPVR-1", null, LocalDate.of(2026, 7, 1), "2026-0000301213", null),
                        doorBzk())
                .expectEvents(new ToezeggingVervuld("TZ-NPVR-1", null, LocalDate.of(2026, 7, 1), "2026-0000301213",
                        null));
    }

    @Test
    void een_onbekende_toezegging_wordt_niet_vervuld() {
        fixture.givenNoPriorActivity()
                .when(new VervulToezegging("TZ-ONBEKEND", "29697-180", LocalDate.of(2026, 2, 12)), doorBzk())
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void een_regio_vervult_geen_toezegging() {
        fixture.given(VOORTGANGSBRIEF)
                .when(new VervulToezegging("TZ-NPVR-1", "29697-180", LocalDate.of(2026, 2, 12)),
                        doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("VervulToezegging is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void het_rijk_verzet_de_termijn_met_een_reden() {
        fixture.given(VOORTGANGSBRIEF)
                .when(new VerzetToezeggingstermijn("TZ-NPVR-1", LocalDate.of(2026, 6, 30),
                        " De brief wacht op het besluit van het nieuwe kabinet "), doorBzk())
                .expectEvents(new ToezeggingstermijnVerzet("TZ-NPVR-1", EIND_MAART, LocalDate.of(2026, 6, 30),
                        "De brief wacht op het besluit van het nieuwe kabinet"));
    }

    @Test
    void een_tweede_verzetting_vertrekt_van_de_vorige_nieuwe_termijn() {
        fixture.given(VOORTGANGSBRIEF, new ToezeggingstermijnVerzet("TZ-NPVR-1", EIND_MAART,
                        LocalDate.of(2026, 6, 30), "Wacht op het kabinet"))
                .when(new VerzetToezeggingstermijn("TZ-NPVR-1", LocalDate.of(2026, 9, 30), "Na het zomerreces"),
                        doorBzk())
                .expectEvents(new ToezeggingstermijnVerzet("TZ-NPVR-1", LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 9, 30), "Na het zomerreces"));
    }

    @Test
    void een_termijn_verzetten_vraagt_een_datum_en_een_reden() {
        fixture.given(VOORTGANGSBRIEF)
                .when(new VerzetToezeggingstermijn("TZ-NPVR-1", null, " "), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("nieuweTermijn: de nieuwe datum waarop de toezegging uiterlijk wordt "
                        + "vervuld; reden: waarom de toezegging later of eerder wordt vervuld");
    }

    @Test
    void een_termijn_verzetten_naar_dezelfde_datum_wordt_geweigerd() {
        fixture.given(VOORTGANGSBRIEF)
                .when(new VerzetToezeggingstermijn("TZ-NPVR-1", EIND_MAART, "Geen"), doorBzk())
                .expectNoEvents()
                .expectException(TermijnOngewijzigd.class)
                .expectExceptionMessage("de toezegging TZ-NPVR-1 staat al op 2026-03-31; de termijn verzetten "
                        + "vraagt een andere datum");
    }

    @Test
    void de_termijn_van_een_vervulde_toezegging_wordt_niet_verzet() {
        fixture.given(VOORTGANGSBRIEF, VERVULD)
                .when(new VerzetToezeggingstermijn("TZ-NPVR-1", LocalDate.of(2026, 6, 30), "Te laat"), doorBzk())
                .expectNoEvents()
                .expectException(ToezeggingAlVervuld.class)
                .expectExceptionMessage("de toezegging TZ-NPVR-1 is al vervuld met Kamerstuk 29697-180; de termijn "
                        + "verzetten kan niet meer");
    }

    @Test
    void een_regio_verzet_geen_termijn() {
        fixture.given(VOORTGANGSBRIEF)
                .when(new VerzetToezeggingstermijn("TZ-NPVR-1", LocalDate.of(2026, 6, 30), "Reden"),
                        doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("VerzetToezeggingstermijn is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void na_herroeping_van_de_vervulling_wordt_de_toezegging_opnieuw_vervuld() {
        herroepen.put("toezegging:TZ-NPVR-1/ToezeggingVervuld", 1L);
        fixture.given(VOORTGANGSBRIEF, VERVULD)
                .when(new VervulToezegging("TZ-NPVR-1", "29697-181", LocalDate.of(2026, 3, 1)), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ToezeggingVervuld("TZ-NPVR-1", "29697-181", LocalDate.of(2026, 3, 1), null, null));
    }

    @Test
    void een_tweede_vervulling_blijft_staan_als_alleen_de_eerste_is_herroepen() {
        herroepen.put("toezegging:TZ-NPVR-1/ToezeggingVervuld", 1L);
        fixture.given(VOORTGANGSBRIEF, VERVULD, new ToezeggingVervuld("TZ-NPVR-1", "29697-181",
                        LocalDate.of(2026, 3, 1), null, null))
                .when(new VerzetToezeggingstermijn("TZ-NPVR-1", LocalDate.of(2026, 6, 30), "later"), doorBzk())
                .expectNoEvents()
                .expectException(ToezeggingAlVervuld.class);
    }
}
