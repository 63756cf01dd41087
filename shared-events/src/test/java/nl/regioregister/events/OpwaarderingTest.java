package nl.regioregister.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.stream.Stream;
import nl.regioregister.events.kamer.ToezeggingGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingVervuld;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every change of an event's shape brings the pinned JSON of the old revision, as it lies stored, to a readable event
 * of the new revision.
 */
class OpwaarderingTest {

    @TestFactory
    Stream<DynamicTest> de_vastgepinde_json_van_elke_oude_revisie_leest_als_de_nieuwe() {
        return Opwaardering.ALLE.stream().map(opwaardering -> dynamicTest(
                opwaardering.type() + " v" + opwaardering.vanRevisie() + " -> v" + opwaardering.naarRevisie(), () -> {
                    JsonNode oud = Contract.JSON.readTree(Contract.voorbeeldbestand(
                            opwaardering.type() + ".v" + opwaardering.vanRevisie()).toFile());
                    JsonNode nieuw = pasToe(opwaardering, oud);
                    Class<?> klasse = Class.forName(opwaardering.klassenaam());
                    assertThat(EventType.revisie(klasse)).isEqualTo(opwaardering.naarRevisie());
                    Object gelezen = Contract.JSON.treeToValue(nieuw, klasse);
                    assertThat(gelezen).isNotNull();
                }));
    }

    @Test
    void een_oude_vervulling_houdt_haar_kamerbrief_en_datum() throws Exception {
        JsonNode oud = Contract.JSON.readTree("""
                {"toezeggingId": "TZ-1", "kamerbrief": "29697-175", "kamerbriefDatum": "2026-02-12"}""");
        ToezeggingVervuld gelezen = Contract.JSON.treeToValue(pasToe(opwaardering("ToezeggingVervuld"), oud),
                ToezeggingVervuld.class);
        assertThat(gelezen).isEqualTo(new ToezeggingVervuld("TZ-1", "29697-175", LocalDate.of(2026, 2, 12), null,
                null));
    }

