package nl.regioregister.standalone;

import static nl.regioregister.standalone.AutorisatiematrixTest.Uitkomst.AANMELDEN;
import static nl.regioregister.standalone.AutorisatiematrixTest.Uitkomst.JA;
import static nl.regioregister.standalone.AutorisatiematrixTest.Uitkomst.NEE;
import static nl.regioregister.standalone.AutorisatiematrixTest.Uitkomst.ONZICHTBAAR;
import static nl.regioregister.standalone.AutorisatiematrixTest.Uitkomst.REGEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.UriUtils;

/**
 * The authorisation matrix: every operation of the OpenAPI document the standalone run serves (command side and
 * query side) called by every identity, each with its expected outcome from the table below. An operation without a
 * row fails the test, and so does a row without an operation. Requests carry valid bodies, so that the outcome shows
 * who may, not whether the input was valid.
 * <p>
 * Identities (the development users): anonymous; {@code bzk} (BZK programme team); {@code lvvn} (the department
 * LVVN); {@code achterhoek} (the region of every path); {@code twente} (a foreign region); {@code auditor};
 * {@code beheer}; {@code regiosysteem} (an integrator of the Achterhoek: the foreign integrator for the subscription,
 * which belongs to {@code integrator}); {@code integrator}. They are called in this order, the owner of the
 * subscription last, so that a foreign integrator's request meets the subscription before its owner deletes it.
 * <p>
 * Authorisation comes before validation: where an identity is refused (401 or 403), the same operation with a
 * malformed body, or a malformed query parameter, is refused the same way, except where the refusal follows from the
 * content or from what was recorded before ({@link #NA_DE_INVOER}).
 * <p>
 * Outcomes: {@link Uitkomst#JA} the operation's documented success; {@link Uitkomst#REGEL} allowed, and then the
 * register's own rules decide (the documented success, or a typed refusal 404, 409 or 422 because of what was already
 * recorded, e.g. the same decision recorded by an earlier identity), never 400, 401 or 403;
 * {@link Uitkomst#NEE} 403; {@link Uitkomst#AANMELDEN} 401; {@link Uitkomst#ONZICHTBAAR} 404, as if another's
 * subscription did not exist.
 */
class AutorisatiematrixTest {

    enum Uitkomst { JA, REGEL, NEE, AANMELDEN, ONZICHTBAAR }

    /** One row of the matrix: an operation and what each identity gets. */
    record Regel(String methode, String pad, Uitkomst anoniem, Uitkomst bzk, Uitkomst departement,
                 Uitkomst eigenRegio, Uitkomst andereRegio, Uitkomst auditor, Uitkomst beheer,
                 Uitkomst vreemdeIntegrator, Uitkomst integrator) {

        String operatie() {
            return methode + " " + pad;
        }

        Uitkomst voor(Identiteit wie) {
            return wie.kolom().apply(this);
        }
    }

    /** Who calls: a development user (its password is its name), or nobody for anonymous. */
    record Identiteit(String naam, String gebruiker, Function<Regel, Uitkomst> kolom) {
    }

    private static final List<Identiteit> IDENTITEITEN = List.of(
            new Identiteit("anoniem", null, Regel::anoniem),
            new Identiteit("bzk", "bzk", Regel::bzk),
            new Identiteit("departement", "lvvn", Regel::departement),
            new Identiteit("eigen regio", "achterhoek", Regel::eigenRegio),
            new Identiteit("andere regio", "twente", Regel::andereRegio),
            new Identiteit("auditor", "auditor", Regel::auditor),
            new Identiteit("beheer", "beheer", Regel::beheer),
            new Identiteit("vreemde integrator", "regiosysteem", Regel::vreemdeIntegrator),
            new Identiteit("integrator", "integrator", Regel::integrator));

    private static Regel r(String methode, String pad, Uitkomst anoniem, Uitkomst bzk, Uitkomst departement,
                           Uitkomst eigenRegio, Uitkomst andereRegio, Uitkomst auditor, Uitkomst beheer,
                           Uitkomst vreemdeIntegrator, Uitkomst integrator) {
        return new Regel(methode, pad, anoniem, bzk, departement, eigenRegio, andereRegio, auditor, beheer,
                vreemdeIntegrator, integrator);
    }

    private static final String RIJK = "rijksbesluit";
    private static final String REGIO = "regiobesluit";
    private static final String BEIDE = "besluit van Rijk of regio";
    private static final String DEPARTEMENT = "inspanningsverplichting";

