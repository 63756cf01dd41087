package nl.regioregister.query.abonnement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.regioregister.query.feed.FeedFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscriptions and their delivery attempts. Every change of an integrator is scoped to its owner. */
@Repository
class AbonnementRepository {

    /** One delivery attempt, as the subscriber sees it. */
    record Poging(long volgnummer, UUID abonnementId, String webhookId, long positie, String type, Instant tijdstip,
                  long duurMs, Integer httpStatus, String fout, boolean geslaagd, Instant volgendePoging) {
    }

    private final JdbcClient jdbc;
    private final Geheimenkluis kluis;
    private final int bewaardePogingen;

    @org.springframework.beans.factory.annotation.Autowired
    AbonnementRepository(JdbcClient jdbc, Geheimenkluis kluis) {
        this(jdbc, kluis, BEWAARDE_POGINGEN);
    }

    AbonnementRepository(JdbcClient jdbc, Geheimenkluis kluis, int bewaardePogingen) {
        this.jdbc = jdbc;
        this.kluis = kluis;
        this.bewaardePogingen = bewaardePogingen;
    }

    void nieuw(Abonnement a) {
        jdbc.sql("""
                        INSERT INTO abonnement (id, eigenaar, callback_url, geheim, typen, regios, ingangsdatum_vanaf,
                                                ingangsdatum_tot_en_met, status, cursor, pogingen, volgende_poging,
                                                aangemaakt_op)
                        VALUES (:id, :eigenaar, :url, :geheim, :typen, :regios, :vanaf, :totEnMet, :status, :cursor,
                                0, :volgende, :aangemaakt)""")
                .param("id", a.id()).param("eigenaar", a.eigenaar()).param("url", a.callbackUrl())
                .param("geheim", kluis.versleutel(a.geheim()))
                .param("typen", a.filter().typen().toArray(String[]::new))
                .param("regios", a.filter().regios().toArray(String[]::new))
                .param("vanaf", a.filter().ingangsdatumVanaf()).param("totEnMet", a.filter().ingangsdatumTotEnMet())
                .param("status", a.status().name()).param("cursor", a.cursor())
                .param("volgende", Timestamp.from(a.volgendePoging()))
                .param("aangemaakt", Timestamp.from(a.aangemaaktOp()))
                .update();
    }

    /**
     * Re-encrypts every secret that was not made with the current key, so that a previous key can be removed from
     * the configuration afterwards. A secret changed meanwhile is left alone (compared on the stored ciphertext).
     *
     * @return how many secrets were re-encrypted
     */
    int herversleutel() {
        record Bewaard(UUID id, String geheim) {
        }
        int aantal = 0;
        for (Bewaard bewaard : jdbc.sql("SELECT id, geheim FROM abonnement").query(Bewaard.class).list()) {
            if (!kluis.metHuidigeSleutel(bewaard.geheim())) {
                aantal += jdbc.sql("UPDATE abonnement SET geheim = :nieuw WHERE id = :id AND geheim = :oud")
                        .param("nieuw", kluis.versleutel(kluis.ontsleutel(bewaard.geheim())))
                        .param("id", bewaard.id()).param("oud", bewaard.geheim()).update();
            }
        }
        return aantal;
    }

    List<Abonnement> vanEigenaar(String eigenaar) {
        return jdbc.sql("SELECT * FROM abonnement WHERE eigenaar = :eigenaar ORDER BY aangemaakt_op, id")
                .param("eigenaar", eigenaar).query(this::abonnement).list();
    }

    Optional<Abonnement> van(UUID id, String eigenaar) {
        return jdbc.sql("SELECT * FROM abonnement WHERE id = :id AND eigenaar = :eigenaar")
                .param("id", id).param("eigenaar", eigenaar).query(this::abonnement).optional();
    }

