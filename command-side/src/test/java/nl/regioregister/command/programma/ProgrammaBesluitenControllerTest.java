package nl.regioregister.command.programma;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.Beveiliging;
import nl.regioregister.command.platform.Foutpagina;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.Programma;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Each programme endpoint turns its request into the one command it names, for the programme in its path. */
@WebMvcTest(ProgrammaBesluitenController.class)
@ImportAutoConfiguration({Beveiliging.class, Foutpagina.class})
class ProgrammaBesluitenControllerTest {

    private static final String BESLUIT = """
            "besluit": {"ingangsdatum": "2028-01-01", "motivering": "Besluit van een later kabinet",
                        "bron": "Kamerbrief voortgang NPVR", "genomenDoor": {"soort": "MINISTERRAAD"}}""";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private Besluitvorming besluitvorming;

    @BeforeEach
    void vastgelegd() {
        when(besluitvorming.neem(any(), any(), any(BesluitGegevens.class), any(Authentication.class)))
                .thenReturn(new BesluitVastgelegd("programma:NPVR", 1, 42));
    }

    private ResultActions stuur(String pad, String velden) throws Exception {
        return mvc.perform(post(pad).with(user("bzk").authorities(() -> "ROLE_BZK", () -> "ORGANISATIE_BZK"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{" + velden + (velden.isBlank() ? "" : ",") + BESLUIT + "}"));
    }

    private void verwacht(Object besluit) {
        verify(besluitvorming).neem(eq("programma:NPVR"), eq(besluit), any(BesluitGegevens.class),
                any(Authentication.class));
    }

    @Test
    void start_het_programma_met_zijn_parameters() throws Exception {
        stuur("/v1/programmas/npvr/start", """
                "eersteJaar": 2025, "laatsteJaar": 2044, "planStreefdatum": "2025-09-22",
                "uitvoeringsagendaStreefdatum": "2025-12-31", "departementen": ["BZK", "VWS"]""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(1));
        verwacht(new StartProgramma(Programma.NPVR, 2025, 2044, null, null, null, LocalDate.of(2025, 9, 22),
                LocalDate.of(2025, 12, 31), List.of(Departement.BZK, Departement.VWS)));
    }

    @Test
    void wijzig_alleen_de_genoemde_parameters() throws Exception {
        stuur("/v1/programmas/npvr/wijzig-parameters", """
                "laatsteJaar": 2049, "procesmiddelenPerJaar": 400000.00""")
                .andExpect(status().isOk());
        verwacht(new WijzigProgrammaparameters(Programma.NPVR, 2049, new BigDecimal("400000.00"), null, null, null,
                null, null));
    }

    @Test
    void laat_regios_aan_de_grens_opgaan() throws Exception {
        stuur("/v1/programmas/npvr/laat-opgaan", """
                "opgegaanProgramma": "Regio's aan de Grens\"""")
                .andExpect(status().isOk());
        verwacht(new LaatProgrammaOpgaan(Programma.NPVR, "Regio's aan de Grens"));
    }

    @Test
    void een_onbekend_programma_is_404_met_de_regel() throws Exception {
        stuur("/v1/programmas/regios-aan-de-zee/wijzig-parameters", """
                "laatsteJaar": 2049""")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.regel").value("programma-niet-gestart"));
        verifyNoInteractions(besluitvorming);
    }

    @Test
    void een_start_zonder_horizon_noemt_beide_jaren() throws Exception {
        stuur("/v1/programmas/npvr/start", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("eersteJaar",
                        "laatsteJaar")));
        verifyNoInteractions(besluitvorming);
    }
}
