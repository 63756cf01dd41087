package nl.regioregister.query.kamer;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Open toezeggingen past their due date, revoked ones left out: what a ministry dashboard must show first. */
@Component
public class VerlopenToezeggingen {

    public record Verlopen(String toezeggingId, String omschrijving, LocalDate uiterlijk) {
    }

    private final JdbcClient jdbc;

    VerlopenToezeggingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Verlopen> op(LocalDate datum) {
        return jdbc.sql("""
                        SELECT toezegging_id, omschrijving, uiterlijk FROM toezegging
                        WHERE NOT herroepen AND vervuld_op IS NULL AND uiterlijk < :datum ORDER BY uiterlijk, toezegging_id""")
                .param("datum", datum)
                .query((rs, n) -> new Verlopen(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }
}
