package nl.regioregister.command.persoon;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.Invoerregels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register of personal data in the table {@code persoonsgegevens}, inside the caller's transaction. The services
 * may update it (unlike the event store): that is what makes erasure possible.
 */
@Repository
class PersoonsregisterInDeDatabase implements Persoonsregister {

    private final JdbcClient jdbc;
    private final Clock clock;

    PersoonsregisterInDeDatabase(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String legVast(Persoonsgegevens gegevens) {
        weigerOnopslaanbareTekst(gegevens);
        String persoonId = UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO persoonsgegevens (persoon_id, naam, functie, vastgelegd_op)
                        VALUES (:id, :naam, :functie, :op)""")
                .param("id", persoonId).param("naam", gegevens.naam()).param("functie", gegevens.functie())
                .param("op", Timestamp.from(clock.instant()))
                .update();
        return persoonId;
    }

    /**
     * The same last guard as for events: text PostgreSQL cannot hold (a NUL, an unpaired surrogate) is refused as
     * invalid, whatever path the decision came by, rather than failing in the database.
     */
    private static void weigerOnopslaanbareTekst(Persoonsgegevens gegevens) {
        List<String> schendingen = new ArrayList<>();
        if (gegevens.naam() != null) {
            Invoerregels.tekstSchending(gegevens.naam(), true).ifPresent(reden -> schendingen.add("naam: " + reden));
        }
        if (gegevens.functie() != null) {
            Invoerregels.tekstSchending(gegevens.functie(), true)
                    .ifPresent(reden -> schendingen.add("functie: " + reden));
        }
        OngeldigBesluit.alsEr(schendingen);
    }

    @Override
    public Stand stand(String persoonId) {
        return jdbc.sql("SELECT gewist_op IS NOT NULL FROM persoonsgegevens WHERE persoon_id = :id FOR UPDATE")
                .param("id", persoonId)
                .query(Boolean.class)
                .optional()
                .map(gewist -> gewist ? Stand.GEWIST : Stand.AANWEZIG)
                .orElse(Stand.ONBEKEND);
    }

    @Override
    public void wis(String persoonId) {
        jdbc.sql("""
                        UPDATE persoonsgegevens SET naam = NULL, functie = NULL, gewist_op = :op
                        WHERE persoon_id = :id""")
                .param("id", persoonId).param("op", Timestamp.from(clock.instant()))
                .update();
    }
}
