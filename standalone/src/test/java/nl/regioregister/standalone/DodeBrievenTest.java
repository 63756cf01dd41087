package nl.regioregister.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.regioregister.proef.FalendeProjectie;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;

/**
 * A projection that fails on one event: the event waits in that projection's dead-letter queue, the projection and
 * every other projection go on, an operator sees the letter and, once the cause is gone, has it processed.
 */
class DodeBrievenTest {

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static Regioregister register;

    @BeforeAll
    static void start() {
        FalendeProjectie.FAALT.set(true);
        FalendeProjectie.VERWERKT.clear();
        String proef = "--axon.eventhandling.processors." + FalendeProjectie.NAAM;
        app = StandaloneApplication.builder().sources(FalendeProjectie.class).run("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + datamap,
                proef + ".mode=pooled", proef + ".initial-segment-count=1", proef + ".dlq.enabled=true");
        register = new Regioregister("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
        register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void een_falende_projectie_zet_de_gebeurtenis_opzij_alles_gaat_door_en_na_herstel_wordt_zij_alsnog_verwerkt() {
        long faalt = benoem("zeeuws-vlaanderen", "Faal Opzettelijk");
        long daarna = benoem("twente", "A. Jansen");

        JsonNode proef = groep(register.totZichtbaar("beheer", "/v1/beheer/dode-brieven",
                r -> groep(r, FalendeProjectie.NAAM).path("aantal").asLong() == 1), FalendeProjectie.NAAM);
        JsonNode brief = proef.path("brieven").get(0);
        String gebeurtenisId = register.get("auditor", "/v1/besluiten/" + faalt + "?minimalePositie=" + faalt).body()
                .path("gebeurtenisId").asText();
        assertThat(brief.path("gebeurtenisId").asText()).isEqualTo(gebeurtenisId);
        assertThat(brief.path("type").asText()).isEqualTo("RijksvertegenwoordigerBenoemd");
        assertThat(brief.path("objectId").asText()).isEqualTo("zeeuws-vlaanderen");
        assertThat(brief.path("oorzaak").asText()).contains("division by zero");
        assertThat(brief.path("inWachtrijSinds").asText()).isNotEmpty();
        // an alarm: health shows the projection out of service with its letter, and so does the metric
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode gezondheid = register.get("beheer", "/actuator/health").body()
                    .at("/components/projecties/components/" + FalendeProjectie.NAAM);
            assertThat(gezondheid.path("status").asText()).isEqualTo("OUT_OF_SERVICE");
            assertThat(gezondheid.at("/details/dodeBrieven").asLong()).isEqualTo(1);
        });
        assertThat(register.get("beheer", "/actuator/prometheus").body().asText())
                .contains("regioregister_projectie_dode_brieven{processor=\"" + FalendeProjectie.NAAM + "\"} 1.0");

        // the other projections processed the same event, and the failing one went on with the next
        assertThat(register.get("bzk", "/v1/regios/zeeuws-vlaanderen?minimalePositie=" + faalt).body()
                .at("/regio/rijksvertegenwoordiger/naam").asText()).isEqualTo("Faal Opzettelijk");
        assertThat(register.get("bzk", "/v1/besluiten?minimalePositie=" + daarna).body().at("/besluiten/0/positie")
                .asLong()).isEqualTo(daarna);
        await().atMost(Duration.ofSeconds(30)).until(() -> FalendeProjectie.VERWERKT.contains("twente:A. Jansen"));
        JsonNode overzicht = register.get("beheer", "/v1/beheer/dode-brieven").body();
        assertThat(groep(overzicht, "regio-status").path("aantal").asLong()).isZero();
        assertThat(groep(overzicht, "besluitenhistorie").path("aantal").asLong()).isZero();

        String opnieuw = "/v1/beheer/dode-brieven/" + FalendeProjectie.NAAM + "/verwerk-opnieuw";
        JsonNode nogSteeds = register.post("beheer", opnieuw, "").body();
        assertThat(nogSteeds.path("verwerkteBrieven").asLong()).isZero();
        assertThat(nogSteeds.path("resterendeBrieven").asLong()).isEqualTo(1);
        assertThat(FalendeProjectie.VERWERKT).doesNotContain("zeeuws-vlaanderen:Faal Opzettelijk");

        FalendeProjectie.FAALT.set(false);
        Regioregister.Antwoord hersteld = register.post("beheer", opnieuw, "");
        assertThat(hersteld.status()).isEqualTo(HttpStatus.OK);
        assertThat(hersteld.body().path("verwerkteReeksen").asInt()).isEqualTo(1);
        assertThat(hersteld.body().path("verwerkteBrieven").asLong()).isEqualTo(1);
        assertThat(hersteld.body().path("resterendeBrieven").asLong()).isZero();
        assertThat(FalendeProjectie.VERWERKT).contains("zeeuws-vlaanderen:Faal Opzettelijk");
        assertThat(groep(register.get("beheer", "/v1/beheer/dode-brieven").body(), FalendeProjectie.NAAM)
                .path("aantal").asLong()).isZero();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(register.get("beheer",
                "/actuator/health").body().at("/components/projecties/components/" + FalendeProjectie.NAAM
                + "/status").asText()).isEqualTo("UP"));
    }

    @Test
    void alleen_beheer_ziet_en_herstelt_dode_brieven_en_een_onbekende_groep_geeft_404() {
        assertThat(register.get("bzk", "/v1/beheer/dode-brieven").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(register.get("auditor", "/v1/beheer/dode-brieven").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(register.post("bzk", "/v1/beheer/dode-brieven/regio-status/verwerk-opnieuw", "").status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(register.post("beheer", "/v1/beheer/dode-brieven/bestaat-niet/verwerk-opnieuw", "").status())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(register.get("beheer", "/v1/beheer/dode-brieven?limit=0").status())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void elke_projectie_heeft_een_dead_letter_queue_op_een_pooled_streaming_processor() {
        EventProcessingConfiguration verwerking = app.getBean(EventProcessingConfiguration.class);
        // The integrators' feed is the one exception: it numbers events densely in order, so an event it cannot
        // store must stop it rather than be parked and skipped.
        Map<String, Boolean> metWachtrij = verwerking.eventProcessors().entrySet().stream()
                .filter(e -> !e.getKey().equals("cloudevents-feed"))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() instanceof PooledStreamingEventProcessor
                        && verwerking.deadLetterQueue(e.getKey()).isPresent()));

        assertThat(metWachtrij).containsKeys("regio-status", "besluitenhistorie", FalendeProjectie.NAAM)
                .allSatisfy((groep, goed) -> assertThat(goed).as(groep + ": pooled, met dead-letter queue").isTrue());
        assertThat(register.get("beheer", "/v1/beheer/dode-brieven").body().findValuesAsText("processingGroup"))
                .containsAll(metWachtrij.keySet());
    }

    private static long benoem(String regio, String naam) {
        Regioregister.Antwoord antwoord = register.post("bzk", "/v1/regios/" + regio + "/benoem-rijksvertegenwoordiger",
                "{\"naam\": \"" + naam + "\", \"departement\": \"BZK\", "
                        + "\"besluit\": {\"motivering\": \"Proef\", \"bron\": \"Proef\"}}");
        assertThat(antwoord.status()).isEqualTo(HttpStatus.OK);
        return antwoord.body().path("positie").asLong();
    }

    private static JsonNode groep(JsonNode overzicht, String naam) {
        return StreamSupport.stream(overzicht.path("groepen").spliterator(), false)
                .filter(g -> g.path("processingGroup").asText().equals(naam))
                .findFirst()
                .orElseThrow(() -> new AssertionError("geen groep " + naam + " in " + overzicht));
    }
}