    /** A decision of the Rijk about a region, of the region itself, of either, of BZK or the department concerned. */
    private static Regel besluit(String soort, String pad) {
        return switch (soort) {
            case RIJK -> r("POST", pad, AANMELDEN, REGEL, NEE, NEE, NEE, NEE, NEE, NEE, NEE);
            case REGIO -> r("POST", pad, AANMELDEN, NEE, NEE, REGEL, NEE, NEE, NEE, NEE, NEE);
            case BEIDE -> r("POST", pad, AANMELDEN, REGEL, NEE, REGEL, NEE, NEE, NEE, NEE, NEE);
            case DEPARTEMENT -> r("POST", pad, AANMELDEN, REGEL, REGEL, NEE, NEE, NEE, NEE, NEE, NEE);
            default -> throw new IllegalArgumentException(soort);
        };
    }

    // @formatter:off
    private static final List<Regel> MATRIX = List.of(
            //                                                  anoniem    bzk    dept   achterh twente audit beheer vr.int integr
            // public: the contract and the integrity key
            r("GET",  "/schemas",                                    JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA),
            r("GET",  "/schemas/{type}",                             JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA),
            r("GET",  "/asyncapi",                                   JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA),
            r("GET",  "/integriteit/publieke-sleutel",               JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA),
            // every signed-in role: regions with their public appointments, moties and toezeggingen
            r("GET",  "/regios",                              AANMELDEN,    JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA),
            r("GET",  "/regios/{regioId}",                    AANMELDEN,    JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA),
            r("GET",  "/moties",                              AANMELDEN,    JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA),
            r("GET",  "/moties/{kamerstuknummer}",            AANMELDEN,    JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA),
            r("GET",  "/toezeggingen",                        AANMELDEN,    JA,    JA,    JA,    JA,    JA,    JA,    JA,    JA),
            // a region's status and stream (names of officials): the Rijk, auditor, beheer and the region itself
            r("GET",  "/regios/{regioId}/status",             AANMELDEN,    JA,    JA,    JA,   NEE,    JA,    JA,   NEE,   NEE),
            r("GET",  "/regios/{regioId}/status/stroom",      AANMELDEN,    JA,    JA,    JA,   NEE,    JA,    JA,   NEE,   NEE),
            // the programme overview (no names): every region too, integrators read the feed
            r("GET",  "/programmas/{programma}/overzicht",    AANMELDEN,    JA,    JA,    JA,    JA,    JA,    JA,   NEE,   NEE),
            r("GET",  "/programmas/overzicht/stroom",         AANMELDEN,    JA,    JA,    JA,    JA,    JA,    JA,   NEE,   NEE),
            // the decision history: a region's search is narrowed to its own decisions
            r("GET",  "/besluiten",                           AANMELDEN,    JA,    JA,    JA,    JA,    JA,    JA,   NEE,   NEE),
            r("GET",  "/besluiten/{positie}",                 AANMELDEN,    JA,    JA,    JA,   NEE,    JA,    JA,   NEE,   NEE),
            r("GET",  "/besluiten/export",                    AANMELDEN,    JA,    JA,    JA,    JA,    JA,    JA,   NEE,   NEE),
            // a programme's parameters in effect and the decisions that set them (no names): as the overview
            r("GET",  "/programmas/{programma}",              AANMELDEN,    JA,    JA,    JA,    JA,    JA,    JA,   NEE,   NEE),
            // the Woo publication (no names, never who recorded): the Rijk's readers and integrators, not the regions
            r("GET",  "/woo/besluiten",                       AANMELDEN,    JA,    JA,   NEE,   NEE,    JA,    JA,    JA,    JA),
            // the event feed: integrators and the Rijk's readers, not the regions
            r("GET",  "/events",                              AANMELDEN,    JA,    JA,   NEE,   NEE,    JA,    JA,    JA,    JA),
            r("GET",  "/events/stream",                       AANMELDEN,    JA,    JA,   NEE,   NEE,    JA,    JA,    JA,    JA),
            // integrity proofs: auditor and beheer
            r("GET",  "/integriteit/export",                  AANMELDEN,   NEE,   NEE,   NEE,   NEE,    JA,    JA,   NEE,   NEE),
            r("GET",  "/integriteit/controlepunten/laatste",  AANMELDEN,   NEE,   NEE,   NEE,   NEE,    JA,    JA,   NEE,   NEE),
            r("GET",  "/integriteit/consistentiebewijs",      AANMELDEN,   NEE,   NEE,   NEE,   NEE,    JA,    JA,   NEE,   NEE),
            r("GET",  "/integriteit/gebeurtenissen/{gebeurtenisId}/inclusiebewijs",
                                                              AANMELDEN,   NEE,   NEE,   NEE,   NEE,    JA,    JA,   NEE,   NEE),
            r("POST", "/integriteit/controlepunten",          AANMELDEN,   NEE,   NEE,   NEE,   NEE,    JA,    JA,   NEE,   NEE),
            // operating the register: beheer only
            r("GET",  "/beheer/dode-brieven",                 AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,    JA,   NEE,   NEE),
            r("POST", "/beheer/dode-brieven/{processingGroup}/verwerk-opnieuw",
                                                              AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,    JA,   NEE,   NEE),
            r("GET",  "/beheer/projecties/{projectie}/herbouw",
                                                              AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,    JA,   NEE,   NEE),
            r("POST", "/beheer/projecties/{projectie}/herbouw",
                                                              AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,    JA,   NEE,   NEE),
            r("GET",  "/beheer/projecties/regio-status/herbouw",
                                                              AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,    JA,   NEE,   NEE),
            r("POST", "/beheer/projecties/regio-status/herbouw",
                                                              AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,    JA,   NEE,   NEE),
            // subscriptions: integrators only, each only its own (another's answers 404, as if it did not exist)
            r("GET",  "/abonnementen",                        AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,   NEE,    JA,    JA),
            r("POST", "/abonnementen",                        AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,   NEE,    JA,    JA),
            r("GET",  "/abonnementen/{id}",                   AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,   NEE, ONZICHTBAAR, JA),
            r("GET",  "/abonnementen/{id}/afleverpogingen",   AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,   NEE, ONZICHTBAAR, JA),
            r("POST", "/abonnementen/{id}/pauzeer",           AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,   NEE, ONZICHTBAAR, JA),
            r("POST", "/abonnementen/{id}/hervat",            AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,   NEE, ONZICHTBAAR, JA),
            r("POST", "/abonnementen/{id}/opnieuw-afleveren", AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,   NEE, ONZICHTBAAR, JA),
            r("DELETE", "/abonnementen/{id}",                 AANMELDEN,   NEE,   NEE,   NEE,   NEE,   NEE,   NEE, ONZICHTBAAR, JA),
            // correcting the record: who recorded a decision's side revokes it
            r("POST", "/besluiten/{positie}/herroep",         AANMELDEN, REGEL,   NEE,   NEE,   NEE,   NEE,   NEE,   NEE,   NEE),

            // erasing personal data under the AVG: a decision about processing, by BZK or BEHEER
            r("POST", "/personen/{persoonId}/wis-persoonsgegevens",
                                                              AANMELDEN, REGEL,   NEE,   NEE,   NEE,   NEE, REGEL,   NEE,   NEE),
            // decisions: the Rijk's (BZK), the region's own, either, or a department's own commitments
            besluit(RIJK,  "/regios"),
            besluit(RIJK,  "/regios/{regioId}/neem-op-in-programma"),
            besluit(RIJK,  "/regios/{regioId}/beeindig-programmadeelname"),
            besluit(RIJK,  "/regios/{regioId}/benoem-rijksvertegenwoordiger"),
            besluit(RIJK,  "/regios/{regioId}/benoem-regioadviseur"),
            besluit(RIJK,  "/regios/{regioId}/beleg-aanspreekpunt"),
            besluit(RIJK,  "/regios/{regioId}/wijs-voorkeursdepartement-aan"),
            besluit(RIJK,  "/regios/{regioId}/beeindig-benoeming"),  // its example ends a Rijk role
            besluit(REGIO, "/regios/{regioId}/wijs-bestuurlijk-trekker-aan"),
            besluit(REGIO, "/regios/{regioId}/stel-programmamanager-aan"),
            besluit(REGIO, "/regios/{regioId}/stel-programmamedewerker-aan"),
            besluit(REGIO, "/regios/{regioId}/spreek-departementsvoorkeur-uit"),
            besluit(REGIO, "/regios/{regioId}/wijs-regiokassier-aan"),
            besluit(BEIDE, "/regios/{regioId}/overleggen/leg-vast"),
            besluit(BEIDE, "/regios/{regioId}/lopende-trajecten"),
            besluit(REGIO, "/regios/{regioId}/verzoeken/dien-in"),
            besluit(RIJK,  "/regios/{regioId}/verzoeken/{verzoekId}/beantwoord"),
            besluit(RIJK,  "/regios/{regioId}/procesmiddelen/ken-toe"),
            besluit(RIJK,  "/regios/{regioId}/procesmiddelen/verleng-financieringsperiode"),
            besluit(RIJK,  "/regios/{regioId}/procesmiddelen/{jaar}/wijzig-toekenning"),
            besluit(RIJK,  "/regios/{regioId}/procesmiddelen/{jaar}/betaal-uit"),
            besluit(REGIO, "/regios/{regioId}/procesmiddelen/{jaar}/registreer-besteding"),
            besluit(BEIDE, "/regios/{regioId}/procesmiddelen/{jaar}/registreer-btw-teruggave"),
            besluit(REGIO, "/regios/{regioId}/procesmiddelen/{jaar}/draag-over"),
            besluit(REGIO, "/regios/{regioId}/plan/dien-in"),
            besluit(REGIO, "/regios/{regioId}/plan/geef-akkoord-regio"),
            besluit(REGIO, "/regios/{regioId}/plan/trek-in"),
            besluit(RIJK,  "/regios/{regioId}/plan/stuur-terug"),
            besluit(RIJK,  "/regios/{regioId}/plan/geef-akkoord-rijk"),
            besluit(RIJK,  "/regios/{regioId}/plan/stel-vast"),
            besluit(REGIO, "/regios/{regioId}/uitvoeringsagendas/dien-in"),
            besluit(REGIO, "/regios/{regioId}/uitvoeringsagendas/{periode}/geef-akkoord-regio"),
            besluit(REGIO, "/regios/{regioId}/uitvoeringsagendas/{periode}/trek-in"),
            besluit(REGIO, "/regios/{regioId}/uitvoeringsagendas/{periode}/herijk"),
            besluit(RIJK,  "/regios/{regioId}/uitvoeringsagendas/{periode}/stuur-terug"),
            besluit(RIJK,  "/regios/{regioId}/uitvoeringsagendas/{periode}/geef-akkoord-rijk"),
            besluit(RIJK,  "/regios/{regioId}/uitvoeringsagendas/{periode}/stel-vast"),
            besluit(RIJK,  "/regios/{regioId}/uitvoeringsagendas/{periode}/zeg-ondersteuning-toe"),
            besluit(BEIDE, "/regios/{regioId}/uitvoeringsagendas/{periode}/evalueer"),
            besluit(BEIDE, "/regios/{regioId}/uitvoeringsagendas/{periode}/activiteiten/{activiteit}/meld-voortgang"),
            besluit(DEPARTEMENT, "/regios/{regioId}/inspanningsverplichtingen/ga-aan"),
            besluit(DEPARTEMENT, "/regios/{regioId}/inspanningsverplichtingen/{kenmerk}/wijzig"),
            besluit(DEPARTEMENT, "/regios/{regioId}/inspanningsverplichtingen/{kenmerk}/trek-in"),
            besluit(BEIDE, "/strategische-agendas/{regioId}/leg-ontwikkelfase-vast"),
            besluit(BEIDE, "/strategische-agendas/{regioId}/leg-regionaal-initiatief-vast"),
            besluit(BEIDE, "/strategische-agendas/{regioId}/benoem-gezamenlijke-kans"),
            besluit(BEIDE, "/strategische-agendas/{regioId}/laat-gezamenlijke-kans-vallen"),
            besluit(BEIDE, "/strategische-agendas/{regioId}/leg-samenhang-met-trajecten-vast"),
            besluit(BEIDE, "/strategische-agendas/{regioId}/geef-akkoord-op-strategische-agenda"),
            besluit(BEIDE, "/strategische-agendas/{regioId}/stel-strategische-agenda-vast"),
            besluit(BEIDE, "/lopende-trajecten/{trajectId}/werk-bij"),
            besluit(BEIDE, "/lopende-trajecten/{trajectId}/sluit"),
            besluit(RIJK,  "/moties"),
            besluit(RIJK,  "/moties/{kamerstuknummer}/registreer-uitvoering"),
            besluit(RIJK,  "/moties/{kamerstuknummer}/doe-af"),
            besluit(RIJK,  "/toezeggingen"),
            besluit(RIJK,  "/toezeggingen/{toezeggingId}/verzet-termijn"),
            besluit(RIJK,  "/toezeggingen/{toezeggingId}/vervul"),
            besluit(RIJK,  "/kamerbrieven"),
            besluit(RIJK,  "/programmas/{programma}/start"),
            besluit(RIJK,  "/programmas/{programma}/wijzig-parameters"),
            besluit(RIJK,  "/programmas/{programma}/laat-opgaan"));
    // @formatter:on

