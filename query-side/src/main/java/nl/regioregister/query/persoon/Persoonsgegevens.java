package nl.regioregister.query.persoon;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Name and function of the people the decisions name, by their reference, as the register of personal data holds them
 * now. An erased person reads as {@value #GEWIST}; a reference the register does not know reads as absent.
 */
@Repository
public class Persoonsgegevens {

    /** What views show in place of an erased person's name. */
    public static final String GEWIST = "[gewist]";

    /** One person as views show them; {@code gewist} when the data were erased (name {@value #GEWIST}). */
    public record Persoon(String persoonId, String naam, String functie, boolean gewist) {
    }

    private final JdbcClient jdbc;

    public Persoonsgegevens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The known people among the references, in one query; unknown and {@code null} references are left out. */
    public Map<String, Persoon> van(Collection<String> persoonIds) {
        List<String> ids = persoonIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, Persoon> personen = new HashMap<>();
        if (ids.isEmpty()) {
            return personen;
        }
        jdbc.sql("""
                        SELECT persoon_id, naam, functie, gewist_op IS NOT NULL AS gewist
                        FROM persoonsgegevens WHERE persoon_id = ANY(:ids)""")
                .param("ids", ids.toArray(String[]::new))
                .query((rs, n) -> {
                    boolean gewist = rs.getBoolean("gewist");
                    return new Persoon(rs.getString("persoon_id"), gewist ? GEWIST : rs.getString("naam"),
                            gewist ? null : rs.getString("functie"), gewist);
                })
                .list()
                .forEach(p -> personen.put(p.persoonId(), p));
        return personen;
    }
}
