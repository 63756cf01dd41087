package nl.regioregister.query.feed;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import nl.regioregister.query.contract.BasisUrl;
import nl.regioregister.query.contract.ContractInstellingen;
import nl.regioregister.query.contract.Schemacatalogus;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The feed's projection and pages on a real PostgreSQL, parsed with the CloudEvents SDK as an integrator would. */
class FeedTest {

    private static final ObjectMapper SDK = new ObjectMapper().registerModule(JsonFormat.getCloudEventJacksonModule());

    private static FeedDatabase database;
    private FeedRepository feed;
    private FeedProjectie projectie;
    private CloudEvents cloudEvents;

    @BeforeAll
    static void start() {
        database = new FeedDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @BeforeEach
    void leeg() {
        database.jdbc().sql("DELETE FROM feed_gebeurtenis").update();
        feed = new FeedRepository(database.jdbc());
        projectie = new FeedProjectie(feed, new FeedSignaal(), Gebeurtenissen.JSON,
                new nl.regioregister.query.platform.Bundeling());
        FeedInstellingen instellingen = new FeedInstellingen("urn:nld:oin:00000001234567890000:systeem:regioregister",
                null, null, null, null, null);
        cloudEvents = new CloudEvents(instellingen,
                new Schemacatalogus(Gebeurtenissen.JSON,
                        new BasisUrl(new ContractInstellingen("https://regioregister.example"), new MockEnvironment())));
    }

    private void verwerk(DomainEventMessage<?> bericht) {
        projectie.on(bericht.getPayload(), bericht);
    }

    private List<CloudEvent> lees(long na, FeedFilter filter, int limit) throws Exception {
        return SDK.readValue(cloudEvents.batch(feed.pagina(na, filter, limit).regels()), new TypeReference<>() {
        });
    }

    @Test
    void elke_gebeurtenis_krijgt_de_volgende_positie_zonder_gaten_en_een_herhaling_houdt_haar_positie() {
        DomainEventMessage<?> eerste = Gebeurtenissen.geregistreerd("achterhoek", "Achterhoek");
        verwerk(eerste);
        verwerk(Gebeurtenissen.geregistreerd("twente", "Twente"));
        verwerk(Gebeurtenissen.benoemd("achterhoek", "J. de Vries", "2025-03-05"));
        verwerk(eerste);

        assertThat(feed.kop()).isEqualTo(3);
        assertThat(feed.pagina(0, FeedFilter.ALLES, 10).regels()).extracting(FeedRegel::positie)
                .containsExactly(1L, 2L, 3L);
        assertThat(feed.op(1)).get().extracting(FeedRegel::gebeurtenisId).isEqualTo(eerste.getIdentifier());
    }

    @Test
    void de_hele_historie_laat_zich_vanaf_0_bladeren_en_vanaf_elke_positie_hervatten() {
        for (int i = 0; i < 25; i++) {
            verwerk(Gebeurtenissen.benoemd("achterhoek", "Benoemde " + i, "2025-03-05"));
        }
        List<Long> gelezen = new ArrayList<>();
        long na = 0;
        FeedRepository.Pagina pagina;
        do {
            pagina = feed.pagina(na, FeedFilter.ALLES, 10);
            pagina.regels().forEach(r -> gelezen.add(r.positie()));
            na = pagina.volgende();
        } while (!pagina.regels().isEmpty());
        assertThat(gelezen).containsExactlyElementsOf(LongStream.rangeClosed(1, 25).boxed().toList());
        assertThat(na).isEqualTo(25);
        assertThat(feed.pagina(17, FeedFilter.ALLES, 3).regels()).extracting(FeedRegel::positie)
                .containsExactly(18L, 19L, 20L);
        assertThat(feed.pagina(17, FeedFilter.ALLES, 3).volgende()).isEqualTo(20);
    }

    @Test
    void de_feed_filtert_op_type_regio_en_ingangsdatum_en_slaat_na_een_onvolle_pagina_door_naar_de_kop() {
        verwerk(Gebeurtenissen.geregistreerd("achterhoek", "Achterhoek"));
        verwerk(Gebeurtenissen.geregistreerd("twente", "Twente"));
        verwerk(Gebeurtenissen.benoemd("achterhoek", "J. de Vries", "2025-03-05"));
        verwerk(Gebeurtenissen.benoemd("twente", "A. Jansen", "2025-04-01"));
        verwerk(Gebeurtenissen.benoemd("achterhoek", "M. Peters", "2025-06-01"));

        FeedFilter benoemingen = new FeedFilter(List.of("nl.regioregister.regio.RijksvertegenwoordigerBenoemd"),
                null, null, null);
        assertThat(feed.pagina(0, benoemingen, 10).regels()).extracting(FeedRegel::positie)
                .containsExactly(3L, 4L, 5L);
        FeedFilter metRevisie = new FeedFilter(List.of("nl.regioregister.regio.RegioGeregistreerd.v1"),
                null, null, null);
        assertThat(feed.pagina(0, metRevisie, 10).regels()).extracting(FeedRegel::positie).containsExactly(1L, 2L);

        FeedFilter achterhoek = new FeedFilter(null, List.of("achterhoek"), null, null);
        assertThat(feed.pagina(0, achterhoek, 10).regels()).extracting(FeedRegel::positie)
                .containsExactly(1L, 3L, 5L);
        FeedFilter twee = new FeedFilter(null, List.of("achterhoek,twente"), null, null);
        assertThat(feed.pagina(0, twee, 10).regels()).hasSize(5);

        FeedFilter voorjaar = new FeedFilter(null, null, LocalDate.of(2025, 3, 5), LocalDate.of(2025, 4, 1));
        FeedRepository.Pagina pagina = feed.pagina(0, voorjaar, 10);
        assertThat(pagina.regels()).extracting(FeedRegel::positie).containsExactly(3L, 4L);
        assertThat(pagina.volgende()).isEqualTo(5);

        FeedRepository.Pagina vol = feed.pagina(0, achterhoek, 2);
        assertThat(vol.regels()).extracting(FeedRegel::positie).containsExactly(1L, 3L);
        assertThat(vol.volgende()).isEqualTo(3);
    }

    @Test
    void elke_pagina_is_een_cloudevents_batch_volgens_het_nl_gov_profiel() throws Exception {
        verwerk(Gebeurtenissen.geregistreerd("achterhoek", "Achterhoek"));
        DomainEventMessage<?> benoeming = Gebeurtenissen.benoemd("achterhoek", "J. de Vries", "2025-03-05");
        verwerk(benoeming);

        List<CloudEvent> events = lees(0, FeedFilter.ALLES, 10);
        assertThat(events).hasSize(2);
        CloudEvent event = events.get(1);
        assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(event.getId()).isEqualTo(benoeming.getIdentifier());
        assertThat(event.getSource().toString()).isEqualTo("urn:nld:oin:00000001234567890000:systeem:regioregister");
        assertThat(event.getType()).isEqualTo("nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v2");
        assertThat(event.getSubject()).isEqualTo("achterhoek");
        assertThat(event.getTime()).hasToString("2025-03-10T09:30Z");
        assertThat(event.getDataSchema().toString()).isEqualTo(
                "https://regioregister.example/v1/schemas/nl.regioregister.regio.RijksvertegenwoordigerBenoemd.v2");
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getExtension("sequence")).isEqualTo("00000000000000000002");
        assertThat(event.getExtension("ingangsdatum")).isEqualTo("2025-03-05");
        assertThat(event.getExtension("regio")).isEqualTo("achterhoek");
        assertThat(event.getExtension("besluitrol")).isEqualTo("BZK");
        assertThat(event.getExtension("besluitorganisatie")).isEqualTo("BZK");
        assertThat(event.getExtension("besluitbron")).isEqualTo("AB 5 maart 2025, agendapunt 3");
        assertThat(Gebeurtenissen.JSON.readTree(event.getData().toBytes()).path("persoonId").asText())
                .isEqualTo("J. de Vries");
    }

