package nl.regioregister.query.kamer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import io.swagger.v3.oas.annotations.Parameter;
import nl.regioregister.events.kamer.Kamerstuknummer;
import nl.regioregister.query.platform.LeesNaSchrijven;
import nl.regioregister.query.platform.Nederland;
import nl.regioregister.query.platform.NietGevonden;
import org.springframework.http.ResponseEntity;
import nl.regioregister.query.platform.OngeldigeInvoer;
import nl.regioregister.query.platform.ProjectieStand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kamer", description = "Moties en toezeggingen aan de Tweede Kamer")
class KamerController {

    /** @param kamerbrief the id of the Kamerbrief that carries the motie out; {@code null} when another decision */
    record Uitvoering(String referentie, String omschrijving, LocalDate ingangsdatum, String kamerbrief) {
    }

    record Motie(String kamerstuknummer, String titel, List<String> indieners, LocalDate aangenomenOp,
                 boolean afgedaan, LocalDate afgedaanOp, String afgedaanMet, List<Uitvoering> uitvoering) {
    }

    record Toezegging(String toezeggingId, String omschrijving, String gedaanAan, String gedaanIn,
                      LocalDate uiterlijk, String motie, boolean vervuld, String vervuldMet, LocalDate vervuldOp,
                      boolean teLaat, String termijn, String bewindspersoon, String departement, String programma,
                      List<String> regios, String vervuldWijze, String vervuldDoorKamerbrief) {
    }

    record Moties(List<Motie> moties, int pagina, int paginagrootte, long totaal, long positie) {
    }

    record Toezeggingen(List<Toezegging> toezeggingen, int pagina, int paginagrootte, long totaal, long positie) {
    }

    /**
     * A question to a list, of the moties or toezeggingen whose registration counts (not revoked): a status filter (open, or the word for done) and a page of a list small enough to count,
     * at most 200 items. Every invalid parameter is reported at once.
     */
    record Vraag(String filter, int pagina, int paginagrootte) {
        static Vraag van(String status, String afgerond, String kolom, Integer pagina, Integer paginagrootte) {
            OngeldigeInvoer.Controle controle = new OngeldigeInvoer.Controle();
            String filter = " WHERE NOT herroepen";
            if ("open".equals(status)) {
                filter += " AND " + kolom + " IS NULL";
            } else if (afgerond.equals(status)) {
                filter += " AND " + kolom + " IS NOT NULL";
            } else if (status != null) {
                controle.schending("status", "ongeldig", "status is open of " + afgerond);
            }
            int nummer = pagina == null ? 1 : pagina;
            int grootte = paginagrootte == null ? 50 : paginagrootte;
            if (nummer < 1) {
                controle.schending("pagina", "minimum", "de eerste pagina is 1");
            }
            if (grootte < 1 || grootte > 200) {
                controle.schending("paginagrootte", "bereik", "van 1 tot en met 200");
            }
            controle.afronden();
            return new Vraag(filter, nummer, grootte);
        }

        String blad() {
            return " LIMIT " + paginagrootte + " OFFSET " + (long) (pagina - 1) * paginagrootte;
        }
    }

    private final JdbcClient jdbc;
    private final ProjectieStand stand;
    private final Clock clock;
    private final LeesNaSchrijven leesNaSchrijven;

    KamerController(JdbcClient jdbc, ProjectieStand stand, Clock clock, LeesNaSchrijven leesNaSchrijven) {
        this.leesNaSchrijven = leesNaSchrijven;
        this.jdbc = jdbc;
        this.stand = stand;
        this.clock = clock;
    }

    @GetMapping("/v1/moties")
    @Operation(summary = "Moties, open eerst; filter status=open of afgedaan")
    ResponseEntity<Moties> moties(@RequestParam(required = false) String status,
                                  @RequestParam(required = false) Integer pagina,
                                  @RequestParam(required = false) Integer paginagrootte,
                                  @Parameter(description = LeesNaSchrijven.BESCHRIJVING)
                                  @RequestParam(name = LeesNaSchrijven.PARAMETER, required = false)
                                  Long minimalePositie) {
        LeesNaSchrijven.Uitkomst uitkomst = leesNaSchrijven.wacht(KamerProjectie.NAAM, minimalePositie);
        Vraag vraag = Vraag.van(status, "afgedaan", "afgedaan_op", pagina, paginagrootte);
        List<Motie> moties = jdbc.sql("SELECT * FROM motie" + vraag.filter()
                        + " ORDER BY (afgedaan_op IS NULL) DESC, aangenomen_op, kamerstuknummer" + vraag.blad())
                .query(this::naarMotie).list();
        long totaal = jdbc.sql("SELECT count(*) FROM motie" + vraag.filter()).query(Long.class).single();
        return LeesNaSchrijven.ok(uitkomst).body(new Moties(moties, vraag.pagina(), vraag.paginagrootte(), totaal,
                stand.van(KamerProjectie.NAAM)));
    }

