package nl.regioregister.command.kamer;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
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

/** Each motie, toezegging and Kamerbrief endpoint sends its command, under the normalised Kamerstuk number. */
@WebMvcTest
@ImportAutoConfiguration({Beveiliging.class, Foutpagina.class})
@WithMockUser(authorities = {"ROLE_BZK", "ORGANISATIE_BZK"})
class KamerEndpointsTest {

    private static final String BESLUIT = """
            "besluit": {"ingangsdatum": "2025-12-19", "motivering": "Brief verzonden",
                        "bron": "Kamerstuk 29697-175"}""";
    private static final BesluitGegevens GEGEVENS = new BesluitGegevens(LocalDate.of(2025, 12, 19),
            "Brief verzonden", "Kamerstuk 29697-175");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private Besluitvorming besluitvorming;

    @BeforeEach
    void setUp() {
        when(besluitvorming.neem(anyString(), any(), any(BesluitGegevens.class), any(Authentication.class)))
                .thenReturn(new BesluitVastgelegd("motie:29697-169", 0, 1));
    }

    private ResultActions stuur(String pad, String json) throws Exception {
        return mvc.perform(post(pad).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void registreer_motie_onder_het_genormaliseerde_kamerstuknummer() throws Exception {
        stuur("/v1/moties", """
                {"kamerstuknummer": "29 697, nr. 169", "titel": "Motie Flach", "indieners": ["Flach"],
                 "aangenomenOp": "2024-11-12", %s}""".formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq("motie:29697-169"), eq(new RegistreerMotie("29697-169", "Motie Flach",
                List.of("Flach"), LocalDate.of(2024, 11, 12))), eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    void een_motie_zonder_indieners_is_ongeldige_invoer() throws Exception {
        stuur("/v1/moties", """
                {"kamerstuknummer": "29697-169", "titel": "Motie Flach", "indieners": [],
                 "aangenomenOp": "2024-11-12", %s}""".formatted(BESLUIT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("indieners"));
        verifyNoInteractions(besluitvorming);
    }

    @Test
    void registreer_uitvoering_stuurt_de_uitvoering_naar_de_motie_uit_het_pad() throws Exception {
        stuur("/v1/moties/29697-169/registreer-uitvoering", """
                {"referentie": "Kamerbrief 19 december 2025", "omschrijving": "Aanspreekpunt", %s}"""
                .formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq("motie:29697-169"), eq(new RegistreerUitvoeringVanMotie("29697-169",
                "Kamerbrief 19 december 2025", "Aanspreekpunt")), eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    void doe_af_stuurt_de_afdoening_naar_de_motie_uit_het_pad() throws Exception {
        stuur("/v1/moties/36800-VII-97/doe-af", """
                {"referentie": "Kamerbrief 19 december 2025", %s}""".formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq("motie:36800-VII-97"), eq(new DoeMotieAf("36800-VII-97",
                "Kamerbrief 19 december 2025")), eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    void registreer_toezegging_stuurt_de_toezegging_onder_haar_id() throws Exception {
        stuur("/v1/toezeggingen", """
                {"toezeggingId": "TZ-NPVR-1", "omschrijving": "Voortgangsbrief NPVR", "gedaanIn": "Debat 2 oktober",
                 "uiterlijk": "2026-03-31", "motie": "29697-169", %s}""".formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq("toezegging:TZ-NPVR-1"), eq(new RegistreerToezegging("TZ-NPVR-1",
                        "Voortgangsbrief NPVR", null, "Debat 2 oktober", LocalDate.of(2026, 3, 31), "29697-169")),
                eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    void een_toezeggingsid_met_spaties_is_ongeldige_invoer() throws Exception {
        stuur("/v1/toezeggingen", """
                {"toezeggingId": "TZ NPVR", "omschrijving": "Voortgangsbrief NPVR", "gedaanIn": "Debat 2 oktober",
                 "uiterlijk": "2026-03-31", %s}""".formatted(BESLUIT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("toezeggingId"));
        verifyNoInteractions(besluitvorming);
    }

    @Test
    void verzet_termijn_stuurt_de_nieuwe_termijn_met_de_reden() throws Exception {
        stuur("/v1/toezeggingen/TZ-NPVR-1/verzet-termijn", """
                {"nieuweTermijn": "2026-06-30", "reden": "Wacht op het kabinet", %s}""".formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq("toezegging:TZ-NPVR-1"), eq(new VerzetToezeggingstermijn("TZ-NPVR-1",
                LocalDate.of(2026, 6, 30), "Wacht op het kabinet")), eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    void vervul_stuurt_de_kamerbrief_onder_zijn_genormaliseerde_nummer() throws Exception {
        stuur("/v1/toezeggingen/TZ-NPVR-1/vervul", """
                {"kamerbrief": "29 697, nr. 180", "kamerbriefDatum": "2026-02-12", %s}""".formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq("toezegging:TZ-NPVR-1"), eq(new VervulToezegging("TZ-NPVR-1", "29697-180",
                LocalDate.of(2026, 2, 12))), eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    void leg_een_kamerbrief_vast_met_zijn_toezeggingen_en_moties() throws Exception {
        stuur("/v1/kamerbrieven", """
                {"kamerbriefId": "2025-0000999001", "datum": "2025-12-19", "kamerstuknummer": "29 697, nr. 180",
                 "onderwerp": "Uitvoering motie Flach", "bewindspersoon": "minister van BZK",
                 "document": "https://zoek.officielebekendmakingen.nl/kst-29697-180",
                 "toezeggingen": ["TZ-FLACH-1"], "moties": ["29 697, nr. 169"], %s}""".formatted(BESLUIT))
                .andExpect(status().isOk());
        verify(besluitvorming).neem(eq("kamerbrief:2025-0000999001"), eq(new LegKamerbriefVast("2025-0000999001",
                LocalDate.of(2025, 12, 19), "29697-180", "Uitvoering motie Flach", "minister van BZK",
                "https://zoek.officielebekendmakingen.nl/kst-29697-180", null, List.of("TZ-FLACH-1"),
                List.of("29697-169"))), eq(GEGEVENS), any(Authentication.class));
    }

    @Test
    void een_kamerbrief_zonder_datum_onderwerp_en_document_noemt_elke_fout() throws Exception {
        stuur("/v1/kamerbrieven", """
                {"kamerbriefId": "2025-0000999001", "bewindspersoon": "minister van BZK", "sha256": "ABC", %s}"""
                .formatted(BESLUIT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams.length()").value(4))
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'datum')]").exists())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'onderwerp')]").exists())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'document')]").exists())
                .andExpect(jsonPath("$.invalidParams[?(@.name == 'sha256')]").exists());
        verifyNoInteractions(besluitvorming);
    }
}
