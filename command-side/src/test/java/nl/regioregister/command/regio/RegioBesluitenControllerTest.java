package nl.regioregister.command.regio;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.regioregister.command.platform.BesluitGegevens;
import nl.regioregister.command.platform.BesluitVastgelegd;
import nl.regioregister.command.platform.Besluitvorming;
import nl.regioregister.command.platform.Beveiliging;
import nl.regioregister.command.platform.Foutpagina;
import nl.regioregister.events.Departement;
import nl.regioregister.events.regio.Bestuursrol;
import nl.regioregister.events.regio.Programma;
import nl.regioregister.events.regio.RegioSoort;
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

/** Each endpoint turns its request into the one command it names, with the decision's accountability. */
@WebMvcTest(RegioBesluitenController.class)
@ImportAutoConfiguration({Beveiliging.class, Foutpagina.class})
class RegioBesluitenControllerTest {

    private static final String BESLUIT = """
            "besluit": {"ingangsdatum": "2025-03-05", "motivering": "Besluit van het algemeen bestuur",
                        "bron": "AB 5 maart 2025, agendapunt 3"}""";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private Besluitvorming besluitvorming;

    @BeforeEach
    void vastgelegd() {
        when(besluitvorming.neem(any(), any(), any(BesluitGegevens.class), any(Authentication.class)))
                .thenReturn(new BesluitVastgelegd("achterhoek", 3, 42));
    }