    @Test
    void namen_van_benoemde_personen_en_wie_het_besluit_vastlegde_staan_nooit_in_de_attributen() throws Exception {
        verwerk(Gebeurtenissen.benoemd("achterhoek", "J. de Vries", "2025-03-05"));
        CloudEvent event = lees(0, FeedFilter.ALLES, 10).get(0);
        List<Object> attributen = new ArrayList<>();
        event.getAttributeNames().forEach(naam -> attributen.add(event.getAttribute(naam)));
        event.getExtensionNames().forEach(naam -> attributen.add(event.getExtension(naam)));
        assertThat(attributen).isNotEmpty().allSatisfy(waarde -> assertThat(String.valueOf(waarde))
                .doesNotContain("Vries").isNotEqualTo("bzk"));
        assertThat(event.getExtensionNames()).doesNotContain("actor", "besluitactor");
    }

    @Test
    void de_feed_publiceert_de_motivering_en_het_orgaan_dat_besloot_voor_de_woo() throws Exception {
        verwerk(Gebeurtenissen.benoemdDoor("achterhoek", "J. de Vries", "2025-03-05"));
        verwerk(Gebeurtenissen.benoemd("twente", "A. Jansen", "2025-03-05"));

        List<CloudEvent> events = lees(0, FeedFilter.ALLES, 10);
        CloudEvent doorDeMinister = events.get(0);
        assertThat(doorDeMinister.getExtension(CloudEvents.MOTIVERING)).isEqualTo("Voordracht stuurgroep");
        assertThat(doorDeMinister.getExtension(CloudEvents.BESLUITORGAAN)).isEqualTo("MINISTER");
        assertThat(doorDeMinister.getExtension(CloudEvents.BESLUITORGAAN_NAAM)).isEqualTo("minister van BZK");
        assertThat(doorDeMinister.getExtension(CloudEvents.NAMENS)).isEqualTo("de minister van BZK");
        // a decision recorded without its body has the motivering and no empty body attributes
        CloudEvent zonderOrgaan = events.get(1);
        assertThat(zonderOrgaan.getExtension(CloudEvents.MOTIVERING)).isEqualTo("Voordracht stuurgroep");
        assertThat(zonderOrgaan.getExtensionNames())
                .doesNotContain(CloudEvents.BESLUITORGAAN, CloudEvents.BESLUITORGAAN_NAAM, CloudEvents.NAMENS);
        // the same in the structured format of one event (stream and webhooks)
        CloudEvent enkel = SDK.readValue(cloudEvents.enkel(feed.op(1).orElseThrow()), CloudEvent.class);
        assertThat(enkel.getExtension(CloudEvents.BESLUITORGAAN_NAAM)).isEqualTo("minister van BZK");
        assertThat(enkel.getExtension(CloudEvents.MOTIVERING)).isEqualTo("Voordracht stuurgroep");
        // extension names as CloudEvents 1.0 requires: lower-case letters and digits, at most 20 characters
        assertThat(doorDeMinister.getExtensionNames())
                .allSatisfy(naam -> assertThat(naam).matches("[a-z0-9]{1,20}"));
    }

