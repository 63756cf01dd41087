package nl.regioregister.query.woo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import nl.regioregister.query.contract.BasisUrl;
import nl.regioregister.query.contract.ContractInstellingen;
import nl.regioregister.query.contract.Schemacatalogus;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** What a Woo platform receives of one recorded decision, with the published schemas as they are pinned. */
class WoopublicatieTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final Woopublicatie publicatie = new Woopublicatie(new Schemacatalogus(JSON,
            new BasisUrl(new ContractInstellingen("https://regioregister.example"), new MockEnvironment())));

    private static VastgelegdeBesluiten.Vastgelegd besluit(String type, String organisatie, String bron, String inhoud,
                                                          String orgaan, String orgaanNaam, String namens)
            throws Exception {
        return new VastgelegdeBesluiten.Vastgelegd(7, "e-7", type, "1", "achterhoek", organisatie,
                Instant.parse("2025-03-10T09:30:00Z"), LocalDate.of(2025, 3, 5), "Voordracht stuurgroep", bron,
                JSON.readTree(inhoud), orgaan, orgaanNaam, namens, null);
    }

    @Test
    void de_naam_van_een_benoemde_blijft_uit_de_inhoud_en_het_besluit_is_deels_openbaar() throws Exception {
        Woobesluit woo = publicatie.van(besluit("RijksvertegenwoordigerBenoemd", "BZK", "Kamerbrief NPVR", """
                {"regioId": "achterhoek", "naam": "J. de Vries", "functie": "DG Mobiliteit", "departement": "IENW"}""",
                "MINISTER", "minister van BZK", "de minister van BZK"));

        assertThat(woo.inhoud().path("naam").isNull()).isTrue();
        assertThat(woo.inhoud().path("functie").asText()).isEqualTo("DG Mobiliteit");
        assertThat(woo.inhoud().path("departement").asText()).isEqualTo("IENW");
        assertThat(woo.openbaarheid().status()).isEqualTo("deels openbaar");
        assertThat(woo.openbaarheid().weigeringsgronden()).containsExactly("Woo art. 5.1 lid 2 sub e");
        assertThat(woo.openbaarheid().weggelaten()).containsExactly("naam");
        assertThat(JSON.writeValueAsString(woo)).doesNotContain("Vries");
    }

    @Test
    void een_besluit_zonder_persoonsgegevens_is_openbaar_met_zijn_hele_inhoud() throws Exception {
        Woobesluit woo = publicatie.van(besluit("DepartementsvoorkeurUitgesproken", "achterhoek",
                "AB 5 maart 2025, agendapunt 3", """
                        {"regioId": "achterhoek", "voorkeur": "IENW", "alternatief": "VRO"}""",
                "ALGEMEEN_BESTUUR", "AB Regio Achterhoek", null));

        assertThat(woo.openbaarheid().status()).isEqualTo("openbaar");
        assertThat(woo.openbaarheid().weggelaten()).isEmpty();
        assertThat(woo.inhoud().path("voorkeur").asText()).isEqualTo("IENW");
    }

    @Test
    void de_diwoo_metadata_noemen_categorie_publisher_verantwoordelijke_titel_en_de_vaststelling() throws Exception {
        Woobesluit woo = publicatie.van(besluit("DepartementsvoorkeurUitgesproken", "achterhoek",
                "AB 5 maart 2025, agendapunt 3", """
                        {"regioId": "achterhoek", "voorkeur": "IENW", "alternatief": "VRO"}""",
                "ALGEMEEN_BESTUUR", "AB Regio Achterhoek", null));
        DiWooDocument diwoo = woo.diwoo();

        assertThat(diwoo.classificatiecollectie().informatiecategorieen()).containsExactly(new Waarde(
                "https://identifier.overheid.nl/tooi/def/thes/kern/c_aab6bfc7",
                "overige besluiten van algemene strekking"));
        assertThat(diwoo.publisher().id()).isEqualTo("https://identifier.overheid.nl/tooi/id/ministerie/mnre1034");
        assertThat(diwoo.verantwoordelijke()).isEqualTo(new Waarde(null, "regio achterhoek"));
        assertThat(diwoo.titelcollectie().officieleTitel())
                .isEqualTo("Departementsvoorkeur uitgesproken, regio achterhoek");
        assertThat(diwoo.omschrijvingen()).containsExactly("Voordracht stuurgroep");
        assertThat(diwoo.creatiedatum()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(diwoo.identifiers()).containsExactly("e-7");
        assertThat(diwoo.language().label()).isEqualTo("Nederlands");
        DiWooDocument.Documenthandeling vaststelling = diwoo.documenthandelingen().get(0);
        assertThat(vaststelling.soortHandeling().id())
                .isEqualTo("https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76");
        assertThat(vaststelling.soortHandeling().label()).isEqualTo("vaststelling");
        assertThat(vaststelling.atTime()).hasToString("2025-03-05T00:00+01:00");
        assertThat(vaststelling.wasAssociatedWith().label()).isEqualTo("AB Regio Achterhoek");
    }

    @Test
    void de_verantwoordelijke_is_bzk_een_ministerie_of_een_regio() {
        assertThat(Woopublicatie.verantwoordelijke("BZK")).isEqualTo(Woopublicatie.BZK);
        assertThat(Woopublicatie.verantwoordelijke("IENW").label())
                .isEqualTo("ministerie van Infrastructuur en Waterstaat");
        assertThat(Woopublicatie.verantwoordelijke("twente").label()).isEqualTo("regio twente");
    }

    @Test
    void de_documentlocatie_linkt_een_kamerstuk_en_een_webadres_en_noemt_anders_alleen_de_bron() {
        assertThat(Woopublicatie.documentlocatie("Kamerstuk 29697, nr. 169").weblocatie())
                .isEqualTo("https://zoek.officielebekendmakingen.nl/kst-29697-169.html");
        assertThat(Woopublicatie.documentlocatie("https://www.rijksoverheid.nl/documenten/kamerstukken/npvr")
                .weblocatie()).isEqualTo("https://www.rijksoverheid.nl/documenten/kamerstukken/npvr");
        Woobesluit.Documentlocatie vergadering = Woopublicatie.documentlocatie("AB 5 maart 2025, agendapunt 3");
        assertThat(vergadering.bron()).isEqualTo("AB 5 maart 2025, agendapunt 3");
        assertThat(vergadering.weblocatie()).isNull();
        assertThat(Woopublicatie.documentlocatie("javascript:alert(1)").weblocatie()).isNull();
    }

    @Test
    void van_een_onbekend_type_wordt_geen_inhoud_gepubliceerd() throws Exception {
        Woobesluit woo = publicatie.van(besluit("BestaatNiet", "BZK", "bron", """
                {"naam": "J. de Vries"}""", null, null, null));
        assertThat(woo.inhoud()).isNull();
        assertThat(woo.openbaarheid().status()).isEqualTo("deels openbaar");
        assertThat(woo.openbaarheid().weggelaten()).containsExactly("inhoud");
    }

    @Test
    void de_lijst_van_indieners_van_een_motie_blijft_uit_de_inhoud() throws Exception {
        Woobesluit woo = publicatie.van(besluit("MotieGeregistreerd", "BZK", "Kamerstuk 29697, nr. 169", """
                {"kamerstuknummer": "29697-169", "titel": "Motie Flach", "indieners": ["Flach", "Bikker"],
                 "aangenomenOp": "2024-12-17"}""", null, null, null));
        JsonNode inhoud = woo.inhoud();
        assertThat(inhoud.path("indieners").isNull()).isTrue();
        assertThat(inhoud.path("titel").asText()).isEqualTo("Motie Flach");
        assertThat(woo.documentlocatie().weblocatie())
                .isEqualTo("https://zoek.officielebekendmakingen.nl/kst-29697-169.html");
    }
}