    private ResultActions stuur(String pad, String velden) throws Exception {
        return mvc.perform(post(pad).with(user("bzk").authorities(() -> "ROLE_BZK", () -> "ORGANISATIE_BZK"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{" + velden + "," + BESLUIT + "}"));
    }

    /** A decision of the region itself, recorded by one of its officials. */
    private ResultActions stuurAlsRegio(String pad, String velden) throws Exception {
        return mvc.perform(post(pad).with(user("achterhoek").authorities(() -> "ROLE_REGIO",
                        () -> "ORGANISATIE_achterhoek"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{" + velden + "," + BESLUIT + "}"));
    }

    private void verwacht(String id, Object besluit) {
        verify(besluitvorming).neem(eq(id), eq(besluit), any(BesluitGegevens.class), any(Authentication.class));
    }

    @Test
    void registreer_regio() throws Exception {
        stuur("/v1/regios", """
                "regioId": "rivierenland", "naam": "Rivierenland", "soort": "SAMENWERKINGSVERBAND_VAN_GEMEENTEN",
                "provincies": ["Gelderland"], "gemeenten": ["Tiel"]""")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/v1/regios/rivierenland"))
                .andExpect(jsonPath("$.versie").value(3));
        verwacht("rivierenland", new RegistreerRegio("rivierenland", "Rivierenland",
                RegioSoort.SAMENWERKINGSVERBAND_VAN_GEMEENTEN, List.of("Gelderland"), List.of("Tiel")));
    }

    @Test
    void registreer_regio_met_ongeldig_id_en_zonder_soort_noemt_beide_velden() throws Exception {
        stuur("/v1/regios", """
                "regioId": "Rivier Land", "naam": "Rivierenland"
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name").value(containsInAnyOrder("regioId", "soort")));
    }

    @Test
    void neem_op_in_programma() throws Exception {
        stuur("/v1/regios/achterhoek/neem-op-in-programma", """
                "programma": "REGIO_DEAL", "vanaf": "2024-01-01", "omschrijving": "5e tranche"
                """)
                .andExpect(status().isOk());
        verwacht("achterhoek", new NeemOpInProgramma("achterhoek", Programma.REGIO_DEAL, LocalDate.of(2024, 1, 1),
                "5e tranche", null));
    }

    @Test
    void neem_op_in_een_onbekend_programma_noemt_het_veld_en_de_bekende_programmas() throws Exception {
        stuur("/v1/regios/achterhoek/neem-op-in-programma", """
                "programma": "ELKE_REGIO_TELT"
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:regioregister:probleem:ongeldige-invoer"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("programma"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value(org.hamcrest.Matchers.containsString("NPVR")));
    }

    @Test
    void beeindig_programmadeelname() throws Exception {
        stuur("/v1/regios/achterhoek/beeindig-programmadeelname", """
                "programma": "REGIO_DEAL"
                """)
                .andExpect(status().isOk());
        verwacht("achterhoek", new BeeindigProgrammadeelname("achterhoek", Programma.REGIO_DEAL, null));
    }

    @Test
    void beleg_aanspreekpunt() throws Exception {
        stuur("/v1/regios/rivierenland/beleg-aanspreekpunt", """
                "departement": "IENW", "beleidsmatigeRaakvlakken": "bereikbaarheid"
                """)
                .andExpect(status().isOk());
        verwacht("rivierenland", new BelegAanspreekpunt("rivierenland", Departement.IENW, "bereikbaarheid"));
    }

    @Test
    void benoem_rijksvertegenwoordiger() throws Exception {
        stuur("/v1/regios/achterhoek/benoem-rijksvertegenwoordiger", """
                "naam": "J. de Vries", "functie": "DG Mobiliteit", "departement": "IENW"
                """)
                .andExpect(status().isOk());
        verwacht("achterhoek", new BenoemRijksvertegenwoordiger("achterhoek", "J. de Vries", "DG Mobiliteit",
                Departement.IENW));
    }

    @Test
    void benoem_regioadviseur() throws Exception {
        stuur("/v1/regios/achterhoek/benoem-regioadviseur", """
                "naam": "P. de Boer", "functie": "regio-coördinator", "departement": "BZK"
                """)
                .andExpect(status().isOk());
        verwacht("achterhoek", new BenoemRegioadviseur("achterhoek", "P. de Boer", "regio-coördinator",
                Departement.BZK));
    }

    @Test
    void wijs_bestuurlijk_trekker_aan() throws Exception {
        stuurAlsRegio("/v1/regios/achterhoek/wijs-bestuurlijk-trekker-aan", """
                "naam": "A. Bakker", "functie": "wethouder", "organisatie": "gemeente Doetinchem"
                """)
                .andExpect(status().isOk());
        verwacht("achterhoek", new WijsBestuurlijkTrekkerAan("achterhoek", "A. Bakker", "wethouder",
                "gemeente Doetinchem"));
    }

    @Test
    void een_bestuurlijk_trekker_zonder_functie_is_ongeldige_invoer() throws Exception {
        stuurAlsRegio("/v1/regios/achterhoek/wijs-bestuurlijk-trekker-aan", """
                "naam": "A. Bakker", "organisatie": "gemeente Doetinchem"
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("functie"));
    }

    @Test
    void stel_programmamanager_aan() throws Exception {
        stuurAlsRegio("/v1/regios/achterhoek/stel-programmamanager-aan", """
                "naam": "M. Jansen", "functie": "Programmamanager NPVR"
                """)
                .andExpect(status().isOk());
        verwacht("achterhoek", new StelProgrammamanagerAan("achterhoek", "M. Jansen", "Programmamanager NPVR", null));
    }

    @Test
    void stel_programmamedewerker_aan() throws Exception {
        stuurAlsRegio("/v1/regios/achterhoek/stel-programmamedewerker-aan", """
                "naam": "S. Visser", "organisatie": "Regio Achterhoek"
                """)
                .andExpect(status().isOk());
        verwacht("achterhoek", new StelProgrammamedewerkerAan("achterhoek", "S. Visser", null, "Regio Achterhoek"));
    }

    @Test
    void spreek_departementsvoorkeur_uit() throws Exception {
        stuurAlsRegio("/v1/regios/achterhoek/spreek-departementsvoorkeur-uit", """
                "voorkeur": "IENW", "alternatief": "VRO"
                """)
                .andExpect(status().isOk());
        verwacht("achterhoek", new SpreekDepartementsvoorkeurUit("achterhoek", Departement.IENW, Departement.VRO));
    }

    @Test
    void wijs_voorkeursdepartement_aan() throws Exception {
        stuur("/v1/regios/achterhoek/wijs-voorkeursdepartement-aan", """
                "departement": "IENW", "ambtelijkTrekker": "R. Mulder", "ambtelijkTrekkerFunctie": "directeur"
                """)
                .andExpect(status().isOk());
        verwacht("achterhoek", new WijsVoorkeursdepartementAan("achterhoek", Departement.IENW, "R. Mulder",
                "directeur"));
    }

    @Test
    void beeindig_benoeming() throws Exception {
        stuur("/v1/regios/achterhoek/beeindig-benoeming", """
                "rol": "PROGRAMMAMANAGER"
                """)
                .andExpect(status().isOk());
        verwacht("achterhoek", new BeeindigBenoeming("achterhoek", Bestuursrol.PROGRAMMAMANAGER));
    }

    @Test
    void een_besluit_zonder_motivering_en_bron_is_ongeldige_invoer() throws Exception {
        mvc.perform(post("/v1/regios/achterhoek/beeindig-benoeming")
                        .with(user("bzk").authorities(() -> "ROLE_BZK", () -> "ORGANISATIE_BZK"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"rol": "PROGRAMMAMANAGER", "besluit": {"ingangsdatum": "2025-03-05"}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[*].name")
                        .value(containsInAnyOrder("besluit.motivering", "besluit.bron")));
    }
}
