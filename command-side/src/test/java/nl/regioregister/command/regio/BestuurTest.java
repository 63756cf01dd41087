package nl.regioregister.command.regio;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.command.persoon.Persoonsgegevens;
import nl.regioregister.command.persoon.Persoonsregister;
import nl.regioregister.command.persoon.PersoonsregisterInGeheugen;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.BenoemingBeeindigd;
import nl.regioregister.events.regio.BestuurlijkTrekkerAangewezen;
import nl.regioregister.events.regio.Bestuursrol;
import nl.regioregister.events.regio.DepartementsvoorkeurUitgesproken;
import nl.regioregister.events.regio.ProgrammamanagerAangesteld;
import nl.regioregister.events.regio.ProgrammamedewerkerAangesteld;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RegioSoort;
import nl.regioregister.events.regio.RegioadviseurBenoemd;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import nl.regioregister.events.regio.VoorkeursdepartementAangewezen;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Governance per region: the Rijk appoints its roles and decides the voorkeursdepartement, the region appoints its
 * own roles and states its preference (memo governance Achterhoek, AB 5 maart 2025).
 */
class BestuurTest {

    private static final RegioGeregistreerd ACHTERHOEK = new RegioGeregistreerd("achterhoek", "Achterhoek",
            RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN, List.of("Gelderland"), List.of());
    private static final ProgrammamanagerAangesteld PROGRAMMAMANAGER = new ProgrammamanagerAangesteld("achterhoek",
            "persoon-jansen", "Regio Achterhoek");