    /**
     * Input where the document's examples would not be valid (an allowed callback address, the department's own
     * commitment, two different departments, a whole agenda, the sizes of two checkpoints).
     */
    private record Invoer(String operatie, String query, String json) {

        static String abonnement() {
            return "{\"callbackUrl\": \"http://127.0.0.1:9/haak\", \"geheim\": \"whsec_"
                    + Base64.getEncoder().encodeToString("een geheim van 32 bytes lang....".getBytes(
                    StandardCharsets.US_ASCII)) + "\"}";
        }
    }

    private static final String BESLUIT = AchterhoekScenario.besluit("2025-09-01", "AB 3 september 2025");
    private static final String AGENDA = """
            {"activiteiten": [{"code": "WON-2", "omschrijving": "Woningbouw in de kernen",
              "doelstellingen": ["VEILIGE_EN_LEEFBARE_REGIO"], "eigenaar": "Regio Achterhoek",
              "beoogdResultaat": "1.000 woningen", "bijdragen": []}],
             "monitoring": "Jaarlijkse voortgangsrapportage", "indicatoren": ["Leefbarometer"],
             "organisatie": "Kernteam",
             "document": {"verwijzing": "Uitvoeringsagenda Achterhoek 2030-2033", "sha256": "%s"}}"""
            .formatted(AchterhoekScenario.SHA);

