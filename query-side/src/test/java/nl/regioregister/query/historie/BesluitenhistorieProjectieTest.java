package nl.regioregister.query.historie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import nl.regioregister.query.platform.EigenPositie;
import nl.regioregister.query.platform.Herbouwslot;
import nl.regioregister.query.platform.ProjectieStand;
import java.util.HashMap;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The audit history fed with events as plain objects: it knows no event class, yet every decision is complete. */
class BesluitenhistorieProjectieTest {

    /** An event the history has never heard of, about no region. */
    @Revision("2")
    record MotieAangenomen(String kamerstuk, String indiener, LocalDate datum) {
    }

    private final BesluitenhistorieRepository besluiten = mock(BesluitenhistorieRepository.class);
    private final ProjectieStand stand = mock(ProjectieStand.class);
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final BesluitenhistorieProjectie projectie = new BesluitenhistorieProjectie(besluiten, stand, json,
            mock(Herbouwslot.class), new nl.regioregister.query.platform.Bundeling());

    private static final Map<String, String> METADATA = Map.of(
            BesluitMetadata.ACTOR, "bzk",
            BesluitMetadata.ROL, "BZK",
            BesluitMetadata.ORGANISATIE, "BZK",
            BesluitMetadata.GEREGISTREERD_OP, "2025-03-10T08:15:00Z",
            BesluitMetadata.INGANGSDATUM, "2025-03-05",
            BesluitMetadata.MOTIVERING, "Voordracht stuurgroep",
            BesluitMetadata.BRON, "AB 5 maart 2025, agendapunt 3");

    private static Map<String, Object> metadata(long positie) {
        Map<String, Object> metadata = new HashMap<>(METADATA);
        metadata.put(EigenPositie.SLEUTEL, positie);
        return metadata;
    }

    @Test
    void een_benoeming_wordt_een_besluit_met_wie_namens_wie_wanneer_waarom_en_bron() {
        RijksvertegenwoordigerBenoemd benoemd =
                new RijksvertegenwoordigerBenoemd("achterhoek", "J. de Vries", Departement.IENW);
        GenericDomainEventMessage<RijksvertegenwoordigerBenoemd> bericht = new GenericDomainEventMessage<>(
                "Regio", "achterhoek", 1, benoemd, MetaData.from(metadata(42)));

        projectie.on(benoemd, bericht);

        Besluit besluit = vastgelegd();
        assertThat(besluit.positie()).isEqualTo(42);
        assertThat(besluit.gebeurtenisId()).isEqualTo(bericht.getIdentifier());
        assertThat(besluit.type()).isEqualTo("RijksvertegenwoordigerBenoemd");
        assertThat(besluit.revisie()).isEqualTo("2");
        assertThat(besluit.regioId()).isEqualTo("achterhoek");
        assertThat(besluit.objectId()).isEqualTo("achterhoek");
        assertThat(besluit.volgnummer()).isEqualTo(1L);
        assertThat(besluit.actor()).isEqualTo("bzk");
        assertThat(besluit.rol()).isEqualTo("BZK");
        assertThat(besluit.organisatie()).isEqualTo("BZK");
        assertThat(besluit.geregistreerdOp()).isEqualTo(Instant.parse("2025-03-10T08:15:00Z"));
        assertThat(besluit.ingangsdatum()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(besluit.motivering()).isEqualTo("Voordracht stuurgroep");
        assertThat(besluit.bron()).isEqualTo("AB 5 maart 2025, agendapunt 3");
        assertThat(besluit.inhoud().path("persoonId").asText()).isEqualTo("J. de Vries");
        assertThat(besluit.inhoud().has("naam")).as("de naam staat in het register van persoonsgegevens").isFalse();
        assertThat(besluit.inhoud().path("departement").asText()).isEqualTo("IENW");
        verify(stand).bij(BesluitenhistorieProjectie.NAAM, 42);
    }

    @Test
    void een_laat_vastgelegde_gebeurtenis_staat_op_haar_eigen_positie_niet_op_die_van_haar_token() {
        RijksvertegenwoordigerBenoemd benoemd =
                new RijksvertegenwoordigerBenoemd("twente", "A. Bakker", Departement.BZK);
        GenericDomainEventMessage<RijksvertegenwoordigerBenoemd> domein = new GenericDomainEventMessage<>(
                "Regio", "twente", 3, benoemd, MetaData.from(metadata(40)));
        // The token has seen up to 45; event 40 committed late and fills the gap it left.
        GenericTrackedDomainEventMessage<RijksvertegenwoordigerBenoemd> bericht = new GenericTrackedDomainEventMessage<>(
                GapAwareTrackingToken.newInstance(45, List.of(41L)), domein);

        projectie.on(benoemd, bericht);

        assertThat(vastgelegd().positie()).isEqualTo(40);
        verify(stand).bij(BesluitenhistorieProjectie.NAAM, 40);
    }

    @Test
    void een_onbekende_soort_gebeurtenis_zonder_regio_wordt_een_besluit_met_haar_eigen_naam_en_revisie() {
        MotieAangenomen motie = new MotieAangenomen("29697-169", "Flach", LocalDate.of(2025, 12, 19));
        GenericDomainEventMessage<MotieAangenomen> bericht = new GenericDomainEventMessage<>(
                "Motie", "motie:29697-169", 0, motie, MetaData.from(metadata(7)));

        projectie.on(motie, bericht);

        Besluit besluit = vastgelegd();
        assertThat(besluit.type()).isEqualTo("MotieAangenomen");
        assertThat(besluit.revisie()).isEqualTo("2");
        assertThat(besluit.regioId()).isNull();
        assertThat(besluit.objectId()).isEqualTo("motie:29697-169");
        assertThat(besluit.inhoud().path("kamerstuk").asText()).isEqualTo("29697-169");
        assertThat(besluit.inhoud().path("datum").asText()).isEqualTo("2025-12-19");
    }

    @Test
    void zonder_leesbare_besluitgegevens_geldt_het_tijdstip_van_de_gebeurtenis_en_blijft_de_ingangsdatum_leeg() {
        MotieAangenomen motie = new MotieAangenomen("29697-134", "Kamminga", null);
        GenericEventMessage<MotieAangenomen> bericht = new GenericEventMessage<>(motie,
                Map.of(BesluitMetadata.INGANGSDATUM, "5 maart", EigenPositie.SLEUTEL, 8L));

        projectie.on(motie, bericht);

        Besluit besluit = vastgelegd();
        assertThat(besluit.geregistreerdOp()).isEqualTo(bericht.getTimestamp());
        assertThat(besluit.ingangsdatum()).isNull();
        assertThat(besluit.actor()).isNull();
        assertThat(besluit.objectId()).isNull();
        assertThat(besluit.volgnummer()).isNull();
    }

    @Test
    void opnieuw_opbouwen_begint_met_een_lege_historie() {
        projectie.wis();

        verify(besluiten).wis();
        verify(stand).wis(BesluitenhistorieProjectie.NAAM);
    }

    private Besluit vastgelegd() {
        @SuppressWarnings("unchecked")
        ArgumentCaptor<java.util.List<Besluit>> rijen = ArgumentCaptor.forClass(java.util.List.class);
        verify(besluiten).voegToe(rijen.capture(), org.mockito.ArgumentMatchers.eq("besluit_historie"));
        assertThat(rijen.getValue()).hasSize(1);
        return rijen.getValue().get(0);
    }
}
