package nl.regioregister.command.agenda;

import static nl.regioregister.command.agenda.Voorbeelden.P2026;
import static nl.regioregister.command.agenda.Voorbeelden.P2030;
import static nl.regioregister.command.agenda.Voorbeelden.REGIO;
import static nl.regioregister.command.agenda.Voorbeelden.SHA256;
import static nl.regioregister.command.agenda.Voorbeelden.planIngediend;
import static nl.regioregister.command.agenda.Voorbeelden.uitvoeringsagendaIngediend;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.events.Departement;
import nl.regioregister.events.agenda.AkkoordRegioOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRegioOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpPlanGegeven;
import nl.regioregister.events.agenda.AkkoordRijkOpUitvoeringsagendaGegeven;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.InspanningsverplichtingAangegaan;
import nl.regioregister.events.agenda.InspanningsverplichtingGewijzigd;
import nl.regioregister.events.agenda.InspanningsverplichtingIngetrokken;
import nl.regioregister.events.agenda.PlanIngetrokken;
import nl.regioregister.events.agenda.PlanTeruggestuurd;
import nl.regioregister.events.agenda.PlanVastgesteld;
import nl.regioregister.events.agenda.UitvoeringsagendaGeevalueerd;
import nl.regioregister.events.agenda.UitvoeringsagendaIngetrokken;
import nl.regioregister.events.agenda.UitvoeringsagendaTeruggestuurd;
import nl.regioregister.events.agenda.UitvoeringsagendaVastgesteld;
import nl.regioregister.events.agenda.VoortgangGemeld;
import nl.regioregister.events.agenda.Voortgangsstatus;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/** Integrators read the events as JSON: every agenda event survives the event store's serializer unchanged. */
class AgendaGebeurtenissenJsonTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    private static final List<Object> GEBEURTENISSEN = List.of(
            planIngediend(1),
            new PlanTeruggestuurd(REGIO, 1, "Scherper"),
            new AkkoordRegioOpPlanGegeven(REGIO, 2),
            new AkkoordRijkOpPlanGegeven(REGIO, 2),
            new PlanVastgesteld(REGIO, 2),
            new PlanIngetrokken(REGIO, 3),
            uitvoeringsagendaIngediend(P2030, 1, P2026),
            new UitvoeringsagendaTeruggestuurd(REGIO, P2026, 1, "Meer over inwoners"),
            new AkkoordRegioOpUitvoeringsagendaGegeven(REGIO, P2026, 2),
            new AkkoordRijkOpUitvoeringsagendaGegeven(REGIO, P2026, 2),
            new UitvoeringsagendaVastgesteld(REGIO, P2026, 2),
            new UitvoeringsagendaIngetrokken(REGIO, P2030, 1),
            new VoortgangGemeld(REGIO, P2026, "A1", Voortgangsstatus.VERTRAAGD, "Netcongestie",
                    LocalDate.of(2027, 6, 30)),
            new UitvoeringsagendaGeevalueerd(REGIO, P2026, 2, "Geleerd",
                    new Documentverwijzing("Evaluatie", SHA256)),
            new InspanningsverplichtingAangegaan(REGIO, "ienw-regioexpres", Departement.IENW, "RegioExpres",
                    new BigDecimal("75000000.00"), P2026),
            new InspanningsverplichtingGewijzigd(REGIO, "ienw-regioexpres", Departement.IENW, "RegioExpres",
                    null, P2026),
            new InspanningsverplichtingIngetrokken(REGIO, "ienw-regioexpres", Departement.IENW));

    @Test
    void elke_gebeurtenis_komt_ongewijzigd_terug_uit_json() {
        for (Object gebeurtenis : GEBEURTENISSEN) {
            SerializedObject<String> opgeslagen = serializer.serialize(gebeurtenis, String.class);
            assertThat(opgeslagen.getType().getRevision()).as(gebeurtenis.getClass().getSimpleName()).isEqualTo("1");
            Object terug = serializer.deserialize(opgeslagen);
            assertThat(terug).as(opgeslagen.getData()).isEqualTo(gebeurtenis);
        }
    }

    @Test
    void perioden_bedragen_en_data_staan_leesbaar_en_exact_in_de_json() throws Exception {
        String voortgang = json.writeValueAsString(new VoortgangGemeld(REGIO, P2026, "A1", Voortgangsstatus.OP_SCHEMA,
                null, LocalDate.of(2027, 6, 30)));
        assertThat(voortgang).isEqualTo("{\"regioId\":\"achterhoek\",\"periode\":{\"beginjaar\":2026,"
                + "\"eindjaar\":2029},\"activiteit\":\"A1\",\"status\":\"OP_SCHEMA\",\"toelichting\":null,"
                + "\"peildatum\":\"2027-06-30\"}");
        String inspanning = json.writeValueAsString(new InspanningsverplichtingAangegaan(REGIO, "vws-zorg",
                Departement.VWS, "Zorg", new BigDecimal("125000.00"), P2026));
        assertThat(inspanning).contains("\"bedrag\":125000.00");
    }
}