    private static List<Invoer> invoer(String consistentie) {
        return List.of(
                new Invoer("POST /abonnementen", null, Invoer.abonnement()),
                new Invoer("POST /regios/{regioId}/inspanningsverplichtingen/ga-aan", null, """
                        {"kenmerk": "lvvn-water", "departement": "LVVN", "inzet": "Water en bodem sturend",
                         "periode": "2026-2029", %s}""".formatted(BESLUIT)),
                new Invoer("POST /regios/{regioId}/spreek-departementsvoorkeur-uit", null,
                        "{\"voorkeur\": \"IENW\", \"alternatief\": \"VRO\", %s}".formatted(BESLUIT)),
                new Invoer("POST /regios/{regioId}/uitvoeringsagendas/dien-in", null,
                        "{\"periode\": \"2030-2033\", \"inhoud\": %s, %s}".formatted(AGENDA, BESLUIT)),
                new Invoer("POST /regios/{regioId}/uitvoeringsagendas/{periode}/herijk", null,
                        "{\"inhoud\": %s, %s}".formatted(AGENDA, BESLUIT)),
                new Invoer("POST /besluiten/{positie}/herroep", null,
                        "{\"reden\": \"Verkeerde naam vastgelegd\", %s}".formatted(BESLUIT)),
                new Invoer("POST /kamerbrieven", null, """
                        {"kamerbriefId": "matrix-brief", "datum": "2025-12-19", "onderwerp": "Voortgang NPVR",
                         "bewindspersoon": "minister van BZK", "document": "https://example.org/brief.pdf",
                         "toezeggingen": [], "moties": [], %s}""".formatted(BESLUIT)),
                new Invoer("GET /integriteit/consistentiebewijs", consistentie, null));
    }

