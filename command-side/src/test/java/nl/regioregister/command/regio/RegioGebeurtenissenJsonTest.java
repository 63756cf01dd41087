package nl.regioregister.command.regio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.AanspreekpuntBelegd;
import nl.regioregister.events.regio.BenoemingBeeindigd;
import nl.regioregister.events.regio.BestuurlijkTrekkerAangewezen;
import nl.regioregister.events.regio.Bestuursrol;
import nl.regioregister.events.regio.DepartementsvoorkeurUitgesproken;
import nl.regioregister.events.regio.GezamenlijkeKansBenoemd;
import nl.regioregister.events.regio.GezamenlijkeKansVervallen;
import nl.regioregister.events.regio.Ontwikkelfase;
import nl.regioregister.events.regio.OntwikkelfaseVastgelegd;
import nl.regioregister.events.regio.OpgenomenInProgramma;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.events.regio.ProgrammadeelnameBeeindigd;
import nl.regioregister.events.regio.ProgrammamanagerAangesteld;
import nl.regioregister.events.regio.ProgrammamedewerkerAangesteld;
import nl.regioregister.events.regio.RegionaalInitiatiefVastgelegd;
import nl.regioregister.events.regio.RegioadviseurBenoemd;
import nl.regioregister.events.regio.SamenhangMetTrajectenVastgelegd;
import nl.regioregister.events.regio.SamenhangendTraject;
import nl.regioregister.events.regio.StrategischeAgendaVastgesteld;
import nl.regioregister.events.regio.VoorkeursdepartementAangewezen;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** Integrators depend on the JSON of these events: a change here is a change of the published contract. */
class RegioGebeurtenissenJsonTest {

    /** As the application configures it (command-side.yml), and as Axon's Jackson serializer uses it. */
    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    static Stream<Arguments> gebeurtenissen() {
        return Stream.of(
                Arguments.of(new OpgenomenInProgramma("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2024, 1, 1),
                        "5e tranche", new java.math.BigDecimal("25000000.00")), """
                        {"regioId":"achterhoek","programma":"REGIO_DEAL","vanaf":"2024-01-01",
                         "omschrijving":"5e tranche","rijksbijdrage":25000000.00}"""),
                Arguments.of(new ProgrammadeelnameBeeindigd("achterhoek", Programma.NPVR, LocalDate.of(2045, 1, 1)),
                        """
                        {"regioId":"achterhoek","programma":"NPVR","per":"2045-01-01"}"""),
                Arguments.of(new AanspreekpuntBelegd("rivierenland", Departement.IENW, "bereikbaarheid"), """
                        {"regioId":"rivierenland","departement":"IENW","beleidsmatigeRaakvlakken":"bereikbaarheid"}"""),
                Arguments.of(new RegioadviseurBenoemd("achterhoek", "p-1", Departement.BZK), """
                        {"regioId":"achterhoek","persoonId":"p-1","departement":"BZK"}"""),
                Arguments.of(new BestuurlijkTrekkerAangewezen("achterhoek", "p-2", "gemeente Doetinchem"), """
                        {"regioId":"achterhoek","persoonId":"p-2","organisatie":"gemeente Doetinchem"}"""),
                Arguments.of(new ProgrammamanagerAangesteld("achterhoek", "p-3", null), """
                        {"regioId":"achterhoek","persoonId":"p-3","organisatie":null}"""),
                Arguments.of(new ProgrammamedewerkerAangesteld("achterhoek", "p-4", "Regio"), """
                        {"regioId":"achterhoek","persoonId":"p-4","organisatie":"Regio"}"""),
                Arguments.of(new DepartementsvoorkeurUitgesproken("achterhoek", Departement.IENW, Departement.VRO),
                        """
                        {"regioId":"achterhoek","voorkeur":"IENW","alternatief":"VRO"}"""),
                Arguments.of(new VoorkeursdepartementAangewezen("achterhoek", Departement.IENW, "p-5"), """
                        {"regioId":"achterhoek","departement":"IENW","ambtelijkTrekkerPersoonId":"p-5"}"""),
                Arguments.of(new BenoemingBeeindigd("achterhoek", Bestuursrol.PROGRAMMAMANAGER, "p-3"), """
                        {"regioId":"achterhoek","rol":"PROGRAMMAMANAGER","persoonId":"p-3"}"""),
                Arguments.of(new RegionaalInitiatiefVastgelegd("zeeland", "toekomstvisie"), """
                        {"regioId":"zeeland","omschrijving":"toekomstvisie"}"""),
                Arguments.of(new OntwikkelfaseVastgelegd("zeeland", Ontwikkelfase.AGENDA_VOOR_UITVOERING), """
                        {"regioId":"zeeland","fase":"AGENDA_VOOR_UITVOERING"}"""),
                Arguments.of(new GezamenlijkeKansBenoemd("zeeland", "Energiehaven", null, "banen", "energie"), """
                        {"regioId":"zeeland","titel":"Energiehaven","omschrijving":null,"meerwaardeRegio":"banen",
                         "meerwaardeRijk":"energie"}"""),
                Arguments.of(new GezamenlijkeKansVervallen("zeeland", "Energiehaven"), """
                        {"regioId":"zeeland","titel":"Energiehaven"}"""),
                Arguments.of(new SamenhangMetTrajectenVastgelegd("zeeland",
                        List.of(SamenhangendTraject.NOVEX, SamenhangendTraject.RUIMTE_VOOR_ECONOMIE),
                        List.of("Regio Deal")), """
                        {"regioId":"zeeland","trajecten":["NOVEX","RUIMTE_VOOR_ECONOMIE"],
                         "overigeTrajecten":["Regio Deal"]}"""),
                Arguments.of(new StrategischeAgendaVastgesteld("zeeland", 2, LocalDate.of(2027, 3, 1)), """
                        {"regioId":"zeeland","versie":2,"vastgesteldOp":"2027-03-01"}"""));
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
}
