package nl.regioregister.command.traject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.regioregister.events.Departement;
import nl.regioregister.events.traject.LopendTrajectBijgewerkt;
import nl.regioregister.events.traject.LopendTrajectGeregistreerd;
import nl.regioregister.events.traject.LopendTrajectGesloten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** Integrators depend on the JSON of these events; amounts travel as exact decimal numbers in euros. */
class TrajectGebeurtenissenJsonTest {

    /** As the application configures it (command-side.yml), and as Axon's Jackson serializer uses it. */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    static Stream<Arguments> gebeurtenissen() {
        return Stream.of(
                Arguments.of(new LopendTrajectGeregistreerd("volkshuisvestingsfonds-2021", "achterhoek",
                        "Volkshuisvestingsfonds 2021", List.of(Departement.BZK), null, LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 12, 31), new BigDecimal("5134714.00"), null, null), """
                        {"trajectId":"volkshuisvestingsfonds-2021","regioId":"achterhoek",
                         "naam":"Volkshuisvestingsfonds 2021","departementen":["BZK"],"andereOverheid":null,
                         "vanaf":"2021-01-01","tot":"2021-12-31","bedrag":5134714.00,"omvang":null,
                         "actieVoorContinuiteit":null}"""),
                Arguments.of(new LopendTrajectBijgewerkt("slim-en-schoon", "achterhoek", "Slim en Schoon",
                        List.of(), "Provincie Gelderland", LocalDate.of(2024, 1, 1), null, null,
                        "slim reizen", "verbinden met mobiliteit"), """
                        {"trajectId":"slim-en-schoon","regioId":"achterhoek","naam":"Slim en Schoon",
                         "departementen":[],"andereOverheid":"Provincie Gelderland","vanaf":"2024-01-01",
                         "tot":null,"bedrag":null,"omvang":"slim reizen",
                         "actieVoorContinuiteit":"verbinden met mobiliteit"}"""),
                Arguments.of(new LopendTrajectGesloten("regio-deal-5", "achterhoek", LocalDate.of(2028, 1, 1)), """
                        {"trajectId":"regio-deal-5","regioId":"achterhoek","einddatum":"2028-01-01"}"""));
    }

    @ParameterizedTest
    @MethodSource("gebeurtenissen")
    void de_json_van_een_gebeurtenis_ligt_vast_en_leest_terug_tot_dezelfde_gebeurtenis(Object gebeurtenis,
                                                                                      String verwacht)
            throws Exception {
        String json = JSON.writeValueAsString(gebeurtenis);
        JSONAssert.assertEquals(verwacht, json, JSONCompareMode.STRICT);
        assertThat(JSON.readValue(json, gebeurtenis.getClass())).isEqualTo(gebeurtenis);
    }

    @Test
    void een_bedrag_houdt_zijn_centen_in_de_json() throws Exception {
        LopendTrajectGeregistreerd traject = new LopendTrajectGeregistreerd("regio-deal-5", "achterhoek",
                "Regio Deal", List.of(Departement.VRO), null, LocalDate.of(2024, 1, 1), null,
                new BigDecimal("25000000.00"), null, null);
        assertThat(JSON.writeValueAsString(traject)).contains("\"bedrag\":25000000.00");
        assertThat(JSON.readValue(JSON.writeValueAsString(traject), LopendTrajectGeregistreerd.class).bedrag())
                .isEqualByComparingTo("25000000.00")
                .hasScaleOf(2);
    }
}