    /**
     * Where a refusal can only follow from the request's content or from what was recorded before, a malformed request
     * of that identity gets 400 first: it cannot be known yet that it will be refused.
     */
    private record PasNaDeInvoer(String operatie, Set<String> identiteiten, String waarom) {
    }

    private static final List<PasNaDeInvoer> NA_DE_INVOER = List.of(
            new PasNaDeInvoer("POST /regios/{regioId}/beeindig-benoeming", Set.of("eigen regio"),
                    "the role whose appointment ends, in the body, says whether the Rijk or the region decides"),
            new PasNaDeInvoer("POST /lopende-trajecten/{trajectId}/werk-bij", Set.of("eigen regio", "andere regio"),
                    "the trajectory's region is recorded with it, not in the path"),
            new PasNaDeInvoer("POST /lopende-trajecten/{trajectId}/sluit", Set.of("eigen regio", "andere regio"),
                    "the trajectory's region is recorded with it, not in the path"),
            new PasNaDeInvoer("POST /besluiten/{positie}/herroep", Set.of("eigen regio", "andere regio"),
                    "who may revoke follows from who recorded the decision and its region"),
            new PasNaDeInvoer("GET /besluiten/{positie}", Set.of("eigen regio", "andere regio"),
                    "a region reads the decisions about itself: the decision's region is read with it"));

