package nl.regioregister.command.procesmiddelen;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.Beveiliging;
import nl.regioregister.command.platform.Foutpagina;
import nl.regioregister.events.procesmiddelen.Beheervorm;
import nl.regioregister.events.procesmiddelen.Bestedingscategorie;
import nl.regioregister.events.procesmiddelen.Kassiersoort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Each procesmiddelen endpoint sends its command; invalid money never reaches the aggregate. */
@WebMvcTest
@ImportAutoConfiguration({Beveiliging.class, Foutpagina.class})
@WithMockUser(authorities = {"ROLE_BZK", "ORGANISATIE_BZK"})
class ProcesmiddelenEndpointsTest {

    private static final String BESLUIT = """
            "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Besluit AB",
                        "bron": "AB 5 maart 2025, agendapunt 3"}""";
    private static final BesluitGegevens GEGEVENS = new BesluitGegevens(LocalDate.of(2025, 3, 5), "Besluit AB",
            "AB 5 maart 2025, agendapunt 3");
    private static final String ID = "procesmiddelen:achterhoek";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Besluitvorming besluitvorming;

    @BeforeEach
    void setUp() {
        when(besluitvorming.neem(anyString(), any(), any(BesluitGegevens.class), any(Authentication.class)))
                .thenReturn(new BesluitVastgelegd(ID, 0, 1));
    }

    private ResultActions stuur(String pad, String json) throws Exception {
        return mvc.perform(post("/v1/regios/achterhoek" + pad).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    @WithMockUser(authorities = {"ROLE_REGIO", "ORGANISATIE_achterhoek"})
    void wijs_regiokassier_aan_stuurt_de_aanwijzing_naar_de_procesmiddelen_van_de_regio() throws Exception {
        stuur("/wijs-regiokassier-aan", """
                {"soort": "GEMEENTE", "naam": "Gemeente Doetinchem", "beheervorm": "DOORGEVEN_AAN_SAMENWERKINGSVERBAND",
                 "samenwerkingsverband": "Regio Achterhoek", %s}""".formatted(BESLUIT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ID));
        verify(besluitvorming).neem(eq(ID), eq(new WijsRegiokassierAan("achterhoek", Kassiersoort.GEMEENTE,
                        "Gemeente Doetinchem", Beheervorm.DOORGEVEN_AAN_SAMENWERKINGSVERBAND, "Regio Achterhoek")),
                eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    void ken_toe_stuurt_de_toekenning_met_bedragen_in_centen() throws Exception {
        stuur("/procesmiddelen/ken-toe", """
                {"jaar": 2025, "bedrag": 350000.00, "geschatteCompensabeleBtw": 8677.69, %s}""".formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq(ID), eq(new KenProcesmiddelenToe("achterhoek", 2025,
                        new BigDecimal("350000.00"), new BigDecimal("8677.69"), null)),
                eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    void een_bedrag_met_meer_dan_twee_decimalen_is_ongeldige_invoer() throws Exception {
        stuur("/procesmiddelen/ken-toe", """
                {"jaar": 2025, "bedrag": 350000.001, "geschatteCompensabeleBtw": -1, %s}""".formatted(BESLUIT))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'bedrag')].reason")
                        .value("een bedrag is in euro's en centen, met hoogstens twee decimalen"))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'geschatteCompensabeleBtw')].reason")
                        .value("een bedrag is niet negatief"));
        verifyNoInteractions(besluitvorming);
    }

    @Test
    void een_weigering_wordt_409_met_de_regel() throws Exception {
        when(besluitvorming.neem(anyString(), any(), any(BesluitGegevens.class), any(Authentication.class)))
                .thenThrow(new GeenRegiokassier("achterhoek"));
        stuur("/procesmiddelen/ken-toe", """
                {"jaar": 2025, "bedrag": 350000.00, "geschatteCompensabeleBtw": 0, %s}""".formatted(BESLUIT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.regel").value("geen-regiokassier"));
    }

    @Test
    void betaal_uit_stuurt_de_uitbetaling_van_het_jaar_uit_het_pad() throws Exception {
        stuur("/procesmiddelen/2025/betaal-uit", "{%s}".formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq(ID), eq(new BetaalProcesmiddelenUit("achterhoek", 2025)), eq(GEGEVENS),
                any(Authentication.class));
    }

    @Test
    void registreer_btw_teruggave_stuurt_de_teruggave_van_het_jaar() throws Exception {
        stuur("/procesmiddelen/2025/registreer-btw-teruggave", """
                {"bedrag": 2100.00, %s}""".formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq(ID), eq(new RegistreerBtwTeruggave("achterhoek", 2025,
                new BigDecimal("2100.00"))), eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    @WithMockUser(authorities = {"ROLE_REGIO", "ORGANISATIE_achterhoek"})
    void draag_over_stuurt_de_overdracht_van_het_jaar_uit_het_pad_naar_het_latere_jaar() throws Exception {
        stuur("/procesmiddelen/2025/draag-over", """
                {"naarJaar": 2026, "bedrag": 50000.00, %s}""".formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq(ID), eq(new DraagProcesmiddelenOver("achterhoek", 2025, 2026,
                new BigDecimal("50000.00"))), eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    @WithMockUser(authorities = {"ROLE_REGIO", "ORGANISATIE_achterhoek"})
    void registreer_besteding_stuurt_de_besteding_van_het_jaar() throws Exception {
        stuur("/procesmiddelen/2025/registreer-besteding", """
                {"categorie": "PERSONEEL", "bedrag": 120000.00, "omschrijving": "Programmamanager", %s}"""
                .formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq(ID), eq(new RegistreerBesteding("achterhoek", 2025,
                        Bestedingscategorie.PERSONEEL, new BigDecimal("120000.00"), "Programmamanager")),
                eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    void verleng_financieringsperiode_stuurt_de_verlenging_voor_de_regio() throws Exception {
        stuur("/procesmiddelen/verleng-financieringsperiode", """
                {"laatsteJaar": 2029, %s}""".formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq(ID), eq(new VerlengFinancieringsperiode("achterhoek", 2029)), eq(GEGEVENS),
                any(Authentication.class));
    }
}