    @Test
    void een_pagina_leest_een_bereik_van_een_index_en_nooit_de_hele_tabel_hoe_diep_ook() {
        database.jdbc().sql("""
                        INSERT INTO feed_gebeurtenis (positie, gebeurtenis_id, type, basistype, onderwerp, regio_id,
                                                      geregistreerd_op, data)
                        SELECT g, 'e' || g, 'nl.regioregister.regio.RegioGeregistreerd.v1',
                               'nl.regioregister.regio.RegioGeregistreerd', 'regio' || (g % 11), 'regio' || (g % 11),
                               now(), '{}'
                        FROM generate_series(1, 50000) g""").update();
        database.jdbc().sql("ANALYZE feed_gebeurtenis").update();

        for (FeedFilter filter : List.of(FeedFilter.ALLES, new FeedFilter(null, List.of("regio3"), null, null),
                new FeedFilter(List.of("nl.regioregister.regio.RegioGeregistreerd"), null, null, null))) {
            var vraag = database.jdbc().sql("EXPLAIN " + FeedRepository.paginavraag(filter))
                    .param("na", 49000L).param("kop", 50000L).param("limit", 100);
            for (var parameter : FeedRepository.filterparameters(filter).entrySet()) {
                vraag = vraag.param(parameter.getKey(), parameter.getValue());
            }
            String plan = String.join("\n", vraag.query(String.class).list());
            assertThat(plan).as(plan).contains("Index").doesNotContain("Seq Scan").doesNotContain("Sort");
        }
    }
}
