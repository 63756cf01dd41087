package nl.regioregister.query.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records, in the same transaction as the projection's own rows and its token, the highest own event position
 * ({@link EigenPositie}) a projection has applied; every view answers with it so that a client knows how fresh it is.
 * Whether a view has applied every event up to a position is the processor's token's to say ({@link Verwerkingsstand}).
 */
@Component
public class ProjectieStand {

    private final JdbcClient jdbc;

    public ProjectieStand(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long bij(String projectie, long positie) {
        jdbc.sql("""
                        INSERT INTO projectie_stand (projectie, positie) VALUES (:projectie, :positie)
                        ON CONFLICT (projectie) DO UPDATE SET positie = GREATEST(projectie_stand.positie, :positie)""")
                .param("projectie", projectie)
                .param("positie", positie)
                .update();
        return positie;
    }

    public long van(String projectie) {
        return jdbc.sql("SELECT positie FROM projectie_stand WHERE projectie = :projectie")
                .param("projectie", projectie)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    public void wis(String projectie) {
        jdbc.sql("DELETE FROM projectie_stand WHERE projectie = :projectie").param("projectie", projectie).update();
    }
}