    boolean pauzeer(UUID id, String eigenaar) {
        return jdbc.sql("UPDATE abonnement SET status = 'GEPAUZEERD' WHERE id = :id AND eigenaar = :eigenaar")
                .param("id", id).param("eigenaar", eigenaar).update() == 1;
    }

    /**
     * Delivers again: active, without the failures so far, from now; from {@code vanaf} when given (then a delivery
     * in flight no longer moves the cursor).
     */
    boolean hervat(UUID id, String eigenaar, Long vanaf, Instant nu) {
        return jdbc.sql("""
                        UPDATE abonnement
                        SET status = 'ACTIEF', pogingen = 0, falend_sinds = NULL, volgende_poging = :nu,
                            cursor = COALESCE(CAST(:vanaf AS BIGINT), cursor),
                            geclaimd_tot = CASE WHEN CAST(:vanaf AS BIGINT) IS NULL THEN geclaimd_tot END
                        WHERE id = :id AND eigenaar = :eigenaar""")
                .param("id", id).param("eigenaar", eigenaar).param("nu", Timestamp.from(nu)).param("vanaf", vanaf)
                .update() == 1;
    }

    boolean verwijder(UUID id, String eigenaar) {
        return jdbc.sql("DELETE FROM abonnement WHERE id = :id AND eigenaar = :eigenaar")
                .param("id", id).param("eigenaar", eigenaar).update() == 1;
    }

    /**
     * Claims the active subscription that is due longest and has events after its cursor, for one deliverer, until
     * {@code tot}; others skip it meanwhile.
     */
    Optional<Abonnement> claim(Instant nu, long kop, Instant tot) {
        return jdbc.sql("""
                        UPDATE abonnement SET geclaimd_tot = :tot
                        WHERE id = (SELECT id FROM abonnement
                                    WHERE status = 'ACTIEF' AND volgende_poging <= :nu AND cursor < :kop
                                      AND (geclaimd_tot IS NULL OR geclaimd_tot < :nu)
                                    ORDER BY volgende_poging
                                    LIMIT 1
                                    FOR UPDATE SKIP LOCKED)
                        RETURNING *""")
                .param("nu", Timestamp.from(nu)).param("kop", kop).param("tot", Timestamp.from(tot))
                .query(this::abonnement).optional();
    }

    /** Nothing after the cursor passes the filter up to {@code positie}: move on without delivering. */
    void bijgewerkt(UUID id, long positie, Instant claim) {
        jdbc.sql("""
                        UPDATE abonnement SET cursor = GREATEST(cursor, :positie), geclaimd_tot = NULL
                        WHERE id = :id AND geclaimd_tot = :claim""")
                .param("id", id).param("positie", positie).param("claim", Timestamp.from(claim)).update();
    }

    void geslaagd(Poging poging, Instant claim) {
        registreer(poging);
        jdbc.sql("""
                        UPDATE abonnement
                        SET cursor = GREATEST(cursor, :positie), pogingen = 0, falend_sinds = NULL,
                            volgende_poging = :nu, geclaimd_tot = NULL
                        WHERE id = :id AND geclaimd_tot = :claim""")
                .param("id", poging.abonnementId()).param("positie", poging.positie())
                .param("nu", Timestamp.from(poging.tijdstip())).param("claim", Timestamp.from(claim)).update();
    }

    void mislukt(Poging poging, int pogingen, Instant falendSinds, Instant volgende, boolean falend, Instant claim) {
        registreer(poging);
        jdbc.sql("""
                        UPDATE abonnement
                        SET pogingen = :pogingen, falend_sinds = :falendSinds, volgende_poging = :volgende,
                            geclaimd_tot = NULL,
                            status = CASE WHEN status = 'ACTIEF' AND :falend THEN 'FALEND' ELSE status END
                        WHERE id = :id AND geclaimd_tot = :claim""")
                .param("id", poging.abonnementId()).param("pogingen", pogingen)
                .param("falendSinds", Timestamp.from(falendSinds))
                .param("volgende", Timestamp.from(volgende))
                .param("falend", falend).param("claim", Timestamp.from(claim)).update();
    }

