package nl.regioregister.command.regio;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.Beveiliging;
import nl.regioregister.command.platform.Foutpagina;
import nl.regioregister.events.regio.Ontwikkelfase;
import nl.regioregister.events.regio.SamenhangendTraject;
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

/** Each endpoint turns its request into the one command it names, addressed to the region's agenda. */
@WebMvcTest(StrategischeAgendaBesluitenController.class)
@ImportAutoConfiguration({Beveiliging.class, Foutpagina.class})
class StrategischeAgendaBesluitenControllerTest {

    private static final String AGENDA = "strategische-agenda:zeeland";
    private static final String BESLUIT = """
            "besluit": {"ingangsdatum": "2026-09-01", "motivering": "Gesprek regio en Rijk",
                        "bron": "Kamerstukken II 2025/26, 36800-VII, nr. 97"}""";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private Besluitvorming besluitvorming;

    @BeforeEach
    void vastgelegd() {
        when(besluitvorming.neem(any(), any(), any(BesluitGegevens.class), any(Authentication.class)))
                .thenReturn(new BesluitVastgelegd(AGENDA, 0, 7));
    }

    private ResultActions stuur(String commando, String velden) throws Exception {
        return mvc.perform(post("/v1/strategische-agendas/zeeland/" + commando)
                .with(user("zeeland").authorities(() -> "ROLE_REGIO", () -> "ORGANISATIE_zeeland"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{" + velden + "," + BESLUIT + "}"));
    }

    private void verwacht(Object besluit) {
        verify(besluitvorming).neem(eq(AGENDA), eq(besluit), any(BesluitGegevens.class), any(Authentication.class));
    }

    @Test
    void leg_regionaal_initiatief_vast() throws Exception {
        stuur("leg-regionaal-initiatief-vast", """
                "omschrijving": "Zeeland werkt aan een toekomstvisie"
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(AGENDA));
        verwacht(new LegRegionaalInitiatiefVast("zeeland", "Zeeland werkt aan een toekomstvisie"));
    }

    @Test
    void leg_ontwikkelfase_vast() throws Exception {
        stuur("leg-ontwikkelfase-vast", """
                "fase": "UITGEWERKTE_VISIE"
                """)
                .andExpect(status().isOk());
        verwacht(new LegOntwikkelfaseVast("zeeland", Ontwikkelfase.UITGEWERKTE_VISIE));
    }

    @Test
    void benoem_gezamenlijke_kans() throws Exception {
        stuur("benoem-gezamenlijke-kans", """
                "titel": "Energiehaven", "meerwaardeRegio": "banen", "meerwaardeRijk": "energietransitie"
                """)
                .andExpect(status().isOk());
        verwacht(new BenoemGezamenlijkeKans("zeeland", "Energiehaven", null, "banen", "energietransitie"));
    }

    @Test
    void een_kans_zonder_meerwaarde_voor_het_rijk_is_ongeldige_invoer() throws Exception {
        stuur("benoem-gezamenlijke-kans", """
                "titel": "Energiehaven", "meerwaardeRegio": "banen"
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("meerwaardeRijk"));
    }

    @Test
    void laat_gezamenlijke_kans_vallen() throws Exception {
        stuur("laat-gezamenlijke-kans-vallen", """
                "titel": "Energiehaven"
                """)
                .andExpect(status().isOk());
        verwacht(new LaatGezamenlijkeKansVallen("zeeland", "Energiehaven"));
    }

    @Test
    void leg_samenhang_met_trajecten_vast() throws Exception {
        stuur("leg-samenhang-met-trajecten-vast", """
                "trajecten": ["NOVEX", "LVVN_GEBIEDSGERICHTE_AANPAK"], "overigeTrajecten": ["Regio Deal"]
                """)
                .andExpect(status().isOk());
        verwacht(new LegSamenhangMetTrajectenVast("zeeland",
                List.of(SamenhangendTraject.NOVEX, SamenhangendTraject.LVVN_GEBIEDSGERICHTE_AANPAK),
                List.of("Regio Deal")));
    }

    @Test
    void stel_strategische_agenda_vast() throws Exception {
        stuur("stel-strategische-agenda-vast", """
                "vastgesteldOp": "2027-03-01"
                """)
                .andExpect(status().isOk());
        verwacht(new StelStrategischeAgendaVast("zeeland", LocalDate.of(2027, 3, 1)));
    }
}
