package nl.regioregister.command.kamer;

import static nl.regioregister.command.Besluiten.doorBzk;
import static nl.regioregister.command.Besluiten.doorRegio;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.kamer.KamerbriefVastgelegd;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The letter of 19 December 2025 on motie Flach (29697-169), recorded as a decision that carries out the motie and
 * fulfils the toezegging of the debate of 2 October 2025.
 */
class KamerbriefTest {

    private static final LocalDate DATUM = LocalDate.of(2025, 12, 19);
    private static final String ONDERWERP = "Uitvoering motie Flach over regio's buiten de nationale programma's";
    private static final String DOCUMENT = "https://zoek.officielebekendmakingen.nl/kst-29697-180";
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final KamerbriefVastgelegd BRIEF_19_DECEMBER = new KamerbriefVastgelegd("2025-0000999001", DATUM,
            "29697-180", ONDERWERP, "minister van BZK", DOCUMENT, SHA256, List.of("TZ-FLACH-1"),
            List.of("29697-169"));

    private AggregateTestFixture<Kamerbrief> fixture;

    /** The register knows toezegging TZ-FLACH-1 and motie 29697-169. */
    private static final BekendeKamerzaken BEKEND = new BekendeKamerzaken() {
        @Override
        public boolean toezeggingBestaat(String toezeggingId) {
            return Set.of("TZ-FLACH-1", "TZ-NPVR-1").contains(toezeggingId);
        }

        @Override
        public boolean motieBestaat(String kamerstuknummer) {
            return "29697-169".equals(kamerstuknummer);
        }
    };

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Kamerbrief.class);
        fixture.registerCommandHandlerInterceptor(new Bevoegdheidscontrole());
        fixture.registerInjectableResource(BEKEND);
    }

    private static LegKamerbriefVast brief(String kamerstuknummer, List<String> toezeggingen, List<String> moties) {
        return new LegKamerbriefVast("2025-0000999001", DATUM, kamerstuknummer, " " + ONDERWERP + " ",
                "minister van BZK", DOCUMENT, SHA256, toezeggingen, moties);
    }

    @Test
    void het_rijk_legt_een_kamerbrief_vast_die_een_toezegging_vervult_en_een_motie_uitvoert() {
        fixture.givenNoPriorActivity()
                .when(brief("Kamerstuk 29 697, nr. 180", List.of(" TZ-FLACH-1 "), List.of("29 697, nr. 169")),
                        doorBzk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(BRIEF_19_DECEMBER);
    }

    @Test
    void een_kamerbrief_zonder_kamerstuknummer_wordt_vastgelegd_onder_zijn_referentie() {
        fixture.givenNoPriorActivity()
                .when(new LegKamerbriefVast("2026-0000301213", LocalDate.of(2026, 7, 1), " ",
                        "Werkwijze strategische agenda's", "minister van BZK", "archief BZK 2026-0000301213", null,
                        null, null), doorBzk())
                .expectEvents(new KamerbriefVastgelegd("2026-0000301213", LocalDate.of(2026, 7, 1), null,
                        "Werkwijze strategische agenda's", "minister van BZK", "archief BZK 2026-0000301213", null,
                        List.of(), List.of()));
    }

    @Test
    void een_kamerbrief_mag_een_al_vervulde_toezegging_nogmaals_noemen() {
        // The register does not know here whether TZ-NPVR-1 was fulfilled: a second letter on it is recorded.
        fixture.givenNoPriorActivity()
                .when(brief(null, List.of("TZ-NPVR-1", "TZ-NPVR-1"), List.of()), doorBzk())
                .expectEvents(new KamerbriefVastgelegd("2025-0000999001", DATUM, null, ONDERWERP, "minister van BZK",
                        DOCUMENT, SHA256, List.of("TZ-NPVR-1"), List.of()));
    }

    @Test
    void een_kamerbrief_wordt_eenmaal_vastgelegd() {
        fixture.given(BRIEF_19_DECEMBER)
                .when(brief("29697-180", List.of(), List.of()), doorBzk())
                .expectNoEvents()
                .expectException(KamerbriefAlVastgelegd.class)
                .expectExceptionMessage("de Kamerbrief 2025-0000999001 is al vastgelegd; herroep hem om een fout te "
                        + "herstellen");
    }

    @Test
    void een_kamerbrief_noemt_alleen_toezeggingen_en_moties_die_het_register_kent_en_meldt_ze_alle() {
        fixture.givenNoPriorActivity()
                .when(brief("29697-180", List.of("TZ-ONBEKEND", "TZ-FLACH-1"), List.of("29697-999", "29697-169")),
                        doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("toezeggingen: de toezegging TZ-ONBEKEND is niet geregistreerd; moties: de "
                        + "motie 29697-999 is niet geregistreerd");
    }

    @Test
    void een_onvolledige_kamerbrief_noemt_elke_fout() {
        fixture.givenNoPriorActivity()
                .when(new LegKamerbriefVast("brief 1", null, "brief van december", " ", null, "", "ABC",
                        List.of(" "), List.of("motie Flach")), doorBzk())
                .expectNoEvents()
                .expectException(OngeldigBesluit.class)
                .expectExceptionMessage("kamerbriefId: letters, cijfers, punten, liggende streepjes en koppeltekens, "
                        + "hoogstens 64 tekens, zoals de referentie 2026-0000301213; datum: de datum van de brief; "
                        + "kamerstuknummer: het Kamerstuknummer van de brief, zoals 29697-175 of 29 697, nr. 175; "
                        + "onderwerp: waar de brief over gaat; bewindspersoon: de verantwoordelijke bewindspersoon, "
                        + "zoals minister van BZK; document: waar de brief te vinden is, zoals zijn adres op "
                        + "officielebekendmakingen.nl; sha256: 64 kleine hexadecimale tekens; toezeggingen: een "
                        + "toezegging heeft een id; moties: het Kamerstuknummer van een motie, zoals 29697-169 of "
                        + "29 697, nr. 169");
    }

    @Test
    void een_regio_legt_geen_kamerbrief_vast() {
        fixture.givenNoPriorActivity()
                .when(brief("29697-180", List.of(), List.of()), doorRegio("achterhoek"))
                .expectNoEvents()
                .expectException(GeenBevoegdheid.class)
                .expectExceptionMessage("LegKamerbriefVast is een besluit van het Rijk en vraagt de rol BZK");
    }
}
