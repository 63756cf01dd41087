package nl.regioregister.command.traject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Each endpoint turns its request into the one command it names; answers carry the trajectId, not the prefix. */
@WebMvcTest(LopendTrajectBesluitenController.class)
@ImportAutoConfiguration({Beveiliging.class, Foutpagina.class})
class LopendTrajectBesluitenControllerTest {

    private static final String BESLUIT = """
            "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Werkdocument lopende trajecten",
                        "bron": "AB 5 maart 2025, bijlage 3"}""";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private Besluitvorming besluitvorming;

    @BeforeEach
    void vastgelegd() {
        when(besluitvorming.neem(any(), any(), any(BesluitGegevens.class), any(Authentication.class)))
                .thenAnswer(aanroep -> new BesluitVastgelegd(aanroep.getArgument(0), 0, 11));
    }

    private ResultActions stuur(String pad, String velden) throws Exception {
        return mvc.perform(post(pad)
                .with(user("achterhoek").authorities(() -> "ROLE_REGIO", () -> "ORGANISATIE_achterhoek"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{" + velden + "," + BESLUIT + "}"));
    }

    @Test
    void registreer_lopend_traject_onder_een_gekozen_id() throws Exception {
        stuur("/v1/regios/achterhoek/lopende-trajecten", """
                "trajectId": "regio-deal-5", "naam": "Regio Deal 5e tranche", "departementen": ["VRO"],
                "vanaf": "2024-01-01", "bedrag": 25000000.00, "actieVoorContinuiteit": "langjarige borging"
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("regio-deal-5"))
                .andExpect(jsonPath("$.positie").value(11));
        verify(besluitvorming).neem(eq("traject:regio-deal-5"), eq(new RegistreerLopendTraject("regio-deal-5",
                        "achterhoek", "Regio Deal 5e tranche", List.of(Departement.VRO), null, LocalDate.of(2024, 1, 1),
                        null, new BigDecimal("25000000.00"), null, "langjarige borging")),
                any(BesluitGegevens.class), any(Authentication.class));
    }

    @Test
    void registreer_lopend_traject_zonder_id_krijgt_een_uuid() throws Exception {
        stuur("/v1/regios/achterhoek/lopende-trajecten", """
                "naam": "Woningbouwimpuls", "departementen": ["VRO"], "vanaf": "2024-01-01", "omvang": "351 woningen"
                """)
                .andExpect(status().isOk());
        ArgumentCaptor<Object> besluit = ArgumentCaptor.forClass(Object.class);
        verify(besluitvorming).neem(any(), besluit.capture(), any(BesluitGegevens.class), any(Authentication.class));
        RegistreerLopendTraject registratie = (RegistreerLopendTraject) besluit.getValue();
        assertThat(registratie.trajectId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(registratie.omvang()).isEqualTo("351 woningen");
    }

    @Test
    void een_bedrag_onder_de_cent_is_ongeldige_invoer() throws Exception {
        stuur("/v1/regios/achterhoek/lopende-trajecten", """
                "naam": "Cultuurregio", "departementen": ["OCW"], "vanaf": "2024-01-01", "bedrag": 126130.005
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("bedrag"));
    }

    @Test
    void werk_lopend_traject_bij() throws Exception {
        stuur("/v1/lopende-trajecten/regio-deal-5/werk-bij", """
                "regioId": "achterhoek", "naam": "Regio Deal", "departementen": ["VRO"], "vanaf": "2024-01-01",
                "tot": "2027-12-31", "bedrag": 25000000
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("regio-deal-5"));
        verify(besluitvorming).neem(eq("traject:regio-deal-5"), eq(new WerkLopendTrajectBij("regio-deal-5",
                        "achterhoek", "Regio Deal", List.of(Departement.VRO), null, LocalDate.of(2024, 1, 1),
                        LocalDate.of(2027, 12, 31), new BigDecimal("25000000"), null, null)),
                any(BesluitGegevens.class), any(Authentication.class));
    }

    @Test
    void sluit_lopend_traject() throws Exception {
        stuur("/v1/lopende-trajecten/regio-deal-5/sluit", """
                "regioId": "achterhoek", "einddatum": "2028-01-01"
                """)
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq("traject:regio-deal-5"),
                eq(new SluitLopendTraject("regio-deal-5", "achterhoek", LocalDate.of(2028, 1, 1))),
                any(BesluitGegevens.class), any(Authentication.class));
    }

    @Test
    void een_sluiting_zonder_regio_is_ongeldige_invoer() throws Exception {
        stuur("/v1/lopende-trajecten/regio-deal-5/sluit", """
                "einddatum": "2028-01-01"
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("regioId"));
    }
}