    private AggregateTestFixture<Regio> fixture;
    private final PersoonsregisterInGeheugen register = new PersoonsregisterInGeheugen();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Regio.class);
        fixture.registerInjectableResource(register);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
    }

    // --- regioadviseur ---

    @Test
    void het_rijk_benoemt_een_regioadviseur() {
        fixture.given(ACHTERHOEK)
                .when(new BenoemRegioadviseur("achterhoek", " P. de Boer ", "regio-coördinator", Departement.BZK),
                        doorBzk())
                .expectEvents(new RegioadviseurBenoemd("achterhoek", "persoon-1", Departement.BZK));
        assertThat(register.gegevens("persoon-1")).contains(new Persoonsgegevens("P. de Boer", "regio-coördinator"));
    }

    @Test
    void een_regioadviseur_zonder_naam_en_departement_noemt_beide_fouten() {
        fixture.given(ACHTERHOEK)
                .when(new BenoemRegioadviseur("achterhoek", null, null, null), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("naam: de regioadviseur heeft een naam; "
                        + "departement: de regioadviseur komt van een departement");
    }

    @Test
    void een_regio_benoemt_geen_regioadviseur() {
        fixture.given(ACHTERHOEK)
                .when(new BenoemRegioadviseur("achterhoek", "P. de Boer", null, Departement.BZK),
                        doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("BenoemRegioadviseur is een besluit van het Rijk en vraagt de rol BZK");
    }

    // --- bestuurlijk trekker ---

    @Test
    void de_regio_wijst_een_wethouder_van_een_van_haar_gemeenten_aan_als_bestuurlijk_trekker() {
        fixture.given(ACHTERHOEK)
                .when(new WijsBestuurlijkTrekkerAan("achterhoek", "A. Bakker", "wethouder", "gemeente Doetinchem"),
                        doorRegio("achterhoek"))
                .expectEvents(new BestuurlijkTrekkerAangewezen("achterhoek", "persoon-1", "gemeente Doetinchem"));
        assertThat(register.gegevens("persoon-1")).contains(new Persoonsgegevens("A. Bakker", "wethouder"));
    }

    @Test
    void een_bestuurlijk_trekker_zonder_naam_functie_en_organisatie_noemt_elke_fout() {
        fixture.given(ACHTERHOEK)
                .when(new WijsBestuurlijkTrekkerAan("achterhoek", "", null, " "), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("naam: de bestuurlijk trekker heeft een naam; "
                        + "functie: de bestuurlijk trekker is bestuurder, bijvoorbeeld wethouder; "
                        + "organisatie: noem waar de bestuurlijk trekker bestuurder is, bijvoorbeeld een gemeente");
    }

    @Test
    void het_rijk_wijst_de_bestuurlijk_trekker_van_een_regio_niet_aan() {
        fixture.given(ACHTERHOEK)
                .when(new WijsBestuurlijkTrekkerAan("achterhoek", "A. Bakker", "wethouder", "gemeente Doetinchem"),
                        doorBzk())
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("WijsBestuurlijkTrekkerAan is een besluit van de regio zelf");
    }

    @Test
    void een_andere_regio_wijst_de_bestuurlijk_trekker_niet_aan() {
        fixture.given(ACHTERHOEK)
                .when(new WijsBestuurlijkTrekkerAan("achterhoek", "A. Bakker", "wethouder", "gemeente Doetinchem"),
                        doorRegio("twente"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("WijsBestuurlijkTrekkerAan is een besluit van de regio zelf");
    }

    // --- programmamanager and programmamedewerker ---

    @Test
    void de_regio_stelt_een_programmamanager_aan() {
        fixture.given(ACHTERHOEK)
                .when(new StelProgrammamanagerAan("achterhoek", "M. Jansen", "Programmamanager NPVR",
                        "Regio Achterhoek"), doorRegio("achterhoek"))
                .expectEvents(new ProgrammamanagerAangesteld("achterhoek", "persoon-1", "Regio Achterhoek"));
        assertThat(register.gegevens("persoon-1"))
                .contains(new Persoonsgegevens("M. Jansen", "Programmamanager NPVR"));
    }

    @Test
    void een_geweigerde_aanstelling_laat_geen_persoonsgegevens_achter() {
        fixture.given(ACHTERHOEK)
                .when(new StelProgrammamanagerAan("achterhoek", "M. Jansen", null, null), doorBzk())
                .expectException(GeenBevoegdheid.class);
        assertThat(register.stand("persoon-1")).isEqualTo(Persoonsregister.Stand.ONBEKEND);
    }

    @Test
    void een_nieuwe_programmamanager_vervangt_de_vorige() {
        fixture.given(ACHTERHOEK, PROGRAMMAMANAGER)
                .when(new StelProgrammamanagerAan("achterhoek", "K. Smit", "", null), doorRegio("achterhoek"))
                .expectEvents(new ProgrammamanagerAangesteld("achterhoek", "persoon-1", null));
        assertThat(register.gegevens("persoon-1")).contains(new Persoonsgegevens("K. Smit", null));
    }

    @Test
    void een_programmamanager_zonder_naam_wordt_geweigerd() {
        fixture.given(ACHTERHOEK)
                .when(new StelProgrammamanagerAan("achterhoek", " ", "Programmamanager a.i.", null),
                        doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("naam: de programmamanager heeft een naam");
    }

    @Test
    void het_rijk_stelt_de_programmamanager_van_een_regio_niet_aan() {
        fixture.given(ACHTERHOEK)
                .when(new StelProgrammamanagerAan("achterhoek", "M. Jansen", null, null), doorBzk())
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("StelProgrammamanagerAan is een besluit van de regio zelf");
    }

    @Test
    void de_regio_stelt_een_programmamedewerker_aan() {
        fixture.given(ACHTERHOEK, PROGRAMMAMANAGER)
                .when(new StelProgrammamedewerkerAan("achterhoek", "S. Visser", "Medewerker NPVR", null),
                        doorRegio("achterhoek"))
                .expectEvents(new ProgrammamedewerkerAangesteld("achterhoek", "persoon-1", null));
        assertThat(register.gegevens("persoon-1")).contains(new Persoonsgegevens("S. Visser", "Medewerker NPVR"));
    }

    @Test
    void een_programmamedewerker_zonder_naam_wordt_geweigerd() {
        fixture.given(ACHTERHOEK)
                .when(new StelProgrammamedewerkerAan("achterhoek", null, null, null), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("naam: de programmamedewerker heeft een naam");
    }

    @Test
    void het_rijk_stelt_de_programmamedewerker_van_een_regio_niet_aan() {
        fixture.given(ACHTERHOEK)
                .when(new StelProgrammamedewerkerAan("achterhoek", "S. Visser", null, null), doorBzk())
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("StelProgrammamedewerkerAan is een besluit van de regio zelf");
    }

    // --- voorkeursdepartement ---

    @Test
    void de_regio_spreekt_haar_voorkeur_uit_met_een_alternatief() {
        fixture.given(ACHTERHOEK)
                .when(new SpreekDepartementsvoorkeurUit("achterhoek", Departement.IENW, Departement.VRO),
                        doorRegio("achterhoek"))
                .expectEvents(new DepartementsvoorkeurUitgesproken("achterhoek", Departement.IENW, Departement.VRO));
    }

    @Test
    void een_voorkeur_zonder_departement_wordt_geweigerd() {
        fixture.given(ACHTERHOEK)
                .when(new SpreekDepartementsvoorkeurUit("achterhoek", null, Departement.VRO), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("voorkeur: noem het departement van voorkeur");
    }

    @Test
    void het_alternatief_is_een_ander_departement_dan_de_voorkeur() {
        fixture.given(ACHTERHOEK)
                .when(new SpreekDepartementsvoorkeurUit("achterhoek", Departement.IENW, Departement.IENW),
                        doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("alternatief: het alternatief is een ander departement dan de voorkeur");
    }

    @Test
    void het_rijk_spreekt_niet_de_voorkeur_van_de_regio_uit() {
        fixture.given(ACHTERHOEK)
                .when(new SpreekDepartementsvoorkeurUit("achterhoek", Departement.IENW, null), doorBzk())
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("SpreekDepartementsvoorkeurUit is een besluit van de regio zelf");
    }

    @Test
    void het_rijk_wijst_een_voorkeursdepartement_en_ambtelijk_trekker_aan_die_van_de_voorkeur_mag_afwijken() {
        fixture.given(ACHTERHOEK,
                        new DepartementsvoorkeurUitgesproken("achterhoek", Departement.IENW, Departement.VRO))
                .when(new WijsVoorkeursdepartementAan("achterhoek", Departement.VRO, "R. Mulder", "directeur"),
                        doorBzk())
                .expectEvents(new VoorkeursdepartementAangewezen("achterhoek", Departement.VRO, "persoon-1"));
        assertThat(register.gegevens("persoon-1")).contains(new Persoonsgegevens("R. Mulder", "directeur"));
    }

    @Test
    void het_rijk_wijst_een_voorkeursdepartement_aan_voordat_de_trekker_bekend_is() {
        fixture.given(ACHTERHOEK)
                .when(new WijsVoorkeursdepartementAan("achterhoek", Departement.IENW, " ", null), doorBzk())
                .expectEvents(new VoorkeursdepartementAangewezen("achterhoek", Departement.IENW, null));
        assertThat(register.stand("persoon-1")).isEqualTo(Persoonsregister.Stand.ONBEKEND);
    }

    @Test
    void een_aanwijzing_zonder_departement_en_met_een_functie_zonder_naam_noemt_beide_fouten() {
        fixture.given(ACHTERHOEK)
                .when(new WijsVoorkeursdepartementAan("achterhoek", null, null, "directeur"), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("departement: noem het voorkeursdepartement; "
                        + "ambtelijkTrekker: een functie zonder naam benoemt niemand");
    }

    @Test
    void een_regio_wijst_haar_voorkeursdepartement_niet_zelf_aan() {
        fixture.given(ACHTERHOEK)
                .when(new WijsVoorkeursdepartementAan("achterhoek", Departement.IENW, "R. Mulder", null),
                        doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("WijsVoorkeursdepartementAan is een besluit van het Rijk en vraagt de rol BZK");
    }

    // --- ending an appointment ---

    @Test
    void de_regio_beeindigt_de_benoeming_van_haar_programmamanager_en_de_rol_is_vacant() {
        fixture.given(ACHTERHOEK, PROGRAMMAMANAGER)
                .when(new BeeindigBenoeming("achterhoek", Bestuursrol.PROGRAMMAMANAGER), doorRegio("achterhoek"))
                .expectEvents(new BenoemingBeeindigd("achterhoek", Bestuursrol.PROGRAMMAMANAGER, "persoon-jansen"));
    }

    @Test
    void de_beeindiging_noemt_de_laatst_benoemde() {
        fixture.given(ACHTERHOEK,
                        new RijksvertegenwoordigerBenoemd("achterhoek", "persoon-de-vries", Departement.IENW),
                        new RijksvertegenwoordigerBenoemd("achterhoek", "persoon-a-jansen", Departement.VRO))
                .when(new BeeindigBenoeming("achterhoek", Bestuursrol.RIJKSVERTEGENWOORDIGER), doorBzk())
                .expectEvents(new BenoemingBeeindigd("achterhoek", Bestuursrol.RIJKSVERTEGENWOORDIGER,
                        "persoon-a-jansen"));
    }

    @Test
    void het_rijk_beeindigt_de_benoeming_van_de_ambtelijk_trekker_van_het_voorkeursdepartement() {
        fixture.given(ACHTERHOEK,
                        new VoorkeursdepartementAangewezen("achterhoek", Departement.IENW, "persoon-mulder"))
                .when(new BeeindigBenoeming("achterhoek", Bestuursrol.AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT),
                        doorBzk())
                .expectEvents(new BenoemingBeeindigd("achterhoek", Bestuursrol.AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT,
                        "persoon-mulder"));
    }

    @Test
    void een_vacante_rol_heeft_geen_benoeming_om_te_beeindigen() {
        fixture.given(ACHTERHOEK)
                .when(new BeeindigBenoeming("achterhoek", Bestuursrol.BESTUURLIJK_TREKKER), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(RolIsVacant.class)
                .expectExceptionMessage("de rol BESTUURLIJK_TREKKER in regio achterhoek is vacant; "
                        + "er is geen benoeming om te beëindigen");
    }

    @Test
    void een_beeindigde_benoeming_wordt_niet_nogmaals_beeindigd() {
        fixture.given(ACHTERHOEK, PROGRAMMAMANAGER,
                        new BenoemingBeeindigd("achterhoek", Bestuursrol.PROGRAMMAMANAGER, "persoon-jansen"))
                .when(new BeeindigBenoeming("achterhoek", Bestuursrol.PROGRAMMAMANAGER), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(RolIsVacant.class)
                .expectExceptionMessage("de rol PROGRAMMAMANAGER in regio achterhoek is vacant; "
                        + "er is geen benoeming om te beëindigen");
    }

    @Test
    void een_voorkeursdepartement_zonder_trekker_laat_de_rol_van_trekker_vacant() {
        fixture.given(ACHTERHOEK,
                        new VoorkeursdepartementAangewezen("achterhoek", Departement.IENW, "persoon-mulder"),
                        new VoorkeursdepartementAangewezen("achterhoek", Departement.VRO, null))
                .when(new BeeindigBenoeming("achterhoek", Bestuursrol.AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT),
                        doorBzk())
                .expectNoEvents()
                .expectException(RolIsVacant.class)
                .expectExceptionMessage("de rol AMBTELIJK_TREKKER_VOORKEURSDEPARTEMENT in regio achterhoek is "
                        + "vacant; er is geen benoeming om te beëindigen");
    }

    @Test
    void een_regio_beeindigt_geen_benoeming_in_een_rol_van_het_rijk() {
        fixture.given(ACHTERHOEK, new RegioadviseurBenoemd("achterhoek", "persoon-de-boer", Departement.BZK))
                .when(new BeeindigBenoeming("achterhoek", Bestuursrol.REGIOADVISEUR), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("BeeindigBenoeming is een besluit van het Rijk en vraagt de rol BZK");
    }

    @Test
    void het_rijk_beeindigt_geen_benoeming_in_een_rol_van_de_regio() {
        fixture.given(ACHTERHOEK, PROGRAMMAMANAGER)
                .when(new BeeindigBenoeming("achterhoek", Bestuursrol.PROGRAMMAMANAGER), doorBzk())
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("BeeindigBenoeming is een besluit van de regio zelf");
    }

    @Test
    void een_beeindiging_zonder_rol_wordt_geweigerd() {
        fixture.given(ACHTERHOEK, PROGRAMMAMANAGER)
                .when(new BeeindigBenoeming("achterhoek", null), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("rol: noem de rol waarvan de benoeming eindigt");
    }
}