    private static boolean pasNaDeInvoer(Operatie operatie, Identiteit wie) {
        return NA_DE_INVOER.stream().anyMatch(n -> n.operatie().equals(operatie.naam())
                && n.identiteiten().contains(wie.naam()));
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path datamap;

    private static ConfigurableApplicationContext app;
    private static String basis;
    private static JsonNode document;
    private static Map<String, String> padwaarden;
    private static List<Invoer> invoer;

    @BeforeAll
    static void start() throws Exception {
        app = StandaloneApplication.builder().run("--server.port=0",
                "--regioregister.ingebouwde-database.datamap=" + datamap,
                "--regioregister.ingebouwde-database.niet-duurzaam-alleen-voor-tests=true",
                "--regioregister.abonnementen.toegestane-adressen=http://127.0.0.1:9");
        basis = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        Regioregister register = new Regioregister(basis);
        register.totZichtbaar("bzk", "/v1/regios", r -> r.path("regios").size() == 11);
        AchterhoekScenario.speel(register);
        Regioregister.Antwoord verplichting = register.post("bzk",
                AchterhoekScenario.REGIO + "/inspanningsverplichtingen/ga-aan", """
                        {"kenmerk": "lvvn-bodem", "departement": "LVVN", "inzet": "Bodem en water sturend",
                         "periode": "2026-2029", %s}""".formatted(
                        AchterhoekScenario.besluit("2025-09-01", "Brief LVVN 1 september 2025")));
        assertThat(verplichting.status()).as(verplichting.body().toString()).isEqualTo(HttpStatus.OK);
        Regioregister.Antwoord abonnement = register.post("integrator", "/v1/abonnementen", Invoer.abonnement());
        assertThat(abonnement.status()).as(abonnement.body().toString()).isEqualTo(HttpStatus.CREATED);
        document = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(basis + "/v1/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode motie = JSON.valueToTree(new OpenApiVoorbeeld(document, JSON).van(
                document.at("/paths/~1moties/post/requestBody/content/application~1json/schema")));
        Regioregister.Antwoord geregistreerd = register.post("bzk", "/v1/moties", motie.toString());
        assertThat(geregistreerd.status()).as(geregistreerd.body().toString()).isEqualTo(HttpStatus.OK);
        long eerste = controlepunt(register);
        for (String projectie : List.of("kamer", "regio-status")) {
            herbouw(register, projectie);
        }
        invoer = invoer("?van=" + eerste + "&tot=" + controlepunt(register));
        JsonNode achterhoek = register.totZichtbaar("auditor", "/v1/besluiten?regio=achterhoek",
                b -> b.path("besluiten").size() > 0).path("besluiten").get(0);
        padwaarden = Map.ofEntries(
                Map.entry("regioId", "achterhoek"), Map.entry("periode", "2026-2029"), Map.entry("jaar", "2025"),
                Map.entry("kenmerk", "lvvn-bodem"), Map.entry("activiteit", "WON-1"),
                Map.entry("kamerstuknummer", motie.path("kamerstuknummer").asText()), Map.entry("toezeggingId", "voortgangsbrief-npvr"),
                Map.entry("trajectId", "regio-deal-5"), Map.entry("verzoekId", "btw-procesmiddelen"),
                Map.entry("id", abonnement.body().path("id").asText()),
                Map.entry("positie", achterhoek.path("positie").asText()),
                Map.entry("gebeurtenisId", achterhoek.path("gebeurtenisId").asText()),
                Map.entry("type", "nl.regioregister.regio.RegioGeregistreerd.v1"), Map.entry("programma", "npvr"),
                Map.entry("processingGroup", "kamer"), Map.entry("projectie", "kamer"),
                Map.entry("persoonId", "00000000-0000-4000-8000-000000000000"));
    }

    /** A new signed checkpoint; its size. */
    private static long controlepunt(Regioregister register) {
        Regioregister.Antwoord controlepunt = register.post("auditor", "/v1/integriteit/controlepunten", "");
        assertThat(controlepunt.status()).isEqualTo(HttpStatus.CREATED);
        return controlepunt.body().path("grootte").asLong();
    }