    @GetMapping("/v1/moties/{kamerstuknummer}")
    @Operation(summary = "Eén motie met hoe zij wordt uitgevoerd",
            description = "Het Kamerstuknummer zoals geciteerd: 29697-169, 29 697, nr. 169 of Kamerstuk 29697, nr."
                    + " 169 wijzen dezelfde motie aan, zoals bij de besluiten.")
    ResponseEntity<Motie> motie(@PathVariable String kamerstuknummer,
                                @Parameter(description = LeesNaSchrijven.BESCHRIJVING)
                                @RequestParam(name = LeesNaSchrijven.PARAMETER, required = false)
                                Long minimalePositie) {
        return leesNaSchrijven.antwoord(KamerProjectie.NAAM, minimalePositie, () ->
                jdbc.sql("SELECT * FROM motie WHERE kamerstuknummer = :nr AND NOT herroepen")
                        .param("nr", Kamerstuknummer.normaliseerZoMogelijk(kamerstuknummer))
                        .query(this::naarMotie).optional()
                        .orElseThrow(() -> new NietGevonden("De motie " + kamerstuknummer)));
    }

    @GetMapping("/v1/toezeggingen")
    @Operation(summary = "Toezeggingen: open eerst, verlopen bovenaan; filter status=open of vervuld")
    ResponseEntity<Toezeggingen> toezeggingen(@RequestParam(required = false) String status,
                                              @RequestParam(required = false) Integer pagina,
                                              @RequestParam(required = false) Integer paginagrootte,
                                              @Parameter(description = LeesNaSchrijven.BESCHRIJVING)
                                              @RequestParam(name = LeesNaSchrijven.PARAMETER, required = false)
                                              Long minimalePositie) {
        LeesNaSchrijven.Uitkomst uitkomst = leesNaSchrijven.wacht(KamerProjectie.NAAM, minimalePositie);
        Vraag vraag = Vraag.van(status, "vervuld", "vervuld_op", pagina, paginagrootte);
        LocalDate vandaag = Nederland.vandaag(clock);
        List<Toezegging> toezeggingen = jdbc.sql("SELECT * FROM toezegging" + vraag.filter()
                        + " ORDER BY (vervuld_op IS NULL) DESC, uiterlijk NULLS LAST, toezegging_id" + vraag.blad())
                .query((rs, n) -> new Toezegging(rs.getString("toezegging_id"), rs.getString("omschrijving"),
                        rs.getString("gedaan_aan"), rs.getString("gedaan_in"),
                        rs.getObject("uiterlijk", LocalDate.class), rs.getString("motie"),
                        rs.getString("vervuld_met") != null, rs.getString("vervuld_met"),
                        rs.getObject("vervuld_op", LocalDate.class),
                        rs.getString("vervuld_met") == null && rs.getObject("uiterlijk", LocalDate.class) != null
                                && rs.getObject("uiterlijk", LocalDate.class).isBefore(vandaag),
                        rs.getString("termijn"), rs.getString("bewindspersoon"), rs.getString("departement"),
                        rs.getString("programma"), List.of((String[]) rs.getArray("regios").getArray()),
                        rs.getString("vervuld_wijze"), rs.getString("vervuld_kamerbrief")))
                .list();
        long totaal = jdbc.sql("SELECT count(*) FROM toezegging" + vraag.filter()).query(Long.class).single();
        return LeesNaSchrijven.ok(uitkomst).body(new Toezeggingen(toezeggingen, vraag.pagina(), vraag.paginagrootte(),
                totaal,
                stand.van(KamerProjectie.NAAM)));
    }

    private Motie naarMotie(ResultSet rs, int rij) throws SQLException {
        String nummer = rs.getString("kamerstuknummer");
        Array indieners = rs.getArray("indieners");
        List<Uitvoering> uitvoering = jdbc.sql("""
                        SELECT referentie, omschrijving, ingangsdatum, kamerbrief_id FROM motie_uitvoering u
                        WHERE kamerstuknummer = :nr
                          AND NOT EXISTS (SELECT 1 FROM kamer_herroeping h WHERE h.herroept = u.positie)
                        ORDER BY positie""")
                .param("nr", nummer)
                .query((r, n) -> new Uitvoering(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class),
                        r.getString(4)))
                .list();
        return new Motie(nummer, rs.getString("titel"), Arrays.asList((String[]) indieners.getArray()),
                rs.getObject("aangenomen_op", LocalDate.class), rs.getObject("afgedaan_op") != null,
                rs.getObject("afgedaan_op", LocalDate.class), rs.getString("afgedaan_referentie"), uitvoering);
    }
}