    void geefVrij(UUID id, Instant claim) {
        jdbc.sql("UPDATE abonnement SET geclaimd_tot = NULL WHERE id = :id AND geclaimd_tot = :claim")
                .param("id", id).param("claim", Timestamp.from(claim)).update();
    }

    /** The most recent attempts first, before {@code voor} (a volgnummer) when given. */
    List<Poging> pogingen(UUID id, Long voor, int limit) {
        return jdbc.sql("""
                        SELECT * FROM afleverpoging
                        WHERE abonnement_id = :id AND (CAST(:voor AS BIGINT) IS NULL OR volgnummer < :voor)
                        ORDER BY volgnummer DESC LIMIT :limit""")
                .param("id", id).param("voor", voor).param("limit", limit)
                .query(AbonnementRepository::poging).list();
    }

    /** The most attempts kept per subscription; older ones are removed as new ones are recorded. */
    static final int BEWAARDE_POGINGEN = 1000;

    private void registreer(Poging p) {
        jdbc.sql("""
                        INSERT INTO afleverpoging (abonnement_id, webhook_id, positie, type, tijdstip, duur_ms,
                                                   http_status, fout, geslaagd, volgende_poging)
                        VALUES (:id, :webhookId, :positie, :type, :tijdstip, :duur, :status, :fout, :geslaagd,
                                :volgende)""")
                .param("id", p.abonnementId()).param("webhookId", p.webhookId()).param("positie", p.positie())
                .param("type", p.type()).param("tijdstip", Timestamp.from(p.tijdstip())).param("duur", p.duurMs())
                .param("status", p.httpStatus()).param("fout", p.fout()).param("geslaagd", p.geslaagd())
                .param("volgende", p.volgendePoging() == null ? null : Timestamp.from(p.volgendePoging()))
                .update();
        jdbc.sql("""
                        DELETE FROM afleverpoging
                        WHERE abonnement_id = :id
                          AND volgnummer <= (SELECT volgnummer FROM afleverpoging WHERE abonnement_id = :id
                                             ORDER BY volgnummer DESC OFFSET :bewaard LIMIT 1)""")
                .param("id", p.abonnementId()).param("bewaard", bewaardePogingen).update();
    }

    private Abonnement abonnement(ResultSet rs, int rij) throws SQLException {
        return new Abonnement(rs.getObject("id", UUID.class), rs.getString("eigenaar"), rs.getString("callback_url"),
                kluis.ontsleutel(rs.getString("geheim")),
                new FeedFilter(tekstlijst(rs.getArray("typen")), tekstlijst(rs.getArray("regios")),
                        rs.getObject("ingangsdatum_vanaf", LocalDate.class),
                        rs.getObject("ingangsdatum_tot_en_met", LocalDate.class)),
                Abonnement.Status.valueOf(rs.getString("status")), rs.getLong("cursor"), rs.getInt("pogingen"),
                tijdstip(rs, "falend_sinds"), tijdstip(rs, "volgende_poging"), tijdstip(rs, "aangemaakt_op"));
    }

    private static Poging poging(ResultSet rs, int rij) throws SQLException {
        return new Poging(rs.getLong("volgnummer"), rs.getObject("abonnement_id", UUID.class),
                rs.getString("webhook_id"), rs.getLong("positie"), rs.getString("type"), tijdstip(rs, "tijdstip"),
                rs.getLong("duur_ms"), (Integer) rs.getObject("http_status"), rs.getString("fout"),
                rs.getBoolean("geslaagd"), tijdstip(rs, "volgende_poging"));
    }

    private static List<String> tekstlijst(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant tijdstip(ResultSet rs, String kolom) throws SQLException {
        Timestamp waarde = rs.getTimestamp(kolom);
        return waarde == null ? null : waarde.toInstant();
    }
}