    /** A finished rebuild, so that its progress can be read. */
    private static void herbouw(Regioregister register, String projectie) {
        String pad = "/v1/beheer/projecties/" + projectie + "/herbouw";
        assertThat(register.post("beheer", pad, "").status()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(register.get("beheer", pad).body().path("status").asText()).isEqualTo("KLAAR"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** An operation of the document: its method, its path (below the server {@code /v1}) and its description. */
    private record Operatie(String methode, String pad, JsonNode beschrijving) {

        String naam() {
            return methode + " " + pad;
        }

        boolean isStroom() {
            return beschrijving.at("/responses/200/content").has("text/event-stream");
        }

        /** What the operation answers on success, asked for in {@code Accept}. */
        String soort() {
            Iterator<String> soorten = beschrijving.at("/responses/" + succes() + "/content").fieldNames();
            return soorten.hasNext() ? soorten.next() : "application/json";
        }

        int succes() {
            for (Iterator<String> codes = beschrijving.path("responses").fieldNames(); codes.hasNext(); ) {
                String code = codes.next();
                if (code.startsWith("2")) {
                    return Integer.parseInt(code);
                }
            }
            throw new AssertionError(naam() + " beschrijft geen succes");
        }

        /** Reads first, then changes, then deletions: what a request changes is then seen by later changes only. */
        int volgorde() {
            return switch (methode) {
                case "GET" -> 0;
                case "DELETE" -> 2;
                default -> 1;
            };
        }
    }

    private static List<Operatie> operaties() {
        assertThat(document.at("/servers/0/url").asText()).isEqualTo("/v1");
        List<Operatie> operaties = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(pad -> pad.getValue().fields().forEachRemaining(operatie ->
                operaties.add(new Operatie(operatie.getKey().toUpperCase(), pad.getKey(), operatie.getValue()))));
        operaties.sort(Comparator.comparingInt(Operatie::volgorde));
        return operaties;
    }

    @Test
    void elke_operatie_van_het_openapi_document_staat_in_de_matrix_en_elke_regel_is_een_operatie() {
        Set<String> beschreven = operaties().stream().map(Operatie::naam).collect(Collectors.toCollection(TreeSet::new));
        Set<String> inDeMatrix = MATRIX.stream().map(Regel::operatie).collect(Collectors.toCollection(TreeSet::new));

        assertThat(beschreven).as("operaties zonder regel in de matrix").isSubsetOf(inDeMatrix);
        assertThat(inDeMatrix).as("regels zonder operatie").isSubsetOf(beschreven);
        assertThat(NA_DE_INVOER).extracting(PasNaDeInvoer::operatie).as("uitzonderingen zonder operatie")
                .allMatch(beschreven::contains);
        assertThat(MATRIX).as("een regel per operatie").hasSize(inDeMatrix.size());
        assertThat(beschreven).hasSizeGreaterThan(90);
    }

    @Test
    void elke_identiteit_krijgt_bij_elke_operatie_precies_wat_de_matrix_zegt() throws Exception {
        Map<String, Regel> matrix = MATRIX.stream().collect(Collectors.toMap(Regel::operatie, r -> r));
        List<String> afwijkingen = new ArrayList<>();
        int verzoeken = 0;
        int ongeldigeVerzoeken = 0;
        for (Operatie operatie : operaties()) {
            Regel regel = matrix.get(operatie.naam());
            if (regel == null) {
                afwijkingen.add(operatie.naam() + ": geen regel in de matrix");
                continue;
            }
            String body = body(operatie);
            Optional<OngeldigeInvoer> ongeldig = ongeldig(operatie);
            for (Identiteit wie : IDENTITEITEN) {
                verzoeken++;
                Antwoord antwoord = stuur(operatie, wie, "", body);
                Uitkomst verwacht = regel.voor(wie);
                if (!klopt(verwacht, operatie, antwoord.status())) {
                    afwijkingen.add("%s als %s: verwacht %s, kreeg %d %s".formatted(operatie.naam(), wie.naam(),
                            verwacht, antwoord.status(), antwoord.afgekort()));
                }
                if ((verwacht == NEE || verwacht == AANMELDEN) && ongeldig.isPresent()
                        && !pasNaDeInvoer(operatie, wie)) {
                    Antwoord kapot = stuur(operatie, wie, ongeldig.get().query(), ongeldig.get().body());
                    if (!klopt(verwacht, operatie, kapot.status())) {
                        afwijkingen.add("%s als %s met ongeldige invoer: verwacht %s, kreeg %d %s".formatted(
                                operatie.naam(), wie.naam(), verwacht, kapot.status(), kapot.afgekort()));
                    }
                    ongeldigeVerzoeken++;
                }
            }
        }
        assertThat(verzoeken).isEqualTo(MATRIX.size() * IDENTITEITEN.size());
        assertThat(ongeldigeVerzoeken).isGreaterThan(400);
        assertThat(afwijkingen).as("afwijkingen van de autorisatiematrix (%d verzoeken)", verzoeken).isEmpty();
    }

    /**
     * The role rules match a path as Spring MVC routes it ({@code PathPatternRequestMatcher}, the same parser): another
     * spelling of a region's path (percent-encoded, another case, a trailing slash, a path parameter, a double slash)
     * brings no other region to it. The encoded spelling is routed to the region itself, so its refusal is a refusal.
     */
    @Test
    void een_andere_regio_komt_via_geen_enkele_spelling_van_het_pad_bij_de_status() throws Exception {
        assertThat(status("achterhoek", "/v1/regios/%61chterhoek/status")).as("de eigen regio, gecodeerd")
                .isEqualTo(200);
        for (String pad : List.of("/v1/regios/%61chterhoek/status", "/v1/regios/achter%68oek/status",
                "/v1/regios/achterhoek/status/", "/v1/regios/ACHTERHOEK/status", "/v1/regios/achterhoek;x=1/status",
                "/v1//regios/achterhoek/status", "/v1/regios/achterhoek/./status", "/v1/regios/x/../achterhoek/status")) {
            assertThat(status("twente", pad)).as(pad).isIn(400, 403, 404);
        }
    }

    private static int status(String gebruiker, String pad) throws Exception {
        String inlog = Base64.getEncoder().encodeToString((gebruiker + ":" + gebruiker)
                .getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(basis + pad)).header("Authorization", "Basic " + inlog)
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void de_controle_zelf_kan_falen() {
        Operatie lezen = new Operatie("GET", "/proef", JSON.createObjectNode().set("responses",
                JSON.createObjectNode().set("200", JSON.createObjectNode())));
        assertThat(klopt(JA, lezen, 200)).isTrue();
        assertThat(klopt(JA, lezen, 204)).as("een ander succes dan beschreven").isFalse();
        assertThat(klopt(REGEL, lezen, 409)).isTrue();
        assertThat(klopt(REGEL, lezen, 400)).as("ongeldige invoer toetst de autorisatie niet").isFalse();
        assertThat(klopt(REGEL, lezen, 403)).isFalse();
        assertThat(klopt(NEE, lezen, 404)).isFalse();
        assertThat(klopt(AANMELDEN, lezen, 403)).isFalse();
        assertThat(klopt(ONZICHTBAAR, lezen, 403)).isFalse();
    }

    private static boolean klopt(Uitkomst verwacht, Operatie operatie, int status) {
        return switch (verwacht) {
            case JA -> status == operatie.succes();
            case REGEL -> status == operatie.succes() || status == 404 || status == 409 || status == 422;
            case NEE -> status == 403;
            case AANMELDEN -> status == 401;
            case ONZICHTBAAR -> status == 404;
        };
    }

    private static Optional<Invoer> eigenInvoer(Operatie operatie) {
        return invoer.stream().filter(i -> i.operatie().equals(operatie.naam())).findFirst();
    }

    private static String body(Operatie operatie) {
        Optional<Invoer> eigen = eigenInvoer(operatie).filter(i -> i.json() != null);
        if (eigen.isPresent()) {
            return eigen.get().json();
        }
        JsonNode schema = operatie.beschrijving().at("/requestBody/content/application~1json/schema");
        return schema.isMissingNode() ? null
                : JSON.valueToTree(new OpenApiVoorbeeld(document, JSON).van(schema)).toString();
    }

    /** A malformed body where the operation takes one, else a malformed value of its first query parameter. */
    private record OngeldigeInvoer(String query, String body) {
    }

    private static Optional<OngeldigeInvoer> ongeldig(Operatie operatie) {
        if (!operatie.beschrijving().path("requestBody").isMissingNode()) {
            return Optional.of(new OngeldigeInvoer("", "{\"kapot\":"));
        }
        for (JsonNode parameter : operatie.beschrijving().path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                return Optional.of(new OngeldigeInvoer("?" + parameter.path("name").asText() + "=%20x!", null));
            }
        }
        return Optional.empty();
    }

    private record Antwoord(int status, String body) {

        String afgekort() {
            return body.length() > 300 ? body.substring(0, 300) + "..." : body;
        }
    }

    private static Antwoord stuur(Operatie operatie, Identiteit wie, String ongeldigeQuery, String body)
            throws Exception {
        String pad = operatie.pad();
        for (Map.Entry<String, String> waarde : padwaarden.entrySet()) {
            pad = pad.replace("{" + waarde.getKey() + "}",
                    UriUtils.encodePathSegment(waarde.getValue(), StandardCharsets.UTF_8));
        }
        assertThat(pad).as("elke padparameter heeft een waarde").doesNotContain("{");
        pad += ongeldigeQuery.isEmpty() ? eigenInvoer(operatie).map(Invoer::query).orElse("") : ongeldigeQuery;
        HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create(basis + "/v1" + pad))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", operatie.soort() + ", application/problem+json")
                .method(operatie.methode(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            verzoek.header("Content-Type", "application/json");
        }
        if (wie.gebruiker() != null) {
            verzoek.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (wie.gebruiker() + ":" + wie.gebruiker()).getBytes(StandardCharsets.UTF_8)));
        }
        if (operatie.isStroom()) {
            // A live stream does not end: its status is known once the headers arrive.
            HttpResponse<InputStream> stroom = HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = stroom.body()) {
                return new Antwoord(stroom.statusCode(), stroom.statusCode() == 200 ? "(stroom)"
                        : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        HttpResponse<String> antwoord = HTTP.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
        return new Antwoord(antwoord.statusCode(), antwoord.body());
    }
}