    @Test
    void een_oude_toezegging_houdt_haar_datum_en_krijgt_geen_regios() throws Exception {
        JsonNode oud = Contract.JSON.readTree("""
                {"toezeggingId": "TZ-1", "omschrijving": "Voortgangsbrief", "gedaanAan": null,
                 "gedaanIn": "Debat 2 oktober 2025", "uiterlijk": "2026-03-31", "motie": "29697-169"}""");
        ToezeggingGeregistreerd gelezen = Contract.JSON.treeToValue(
                pasToe(opwaardering("ToezeggingGeregistreerd"), oud), ToezeggingGeregistreerd.class);
        assertThat(gelezen.uiterlijk()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(gelezen.regios()).isEmpty();
        assertThat(gelezen.termijn()).isNull();
        assertThat(gelezen.motie()).isEqualTo("29697-169");
    }

    @Test
    void een_oude_opname_in_een_programma_krijgt_geen_rijksbijdrage() throws Exception {
        JsonNode oud = Contract.JSON.readTree("""
                {"regioId": "achterhoek", "programma": "REGIO_DEAL", "vanaf": "2024-01-01",
                 "omschrijving": "5e tranche, Rijksbijdrage € 25 mln"}""");
        nl.regioregister.events.regio.OpgenomenInProgramma gelezen = Contract.JSON.treeToValue(
                pasToe(opwaardering("OpgenomenInProgramma"), oud), nl.regioregister.events.regio.OpgenomenInProgramma.class);
        assertThat(gelezen.rijksbijdrage()).isNull();
        assertThat(gelezen.omschrijving()).isEqualTo("5e tranche, Rijksbijdrage € 25 mln");
    }

    @Test
    void een_opgeslagen_lopend_traject_van_revisie_1_leest_als_revisie_2_met_zijn_begindatum() throws Exception {
        JsonNode oud = Contract.JSON.readTree("""
                {"trajectId": "vhf-2021", "regioId": "achterhoek", "naam": "Volkshuisvestingsfonds 2021",
                 "departementen": ["VRO"], "andereOverheid": null, "vanaf": "2021-06-01", "tot": null,
                 "bedrag": 5134714.00, "omvang": null, "actieVoorContinuiteit": null}""");
        nl.regioregister.events.traject.LopendTrajectGeregistreerd gelezen = Contract.JSON.treeToValue(
                pasToe(opwaardering("LopendTrajectGeregistreerd"), oud),
                nl.regioregister.events.traject.LopendTrajectGeregistreerd.class);
        assertThat(gelezen.vanaf()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(gelezen.bedrag()).isEqualByComparingTo("5134714.00");
        assertThat(gelezen.departementen()).containsExactly(Departement.VRO);

        JsonNode oudBijgewerkt = Contract.JSON.readTree(Contract.voorbeeldbestand(
                "nl.regioregister.traject.LopendTrajectBijgewerkt.v1").toFile());
        nl.regioregister.events.traject.LopendTrajectBijgewerkt bijgewerkt = Contract.JSON.treeToValue(
                pasToe(opwaardering("LopendTrajectBijgewerkt"), oudBijgewerkt),
                nl.regioregister.events.traject.LopendTrajectBijgewerkt.class);
        assertThat(bijgewerkt.vanaf()).isNotNull().hasToString(oudBijgewerkt.path("vanaf").asText());
    }

    @Test
    void het_gepubliceerde_schema_van_revisie_1_eist_een_begindatum_en_dat_van_revisie_2_niet() throws Exception {
        for (String naam : java.util.List.of("LopendTrajectGeregistreerd", "LopendTrajectBijgewerkt")) {
            String type = "nl.regioregister.traject." + naam;
            ObjectNode zonderBegin = ((ObjectNode) Contract.JSON.readTree(
                    Contract.voorbeeldbestand(type + ".v1").toFile())).deepCopy();
            zonderBegin.putNull("vanaf");
            com.networknt.schema.JsonSchema v1 = Schemavalidatie.schema(
                    Contract.JSON.readTree(Contract.schemabestand(type + ".v1").toFile()));
            com.networknt.schema.JsonSchema v2 = Schemavalidatie.schema(
                    Contract.JSON.readTree(Contract.schemabestand(type + ".v2").toFile()));
            assertThat(v1.validate(zonderBegin)).as("revisie 1 van " + naam + " zoals gepubliceerd").isNotEmpty();
            assertThat(v2.validate(zonderBegin)).as("revisie 2 van " + naam).isEmpty();
        }
    }

    void een_oude_benoeming_verwijst_naar_de_persoon_onder_haar_eigen_gebeurtenis_id_en_draagt_geen_naam_meer()
            throws Exception {
        JsonNode oud = Contract.JSON.readTree("""
                {"regioId": "achterhoek", "naam": "J. de Vries", "functie": "DG Mobiliteit", "departement": "IENW"}""");
        JsonNode nieuw = pasToe(opwaardering("RijksvertegenwoordigerBenoemd"), oud, "e-1");
        assertThat(nieuw.has("naam")).isFalse();
        assertThat(nieuw.has("functie")).isFalse();
        assertThat(Contract.JSON.treeToValue(nieuw, nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd.class))
                .isEqualTo(new nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd("achterhoek", "e-1",
                        Departement.IENW));
    }

    @Test
    void een_oude_aanwijzing_zonder_ambtelijk_trekker_verwijst_naar_niemand() throws Exception {
        JsonNode zonder = Contract.JSON.readTree("""
                {"regioId": "achterhoek", "departement": "IENW", "ambtelijkTrekker": null,
                 "ambtelijkTrekkerFunctie": null}""");
        JsonNode met = Contract.JSON.readTree("""
                {"regioId": "achterhoek", "departement": "IENW", "ambtelijkTrekker": "R. Mulder",
                 "ambtelijkTrekkerFunctie": "directeur"}""");
        Opwaardering opwaardering = opwaardering("VoorkeursdepartementAangewezen");
        assertThat(Contract.JSON.treeToValue(pasToe(opwaardering, zonder, "e-2"),
                nl.regioregister.events.regio.VoorkeursdepartementAangewezen.class).ambtelijkTrekkerPersoonId())
                .isNull();
        JsonNode nieuw = pasToe(opwaardering, met, "e-3");
        assertThat(nieuw.toString()).doesNotContain("Mulder").doesNotContain("directeur");
        assertThat(nieuw.path("ambtelijkTrekkerPersoonId").asText()).isEqualTo("e-3");
    }

    private static final String GEBEURTENIS_ID = "0f2c6a52-6f54-4b55-9a43-9a6f2f0a5e11";

    private static Opwaardering opwaardering(String naam) {
        return Opwaardering.ALLE.stream().filter(o -> o.type().endsWith("." + naam)).findFirst().orElseThrow();
    }

    /** The same reading of the declaration as the upcasters of both sides. */
    private static JsonNode pasToe(Opwaardering opwaardering, JsonNode inhoud) {
        return pasToe(opwaardering, inhoud, GEBEURTENIS_ID);
    }

    private static JsonNode pasToe(Opwaardering opwaardering, JsonNode inhoud, String gebeurtenisId) {
        ObjectNode velden = ((ObjectNode) inhoud).deepCopy();
        for (Opwaardering.Veldwijziging wijziging : opwaardering.wijzigingen()) {
            switch (wijziging.soort()) {
                case HERNOEMD -> velden.set(wijziging.naar(), velden.remove(wijziging.veld()));
                case TOEGEVOEGD -> {
                    if (!velden.has(wijziging.veld())) {
                        velden.putNull(wijziging.veld());
                    }
                }
                case TOEGEVOEGDE_LIJST -> {
                    if (!velden.has(wijziging.veld())) {
                        velden.putArray(wijziging.veld());
                    }
                }
                case VERWIJDERD -> velden.remove(wijziging.veld());
                case PERSOONSVERWIJZING -> {
                    if (velden.path(wijziging.naar()).isTextual()) {
                        velden.put(wijziging.veld(), gebeurtenisId);
                    } else {
                        velden.putNull(wijziging.veld());
                    }
                }
            }
        }
        return velden;
    }
}
