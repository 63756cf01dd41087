package nl.regioregister.query.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

/** The event's own global index joins the stored metadata as one more member, whatever the metadata holds. */
class EigenPositieEventStorageEngineTest {

    private final ObjectMapper json = new ObjectMapper();

    @SuppressWarnings("unchecked")
    private Map<String, Object> aangevuld(String metadata, long positie) throws Exception {
        return json.readValue(EigenPositieEventStorageEngine.aangevuld(
                metadata.getBytes(StandardCharsets.UTF_8), positie), Map.class);
    }

    @Test
    void de_eigen_positie_komt_naast_de_besluitgegevens() throws Exception {
        assertThat(aangevuld("{\"actor\":\"bzk\",\"ingangsdatum\":\"2025-03-05\"}", 42))
                .containsEntry("actor", "bzk").containsEntry("ingangsdatum", "2025-03-05")
                .containsEntry(EigenPositie.SLEUTEL, 42);
    }

    @Test
    void lege_metadata_krijgt_alleen_de_eigen_positie() throws Exception {
        assertThat(aangevuld(" { } ", 7)).isEqualTo(Map.of(EigenPositie.SLEUTEL, 7));
    }

    @Test
    void een_opgeslagen_waarde_onder_dezelfde_sleutel_wint_niet_van_de_eigen_positie() throws Exception {
        assertThat(aangevuld("{\"" + EigenPositie.SLEUTEL + "\":1}", 3_000_000_000L))
                .containsEntry(EigenPositie.SLEUTEL, 3_000_000_000L);
    }

    @Test
    void metadata_die_geen_json_object_is_wordt_niet_stil_doorgelaten() {
        assertThatThrownBy(() -> EigenPositieEventStorageEngine.aangevuld(
                "[1]".getBytes(StandardCharsets.UTF_8), 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void een_gebeurtenis_zonder_eigen_positie_wordt_geweigerd_in_plaats_van_geraden() {
        assertThatThrownBy(() -> EigenPositie.van(GenericEventMessage.asEventMessage("iets")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("eigen positie");
        assertThat(EigenPositie.van(GenericEventMessage.asEventMessage("iets")
                .andMetaData(Map.of(EigenPositie.SLEUTEL, 12)))).isEqualTo(12);
    }
}
