package nl.regioregister.command.regio;

import static nl.regioregister.command.Besluiten.door;
import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
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
import nl.regioregister.events.regio.AkkoordOpStrategischeAgendaGegeven;
import nl.regioregister.events.regio.GezamenlijkeKansBenoemd;
import nl.regioregister.events.regio.Zijde;
import nl.regioregister.events.regio.GezamenlijkeKansVervallen;
import nl.regioregister.events.regio.Ontwikkelfase;
import nl.regioregister.events.regio.OntwikkelfaseVastgelegd;
import nl.regioregister.events.regio.RegionaalInitiatiefVastgelegd;
import nl.regioregister.events.regio.SamenhangMetTrajectenVastgelegd;
import nl.regioregister.events.regio.SamenhangendTraject;
import nl.regioregister.events.regio.StrategischeAgendaVastgesteld;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The principles of the brief Werkwijze Strategische Agenda's regio en Rijk, 1 juli 2026. */
class StrategischeAgendaTest {

    private static final RegionaalInitiatiefVastgelegd INITIATIEF = new RegionaalInitiatiefVastgelegd("zeeland",
            "Zeeland werkt met overheden, ondernemers en onderwijs aan een toekomstvisie en agenda");
    private static final OntwikkelfaseVastgelegd UITGEWERKTE_VISIE = new OntwikkelfaseVastgelegd("zeeland",
            Ontwikkelfase.UITGEWERKTE_VISIE);
    private static final GezamenlijkeKansBenoemd KANS = new GezamenlijkeKansBenoemd("zeeland", "Energiehaven",
            "Een haven voor wind op zee", "werkgelegenheid in de regio", "de energietransitie");
    private static final SamenhangMetTrajectenVastgelegd SAMENHANG = new SamenhangMetTrajectenVastgelegd("zeeland",
            List.of(SamenhangendTraject.NOVEX), List.of());
    private static final LocalDate VASTGESTELD_OP = LocalDate.of(2027, 3, 1);
    private static final AkkoordOpStrategischeAgendaGegeven AKKOORD_REGIO =
            new AkkoordOpStrategischeAgendaGegeven("zeeland", Zijde.REGIO, 1);
    private static final AkkoordOpStrategischeAgendaGegeven AKKOORD_RIJK =
            new AkkoordOpStrategischeAgendaGegeven("zeeland", Zijde.RIJK, 1);

