package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.regio.BenoemRijksvertegenwoordiger;
import nl.regioregister.events.Departement;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One event whose text PostgreSQL cannot store as text (a NUL) stopped the integrators' feed for good and waited in
 * the projections' dead-letter queues for ever. It can no longer be recorded, by any path; and one already in a store
 * is repaired on reading, so that the feed goes on and {@code verwerk-opnieuw} clears the dead letters.
 */
class GifGebeurtenisTest {

    @TempDir
    Path datamap;

    private static final String GIF = "Gif\u0000beker";
    private static final String HERSTELD = "Gif\uFFFDbeker";

    private ConfigurableApplicationContext start(Class<?>... extra) {
        return StandaloneApplication.builder().sources(extra).run("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + datamap);
    }

    private static Regioregister register(ConfigurableApplicationContext app) {
        return new Regioregister("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
    }

    private static long gebeurtenissen(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    @Test
    void een_nul_kan_langs_geen_enkele_weg_worden_vastgelegd_ook_niet_buiten_http_om() {
        try (ConfigurableApplicationContext app = start()) {
            register(app).totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
            Besluitvorming besluitvorming = app.getBean(Besluitvorming.class);
            long voor = gebeurtenissen(app);

            assertThatThrownBy(() -> besluitvorming.neem("twente",
                    new BenoemRijksvertegenwoordiger("twente", GIF, "DG", Departement.IENW),
                    new BesluitGegevens(LocalDate.of(2025, 3, 5), "Voordracht", "AB 5 maart 2025"),
                    "bzk", "BZK", "BZK"))
                    .isInstanceOf(OngeldigBesluit.class)
                    .hasMessageContaining("naam: bevat het stuurteken U+0000");
            assertThatThrownBy(() -> besluitvorming.neem("twente",
                    new BenoemRijksvertegenwoordiger("twente", "J. de Vries", "DG", Departement.IENW),
                    new BesluitGegevens(LocalDate.of(2025, 3, 5), "Voordracht", "AB \uD800 5 maart"),
                    "bzk", "BZK", "BZK"))
                    .isInstanceOf(OngeldigBesluit.class)
                    .hasMessageContaining("metadata.bron: bevat de ongepaarde surrogaat U+D800");
            assertThat(gebeurtenissen(app)).isEqualTo(voor);
        }
    }

    /** The event serializer as it was before stored texts were repaired on reading. */
    @Configuration(proxyBeanMethods = false)
    static class ZonderHerstel {

        @Bean
        @Qualifier("eventSerializer")
        Serializer eventSerializer(ObjectMapper json, RevisionResolver revisies) {
            return JacksonSerializer.builder().revisionResolver(revisies)
                    .converter(new ChainingConverter(getClass().getClassLoader())).objectMapper(json).build();
        }
    }

    @Test
    void een_gifgebeurtenis_al_in_de_store_wordt_na_het_herstel_gevoed_en_verwerk_opnieuw_ruimt_de_dode_brieven_op() {
        String gifId = UUID.randomUUID().toString();
        List<String> groepenMetBrief = new ArrayList<>();
        try (ConfigurableApplicationContext oud = start(ZonderHerstel.class)) {
            Regioregister register = register(oud);
            register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
            Regioregister.Antwoord benoemd = register.post("bzk", "/v1/regios/twente/benoem-rijksvertegenwoordiger",
                    """
                            {"naam": "Gifbeker", "departement": "IENW",
                             "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Voordracht",
                                         "bron": "Bron Gifbeker"}}""");
            assertThat(benoemd.status().value()).isEqualTo(200);
            // a copy of that decision with a NUL in its payload (revision 1 still carried the name) and metadata, as
            // an older version stored it
            oud.getBean(JdbcClient.class).sql("""
                            INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
                                metadata, payload, payloadrevision, payloadtype, timestamp)
                            SELECT aggregateidentifier, sequencenumber + 1, type, :gif,
                                   convert_to(replace(convert_from(metadata, 'UTF8'), 'Gifbeker', :nul), 'UTF8'),
                                   convert_to('{"regioId":"twente","naam":"' || :nul
                                              || '","functie":null,"departement":"IENW"}', 'UTF8'),
                                   '1', payloadtype, timestamp
                            FROM domainevententry WHERE globalindex = :positie""")
                    .param("gif", gifId).param("nul", "Gif\\u0000beker")
                    .param("positie", benoemd.body().path("positie").asLong())
                    .update();

            JsonNode brieven = register.totZichtbaar("beheer", "/v1/beheer/dode-brieven",
                    r -> r.findValuesAsText("gebeurtenisId").contains(gifId));
            for (JsonNode groep : brieven.path("groepen")) {
                if (groep.findValuesAsText("gebeurtenisId").contains(gifId)) {
                    groepenMetBrief.add(groep.path("processingGroup").asText());
                }
            }
            assertThat(feedNamen(register)).doesNotContain(HERSTELD).noneMatch(naam -> naam.startsWith("Gif\u0000"));
        }
        assertThat(groepenMetBrief).isNotEmpty();

        try (ConfigurableApplicationContext nieuw = start()) {
            Regioregister register = register(nieuw);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> feedNamen(register).contains(HERSTELD));

            // every group that parked it, also one that did so after the first was seen
            List<String> teHerstellen = new ArrayList<>();
            for (JsonNode groep : register.get("beheer", "/v1/beheer/dode-brieven").body().path("groepen")) {
                if (groep.findValuesAsText("gebeurtenisId").contains(gifId)) {
                    teHerstellen.add(groep.path("processingGroup").asText());
                }
            }
            assertThat(teHerstellen).containsAll(groepenMetBrief);
            for (String groep : teHerstellen) {
                JsonNode opnieuw = register.post("beheer", "/v1/beheer/dode-brieven/" + groep + "/verwerk-opnieuw",
                        "").body();
                assertThat(opnieuw.path("verwerkteBrieven").asLong()).as(groep + ": " + opnieuw).isPositive();
            }
            JsonNode overzicht = register.get("beheer", "/v1/beheer/dode-brieven").body();
            assertThat(overzicht.findValuesAsText("gebeurtenisId")).doesNotContain(gifId);
            assertThat(register.totZichtbaar("bzk", "/v1/regios/twente/status",
                    r -> gifId.equals(r.at("/status/bestuur/RIJKSVERTEGENWOORDIGER/persoonId").asText()))
                    .at("/status/bestuur/RIJKSVERTEGENWOORDIGER/persoonId").asText()).isEqualTo(gifId);
        }
    }

    private static List<String> feedNamen(Regioregister register) {
        JsonNode events = register.get("integrator", "/v1/events?na=0&limit=1000").body();
        return StreamSupport.stream(events.spliterator(), false)
                .map(event -> event.path("besluitbron").asText(""))
                .map(bron -> bron.replace("Bron ", ""))
                .filter(naam -> naam.startsWith("Gif"))
                .toList();
    }
}
