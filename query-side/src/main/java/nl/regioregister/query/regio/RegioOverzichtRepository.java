package nl.regioregister.query.regio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegioOverzichtRepository {

    private static final String SELECT = """
            SELECT r.regio_id, r.naam, r.soort, r.provincies, r.gemeenten,
                   b.naam AS rv_naam, b.functie AS rv_functie, b.organisatie AS rv_organisatie, b.sinds AS rv_sinds
            FROM regio r
            LEFT JOIN regio_benoeming b
                   ON b.regio_id = r.regio_id AND b.rol = 'RIJKSVERTEGENWOORDIGER' AND b.tot IS NULL
            """;

    private final JdbcClient jdbc;

    RegioOverzichtRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RegioOverzicht.Regio> alle() {
        return jdbc.sql(SELECT + " ORDER BY r.naam").query(this::naarRegio).list();
    }

    Optional<RegioOverzicht.Regio> regio(String id) {
        return jdbc.sql(SELECT + " WHERE r.regio_id = :id").param("id", id).query(this::naarRegio).optional();
    }

    private RegioOverzicht.Regio naarRegio(ResultSet rs, int rij) throws SQLException {
        RegioOverzicht.Houder rv = rs.getString("rv_naam") == null ? null : new RegioOverzicht.Houder(
                rs.getString("rv_naam"), rs.getString("rv_functie"), rs.getString("rv_organisatie"),
                rs.getObject("rv_sinds", java.time.LocalDate.class));
        return new RegioOverzicht.Regio(rs.getString("regio_id"), rs.getString("naam"), rs.getString("soort"),
                tekstlijst(rs, "provincies"), tekstlijst(rs, "gemeenten"), rv);
    }

    private static List<String> tekstlijst(ResultSet rs, String kolom) throws SQLException {
        java.sql.Array array = rs.getArray(kolom);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