    private AggregateTestFixture<StrategischeAgenda> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StrategischeAgenda.class);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
        fixture.registerInjectableResource((BekendeRegios) Set.of("zeeland", "achterhoek")::contains);
    }

    // --- regional initiative ---

    @Test
    void de_regio_legt_haar_initiatief_voor_een_strategische_agenda_vast() {
        fixture.givenNoPriorActivity()
                .when(new LegRegionaalInitiatiefVast("zeeland", " " + INITIATIEF.omschrijving() + " "),
                        doorRegio("zeeland"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(INITIATIEF);
    }

    @Test
    void het_rijk_legt_het_initiatief_van_een_regio_vast_na_een_gesprek() {
        fixture.given(INITIATIEF)
                .when(new LegRegionaalInitiatiefVast("zeeland", "Zeeland heeft een uitgewerkte toekomstvisie"),
                        doorBzk())
                .expectEvents(new RegionaalInitiatiefVastgelegd("zeeland",
                        "Zeeland heeft een uitgewerkte toekomstvisie"));
    }

    @Test
    void een_initiatief_zonder_omschrijving_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new LegRegionaalInitiatiefVast("zeeland", " "), doorRegio("zeeland"))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("omschrijving: beschrijf het initiatief van de regio");
    }

    @Test
    void een_initiatief_van_een_onbekende_regio_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new LegRegionaalInitiatiefVast("atlantis", "visie"), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendeRegio.class)
                .expectExceptionMessage("de regio atlantis is niet bekend");
    }

    @Test
    void een_regio_legt_geen_initiatief_vast_voor_een_andere_regio() {
        fixture.givenNoPriorActivity()
                .when(new LegRegionaalInitiatiefVast("zeeland", "visie"), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("een regio besluit alleen voor de eigen regio");
    }

    // --- development phase ---

    @Test
    void de_ontwikkelfase_van_de_regio_wordt_vastgelegd() {
        fixture.given(INITIATIEF)
                .when(new LegOntwikkelfaseVast("zeeland", Ontwikkelfase.UITGEWERKTE_VISIE), doorBzk())
                .expectEvents(UITGEWERKTE_VISIE);
    }

    @Test
    void het_rijk_legt_de_fase_vast_die_het_in_de_gesprekken_zag_ook_voor_het_regionale_initiatief() {
        // "Het Rijk zal aansluiten bij de fase waarin een regio zich bevindt" (brief van 1 juli 2026).
        fixture.givenNoPriorActivity()
                .when(new LegOntwikkelfaseVast("zeeland", Ontwikkelfase.UITGEWERKTE_VISIE), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(UITGEWERKTE_VISIE);
    }

    @Test
    void een_ontwikkelfase_zonder_fase_wordt_geweigerd() {
        fixture.given(INITIATIEF)
                .when(new LegOntwikkelfaseVast("zeeland", null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("fase: noem de ontwikkelfase van de regio");
    }

    @Test
    void een_ontwikkelfase_van_een_onbekende_regio_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new LegOntwikkelfaseVast("atlantis", Ontwikkelfase.UITGEWERKTE_VISIE), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendeRegio.class)
                .expectExceptionMessage("de regio atlantis is niet bekend");
    }

    // --- shared opportunities ---

    @Test
    void regio_en_rijk_benoemen_een_gezamenlijke_kans_met_meerwaarde_voor_beide() {
        fixture.given(INITIATIEF)
                .when(new BenoemGezamenlijkeKans("zeeland", " Energiehaven ", "Een haven voor wind op zee",
                        "werkgelegenheid in de regio", "de energietransitie"), doorRegio("zeeland"))
                .expectEvents(KANS);
    }

    @Test
    void een_kans_zonder_titel_en_zonder_meerwaarde_voor_beide_noemt_elke_fout() {
        fixture.given(INITIATIEF)
                .when(new BenoemGezamenlijkeKans("zeeland", null, "iets", " ", null), doorRegio("zeeland"))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("titel: een gezamenlijke kans heeft een titel; "
                        + "meerwaardeRegio: noem de meerwaarde van de kans voor de regio; "
                        + "meerwaardeRijk: noem de meerwaarde van de kans voor het Rijk");
    }

    @Test
    void een_kans_wordt_benoemd_ook_voordat_het_regionale_initiatief_is_vastgelegd() {
        fixture.givenNoPriorActivity()
                .when(new BenoemGezamenlijkeKans("zeeland", "Energiehaven", null, "banen", "energie"), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GezamenlijkeKansBenoemd("zeeland", "Energiehaven", null, "banen", "energie"));
    }

    @Test
    void een_kans_wordt_eenmaal_benoemd_ongeacht_hoofdletters() {
        fixture.given(INITIATIEF, KANS)
                .when(new BenoemGezamenlijkeKans("zeeland", "energiehaven", null, "banen", "energie"), doorBzk())
                .expectNoEvents()
                .expectException(KansAlBenoemd.class)
                .expectExceptionMessage("de gezamenlijke kans \"energiehaven\" is al benoemd");
    }

    @Test
    void een_benoemde_kans_vervalt_onder_haar_eigen_titel() {
        fixture.given(INITIATIEF, KANS)
                .when(new LaatGezamenlijkeKansVallen("zeeland", "ENERGIEHAVEN"), doorBzk())
                .expectEvents(new GezamenlijkeKansVervallen("zeeland", "Energiehaven"));
    }

    @Test
    void een_kans_die_niet_benoemd_is_vervalt_niet() {
        fixture.given(INITIATIEF, KANS, new GezamenlijkeKansVervallen("zeeland", "Energiehaven"))
                .when(new LaatGezamenlijkeKansVallen("zeeland", "Energiehaven"), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendeKans.class)
                .expectExceptionMessage("de gezamenlijke kans \"Energiehaven\" is niet benoemd");
    }

    @Test
    void een_kans_laten_vallen_zonder_titel_wordt_geweigerd() {
        fixture.given(INITIATIEF, KANS)
                .when(new LaatGezamenlijkeKansVallen("zeeland", ""), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("titel: noem de kans die vervalt");
    }

    @Test
    void een_onbekende_kans_laten_vallen_wordt_geweigerd() {
        fixture.givenNoPriorActivity()
                .when(new LaatGezamenlijkeKansVallen("zeeland", "Energiehaven"), doorBzk())
                .expectNoEvents()
                .expectException(OnbekendeKans.class);
    }

    @Test
    void de_samenhang_met_lopende_trajecten_wordt_vastgelegd_zonder_dubbelingen() {
        fixture.given(INITIATIEF)
                .when(new LegSamenhangMetTrajectenVast("zeeland",
                        List.of(SamenhangendTraject.NOVEX, SamenhangendTraject.RUIMTE_VOOR_ECONOMIE,
                                SamenhangendTraject.NOVEX),
                        List.of(" Regio Deal Zeeuws-Vlaanderen ", "Regio Deal Zeeuws-Vlaanderen")), doorBzk())
                .expectEvents(new SamenhangMetTrajectenVastgelegd("zeeland",
                        List.of(SamenhangendTraject.NOVEX, SamenhangendTraject.RUIMTE_VOOR_ECONOMIE),
                        List.of("Regio Deal Zeeuws-Vlaanderen")));
    }

    @Test
    void geen_lopende_trajecten_is_ook_een_vastgelegde_samenhang() {
        fixture.given(INITIATIEF)
                .when(new LegSamenhangMetTrajectenVast("zeeland", null, null), doorRegio("zeeland"))
                .expectEvents(new SamenhangMetTrajectenVastgelegd("zeeland", List.of(), List.of()));
    }

    @Test
    void een_samenhang_met_lege_trajecten_noemt_beide_fouten() {
        fixture.given(INITIATIEF)
                .when(new LegSamenhangMetTrajectenVast("zeeland", Arrays.asList(SamenhangendTraject.NPVR, null),
                        List.of(" ")), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("trajecten: een leeg traject is geen traject; "
                        + "overigeTrajecten: elk overig traject heeft een naam");
    }

    @Test
    void een_samenhang_wordt_vastgelegd_ook_voordat_het_regionale_initiatief_is_vastgelegd() {
        fixture.givenNoPriorActivity()
                .when(new LegSamenhangMetTrajectenVast("zeeland", List.of(SamenhangendTraject.NOVEX), null),
                        doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SamenhangMetTrajectenVastgelegd("zeeland", List.of(SamenhangendTraject.NOVEX),
                        List.of()));
    }

    @Test
    void regio_en_rijk_stellen_de_strategische_agenda_vast_op_een_datum() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS, SAMENHANG, AKKOORD_REGIO, AKKOORD_RIJK)
                .when(new StelStrategischeAgendaVast("zeeland", VASTGESTELD_OP), doorBzk())
                .expectEvents(new StrategischeAgendaVastgesteld("zeeland", 1, VASTGESTELD_OP));
    }

    @Test
    void zonder_datum_is_de_agenda_vastgesteld_op_de_ingangsdatum_van_het_besluit() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS, SAMENHANG, AKKOORD_REGIO, AKKOORD_RIJK)
                .when(new StelStrategischeAgendaVast("zeeland", null), doorRegio("zeeland"))
                .expectEvents(new StrategischeAgendaVastgesteld("zeeland", 1, LocalDate.of(2025, 3, 5)));
    }

    @Test
    void een_vaststelling_zonder_datum_en_zonder_ingangsdatum_wordt_geweigerd() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS, SAMENHANG)
                .when(new StelStrategischeAgendaVast("zeeland", null),
                        doorBzk().withoutKeys(Set.of(BesluitMetadata.INGANGSDATUM)))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("vastgesteldOp: noem de datum of geef het besluit een ingangsdatum");
    }

    @Test
    void een_agenda_wordt_niet_vastgesteld_zonder_regionaal_initiatief() {
        fixture.givenNoPriorActivity()
                .when(new StelStrategischeAgendaVast("zeeland", VASTGESTELD_OP), doorBzk())
                .expectNoEvents()
                .expectException(GeenRegionaalInitiatief.class)
                .expectExceptionMessage("er is geen regionaal initiatief vastgelegd voor regio zeeland; een "
                        + "strategische agenda is alleen kansrijk als voldoende initiatief in de regio aanwezig is");
    }

    @Test
    void een_agenda_wordt_vastgesteld_ook_zolang_de_ontwikkelfase_niet_is_vastgelegd() {
        fixture.given(INITIATIEF, KANS, SAMENHANG, AKKOORD_REGIO, AKKOORD_RIJK)
                .when(new StelStrategischeAgendaVast("zeeland", VASTGESTELD_OP), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StrategischeAgendaVastgesteld("zeeland", 1, VASTGESTELD_OP));
    }

    @Test
    void een_regio_aan_het_begin_van_samenwerking_en_visievorming_stelt_de_agenda_samen_met_het_rijk_vast() {
        // Route (b) of the letter of 1 July 2026: the agenda is developed jointly with regions with large tasks.
        fixture.given(INITIATIEF, new OntwikkelfaseVastgelegd("zeeland",
                        Ontwikkelfase.STARTEND_SAMENWERKING_EN_VISIEVORMING), KANS, SAMENHANG, AKKOORD_REGIO,
                        AKKOORD_RIJK)
                .when(new StelStrategischeAgendaVast("zeeland", VASTGESTELD_OP), doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StrategischeAgendaVastgesteld("zeeland", 1, VASTGESTELD_OP));
    }

    @Test
    void een_agenda_wordt_niet_vastgesteld_zolang_het_rijk_geen_akkoord_gaf() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS, SAMENHANG, AKKOORD_REGIO)
                .when(new StelStrategischeAgendaVast("zeeland", VASTGESTELD_OP), doorRegio("zeeland"))
                .expectNoEvents()
                .expectException(StrategischeAgendaNietGezamenlijk.class)
                .expectExceptionMessage("de strategische agenda van zeeland wordt gezamenlijk gedragen; het akkoord "
                        + "van het Rijk op de agenda zoals die nu is ontbreekt");
    }

    @Test
    void een_wijziging_na_de_akkoorden_vraagt_nieuwe_akkoorden() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS, SAMENHANG, AKKOORD_REGIO, AKKOORD_RIJK,
                        new GezamenlijkeKansBenoemd("zeeland", "Haven", null, "banen", "logistiek"))
                .when(new StelStrategischeAgendaVast("zeeland", VASTGESTELD_OP), doorBzk())
                .expectNoEvents()
                .expectException(StrategischeAgendaNietGezamenlijk.class)
                .expectExceptionMessage("de strategische agenda van zeeland wordt gezamenlijk gedragen; het akkoord "
                        + "van de regio en het Rijk op de agenda zoals die nu is ontbreekt");
    }

    @Test
    void de_regio_geeft_akkoord_op_de_agenda_zoals_die_nu_is() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS, SAMENHANG)
                .when(new GeefAkkoordOpStrategischeAgenda("zeeland"), doorRegio("zeeland"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(AKKOORD_REGIO);
    }

    @Test
    void het_rijk_geeft_akkoord_en_geeft_het_niet_tweemaal() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS, SAMENHANG, AKKOORD_RIJK)
                .when(new GeefAkkoordOpStrategischeAgenda("zeeland"), doorBzk())
                .expectNoEvents()
                .expectException(AkkoordOpStrategischeAgendaAlGegeven.class)
                .expectExceptionMessage("het Rijk gaf al akkoord op de strategische agenda zoals die nu is");
    }

    @Test
    void zonder_regionaal_initiatief_geeft_geen_kant_akkoord() {
        fixture.given(KANS)
                .when(new GeefAkkoordOpStrategischeAgenda("zeeland"), doorBzk())
                .expectNoEvents()
                .expectException(GeenRegionaalInitiatief.class);
    }

    @Test
    void een_agenda_wordt_niet_vastgesteld_zonder_gezamenlijke_kans() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS, SAMENHANG,
                        new GezamenlijkeKansVervallen("zeeland", "Energiehaven"))
                .when(new StelStrategischeAgendaVast("zeeland", VASTGESTELD_OP), doorBzk())
                .expectNoEvents()
                .expectException(GeenGezamenlijkeKans.class)
                .expectExceptionMessage("regio zeeland en het Rijk hebben nog geen gezamenlijke kans benoemd; een "
                        + "strategische agenda komt pas in beeld bij gezamenlijke ontwikkelkansen");
    }

    @Test
    void een_agenda_wordt_niet_vastgesteld_voordat_de_samenhang_met_lopende_trajecten_is_vastgelegd() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS)
                .when(new StelStrategischeAgendaVast("zeeland", VASTGESTELD_OP), doorBzk())
                .expectNoEvents()
                .expectException(SamenhangNietVastgelegd.class)
                .expectExceptionMessage("de samenhang van de agenda van regio zeeland met lopende trajecten (NOVEX, "
                        + "NPVR, Ruimte voor Economie, gebiedsgerichte aanpak LVVN) is nog niet vastgelegd");
    }

    @Test
    void een_ongewijzigde_agenda_wordt_niet_opnieuw_vastgesteld() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS, SAMENHANG,
                        new StrategischeAgendaVastgesteld("zeeland", 1, VASTGESTELD_OP))
                .when(new StelStrategischeAgendaVast("zeeland", LocalDate.of(2028, 3, 1)), doorBzk())
                .expectNoEvents()
                .expectException(AgendaOngewijzigdSindsVaststelling.class)
                .expectExceptionMessage("de strategische agenda is sinds vaststelling van versie 1 op 2027-03-01 "
                        + "niet gewijzigd");
    }

    @Test
    void een_gewijzigde_agenda_wordt_vastgesteld_als_volgende_versie() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS, SAMENHANG,
                        new StrategischeAgendaVastgesteld("zeeland", 1, VASTGESTELD_OP),
                        new OntwikkelfaseVastgelegd("zeeland", Ontwikkelfase.AGENDA_VOOR_UITVOERING),
                        new AkkoordOpStrategischeAgendaGegeven("zeeland", Zijde.REGIO, 2),
                        new AkkoordOpStrategischeAgendaGegeven("zeeland", Zijde.RIJK, 2))
                .when(new StelStrategischeAgendaVast("zeeland", LocalDate.of(2028, 3, 1)), doorBzk())
                .expectEvents(new StrategischeAgendaVastgesteld("zeeland", 2, LocalDate.of(2028, 3, 1)));
    }

    @Test
    void een_auditor_stelt_geen_agenda_vast() {
        fixture.given(INITIATIEF, UITGEWERKTE_VISIE, KANS, SAMENHANG)
                .when(new StelStrategischeAgendaVast("zeeland", VASTGESTELD_OP), door("adr", "AUDITOR", "ADR"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("de rol AUDITOR neemt geen besluiten");
    }
}
