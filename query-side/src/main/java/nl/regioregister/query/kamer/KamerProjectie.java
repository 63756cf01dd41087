package nl.regioregister.query.kamer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.correctie.BesluitHerroepen;
import nl.regioregister.events.kamer.KamerbriefVastgelegd;
import nl.regioregister.events.kamer.MotieAfgedaan;
import nl.regioregister.events.kamer.MotieGeregistreerd;
import nl.regioregister.events.kamer.MotieUitvoeringGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingVervuld;
import nl.regioregister.events.kamer.ToezeggingstermijnVerzet;
import nl.regioregister.query.platform.Bundeling;
import nl.regioregister.query.platform.EigenPositie;
import nl.regioregister.query.platform.Herbouwbaar;
import nl.regioregister.query.platform.Herbouwslot;
import nl.regioregister.query.platform.ProjectieStand;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moties and toezeggingen with how each is carried out, and the Kamerbrieven that fulfil and carry them out, for the
 * ministry to account to Parliament.
 * <p>
 * Every fact is kept at the position of the decision that stated it: a registration, a due date, a fulfilment (by
 * {@code vervul} or by a Kamerbrief), an execution, a completion. A revoked decision ({@link BesluitHerroepen} of a
 * motie, toezegging or Kamerbrief) is kept as its position. After the facts of a batch of events are inserted (one
 * JDBC batch per table), every row they touch is derived again, once, from the facts whose decisions still count: the last due date, the earliest fulfilment, the first completion; a
 * motie or toezegging whose registration is revoked is left out of the lists. Facts are inserted once per position
 * and the derivation reads only the facts, so applying an event twice, or an earlier one after a later (a rebuild
 * that meets the live projection, a revocation read before what it revokes), ends in the same rows.
 * The events of a processor's batch are applied together just before it commits, with the view's position once
 * ({@link Bundeling}).
 */
@Component
@ProcessingGroup(KamerProjectie.NAAM)
@Bundeling.Gebundeld
class KamerProjectie implements Herbouwbaar {

    static final String NAAM = "kamer";
    static final List<String> TABELLEN = List.of("motie", "motie_uitvoering", "motie_afdoening", "toezegging",
            "toezegging_termijn", "toezegging_vervulling", "kamerbrief", "kamer_herroeping");
    /** The aggregates whose decisions this view shows; revocations of other decisions do not concern it. */
    private static final List<String> KAMERZAKEN = List.of("motie:", "toezegging:", "kamerbrief:");

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate jdbcBatch;
    private final ProjectieStand stand;
    private final Herbouwslot slot;
    private final Bundeling bundeling;

    KamerProjectie(JdbcClient jdbc, NamedParameterJdbcTemplate jdbcBatch, ProjectieStand stand, Herbouwslot slot,
                   Bundeling bundeling) {
        this.jdbc = jdbc;
        this.jdbcBatch = jdbcBatch;
        this.stand = stand;
        this.slot = slot;
        this.bundeling = bundeling;
    }

    /** An event of the batch, applied when the batch is written. */
    private record Toepassing(Object gebeurtenis, EventMessage<?> bericht, long positie) {
    }

    @EventHandler
    void on(MotieGeregistreerd e, EventMessage<?> bericht) {
        live(e, bericht);
    }

    @EventHandler
    void on(MotieUitvoeringGeregistreerd e, EventMessage<?> bericht) {
        live(e, bericht);
    }

    @EventHandler
    void on(MotieAfgedaan e, EventMessage<?> bericht) {
        live(e, bericht);
    }

    @EventHandler
    void on(ToezeggingGeregistreerd e, EventMessage<?> bericht) {
        live(e, bericht);
    }

    @EventHandler
    void on(ToezeggingstermijnVerzet e, EventMessage<?> bericht) {
        live(e, bericht);
    }

    @EventHandler
    void on(ToezeggingVervuld e, EventMessage<?> bericht) {
        live(e, bericht);
    }

    @EventHandler
    void on(KamerbriefVastgelegd e, EventMessage<?> bericht) {
        live(e, bericht);
    }

    @EventHandler
    void on(BesluitHerroepen e, EventMessage<?> bericht) {
        live(e, bericht);
    }

    @ResetHandler
    void wis() {
        for (String tabel : TABELLEN) {
            jdbc.sql("DELETE FROM " + tabel).update();
        }
        stand.wis(NAAM);
    }

    private void live(Object gebeurtenis, EventMessage<?> bericht) {
        long positie = EigenPositie.van(bericht);
        Bundeling.Rijen<Toepassing> rijen = bundeling.buffer(NAAM, positie, () -> new Bundeling.Rijen<>(this::schrijf));
        rijen.neem(new Toepassing(gebeurtenis, bericht, positie), positie);
        bundeling.klaar(NAAM, positie, rijen);
    }

    private void schrijf(List<Toepassing> toepassingen, long hoogste) {
        slot.deel(NAAM);
        schrijfFeiten(toepassingen, "");
        stand.bij(NAAM, hoogste);
    }

    @Override
    public String naam() {
        return NAAM;
    }

    @Override
    public List<String> tabellen() {
        return TABELLEN;
    }

    @Override
    public void pasToe(Object gebeurtenis, EventMessage<?> bericht, long positie, String achtervoegsel) {
        schrijfFeiten(List.of(new Toepassing(gebeurtenis, bericht, positie)), achtervoegsel);
    }

    @Override
    public void pasToe(List<? extends EventMessage<?>> gebeurtenissen, String achtervoegsel) {
        schrijfFeiten(gebeurtenissen.stream().map(g -> new Toepassing(g.getPayload(), g, EigenPositie.van(g)))
                .toList(), achtervoegsel);
    }

    /**
     * Inserts the facts of the events in their order, one JDBC batch per table; then finds what the batch's
     * revocations touch; then derives every motie and toezegging touched, each once. The derivation reads only the
     * facts, so deriving once after all of them ends in the rows that deriving after each would.
     */
    private void schrijfFeiten(List<Toepassing> toepassingen, String achtervoegsel) {
        Tabellen t = new Tabellen(achtervoegsel);
        Feiten feiten = new Feiten();
        toepassingen.forEach(toepassing -> neem(t, feiten, toepassing));
        feiten.rijen.forEach((sql, rijen) -> jdbcBatch.batchUpdate(sql, rijen.toArray(MapSqlParameterSource[]::new)));
        for (long herroepen : feiten.herroepen) {
            feiten.toezeggingen.addAll(toezeggingenMetFeitOp(t, herroepen));
            feiten.moties.addAll(motiesMetFeitOp(t, herroepen));
        }
        if (!feiten.toezeggingen.isEmpty()) {
            leidToezeggingenAf(t, feiten.toezeggingen);
        }
        if (!feiten.moties.isEmpty()) {
            leidMotiesAf(t, feiten.moties);
        }
    }

    /** What a batch writes: the rows per insert statement in order, and what to derive again afterwards. */
    private static final class Feiten {
        private final Map<String, List<MapSqlParameterSource>> rijen = new LinkedHashMap<>();
        private final Set<String> toezeggingen = new LinkedHashSet<>();
        private final Set<String> moties = new LinkedHashSet<>();
        private final List<Long> herroepen = new ArrayList<>();

        MapSqlParameterSource rij(String sql) {
            MapSqlParameterSource rij = new MapSqlParameterSource();
            rijen.computeIfAbsent(sql, k -> new ArrayList<>()).add(rij);
            return rij;
        }
    }

    private void neem(Tabellen t, Feiten feiten, Toepassing toepassing) {
        Object gebeurtenis = toepassing.gebeurtenis();
        long positie = toepassing.positie();
        Object ingang = toepassing.bericht().getMetaData().get(BesluitMetadata.INGANGSDATUM);
        String ingangsdatum = ingang == null ? null : ingang.toString();
        if (gebeurtenis instanceof MotieGeregistreerd e) {
            feiten.rij("INSERT INTO " + t.motie + """
                             (kamerstuknummer, titel, indieners, aangenomen_op, positie, geregistreerd_positie)
                            VALUES (:nr, :titel, :indieners, :op, :positie, :positie) ON CONFLICT DO NOTHING""")
                    .addValue("nr", e.kamerstuknummer()).addValue("titel", e.titel())
                    .addValue("indieners", e.indieners().toArray(String[]::new)).addValue("op", e.aangenomenOp())
                    .addValue("positie", positie);
            feiten.moties.add(e.kamerstuknummer());
        } else if (gebeurtenis instanceof MotieUitvoeringGeregistreerd e) {
            uitvoering(t, feiten, e.kamerstuknummer(), positie, e.referentie(), e.omschrijving(), ingangsdatum, null);
            feiten.moties.add(e.kamerstuknummer());
        } else if (gebeurtenis instanceof MotieAfgedaan e) {
            feiten.rij("INSERT INTO " + t.afdoening + """
                             (kamerstuknummer, positie, datum, referentie)
                            VALUES (:nr, :positie, CAST(:datum AS date), :ref) ON CONFLICT DO NOTHING""")
                    .addValue("nr", e.kamerstuknummer()).addValue("positie", positie).addValue("datum", ingangsdatum)
                    .addValue("ref", e.referentie());
            feiten.moties.add(e.kamerstuknummer());
        } else if (gebeurtenis instanceof ToezeggingGeregistreerd e) {
            feiten.rij("INSERT INTO " + t.toezegging + """
                             (toezegging_id, omschrijving, gedaan_aan, gedaan_in, uiterlijk, motie,
                             termijn, bewindspersoon, departement, programma, regios, positie, geregistreerd_positie)
                            VALUES (:id, :oms, :aan, :in, :uiterlijk, :motie, :termijn, :bewindspersoon, :departement,
                                    :programma, :regios, :positie, :positie) ON CONFLICT DO NOTHING""")
                    .addValue("id", e.toezeggingId()).addValue("oms", e.omschrijving()).addValue("aan", e.gedaanAan())
                    .addValue("in", e.gedaanIn()).addValue("uiterlijk", e.uiterlijk()).addValue("motie", e.motie())
                    .addValue("termijn", e.termijn()).addValue("bewindspersoon", e.bewindspersoon())
                    .addValue("departement", e.departement() == null ? null : e.departement().name())
                    .addValue("programma", e.programma() == null ? null : e.programma().name())
                    .addValue("regios", (e.regios() == null ? List.<String>of() : e.regios()).toArray(String[]::new))
                    .addValue("positie", positie);
            termijn(t, feiten, e.toezeggingId(), positie, e.uiterlijk());
            feiten.toezeggingen.add(e.toezeggingId());
        } else if (gebeurtenis instanceof ToezeggingstermijnVerzet e) {
            termijn(t, feiten, e.toezeggingId(), positie, e.nieuweTermijn());
            feiten.toezeggingen.add(e.toezeggingId());
        } else if (gebeurtenis instanceof ToezeggingVervuld e) {
            vervulling(t, feiten, e.toezeggingId(), positie, e.kamerbrief() != null ? e.kamerbrief()
                    : e.referentie() != null ? e.referentie() : "anders", e.datum(), e.wijze(), null);
            feiten.toezeggingen.add(e.toezeggingId());
        } else if (gebeurtenis instanceof KamerbriefVastgelegd e) {
            feiten.rij("INSERT INTO " + t.kamerbrief + """
                             (kamerbrief_id, positie, datum, kamerstuknummer, onderwerp, bewindspersoon, document,
                             sha256, toezeggingen, moties)
                            VALUES (:id, :positie, :datum, :nr, :onderwerp, :bewindspersoon, :document, :sha256,
                                    :toezeggingen, :moties) ON CONFLICT DO NOTHING""")
                    .addValue("id", e.kamerbriefId()).addValue("positie", positie).addValue("datum", e.datum())
                    .addValue("nr", e.kamerstuknummer()).addValue("onderwerp", e.onderwerp())
                    .addValue("bewindspersoon", e.bewindspersoon()).addValue("document", e.document())
                    .addValue("sha256", e.sha256()).addValue("toezeggingen", e.toezeggingen().toArray(String[]::new))
                    .addValue("moties", e.moties().toArray(String[]::new));
            String brief = e.kamerstuknummer() != null ? e.kamerstuknummer() : e.kamerbriefId();
            for (String toezegging : e.toezeggingen()) {
                vervulling(t, feiten, toezegging, positie, brief, e.datum(), null, e.kamerbriefId());
                feiten.toezeggingen.add(toezegging);
            }
            for (String motie : e.moties()) {
                uitvoering(t, feiten, motie, positie, brief, e.onderwerp(), e.datum().toString(), e.kamerbriefId());
                feiten.moties.add(motie);
            }
        } else if (gebeurtenis instanceof BesluitHerroepen e && KAMERZAKEN.stream()
                .anyMatch(prefix -> e.objectId() != null && e.objectId().startsWith(prefix))) {
            feiten.rij("INSERT INTO " + t.herroeping + " (herroept, positie) VALUES (:herroept, :positie) "
                            + "ON CONFLICT DO NOTHING")
                    .addValue("herroept", e.positie()).addValue("positie", positie);
            feiten.herroepen.add(e.positie());
        }
    }

    /** The tables of the live view ("") or of a rebuild's copy. */
    private record Tabellen(String motie, String uitvoering, String afdoening, String toezegging, String termijn,
                            String vervulling, String kamerbrief, String herroeping) {
        Tabellen(String achtervoegsel) {
            this("motie" + achtervoegsel, "motie_uitvoering" + achtervoegsel, "motie_afdoening" + achtervoegsel,
                    "toezegging" + achtervoegsel, "toezegging_termijn" + achtervoegsel,
                    "toezegging_vervulling" + achtervoegsel, "kamerbrief" + achtervoegsel,
                    "kamer_herroeping" + achtervoegsel);
        }

        /** A fact counts while the decision at its position is not revoked. */
        String telt(String feit) {
            return "NOT EXISTS (SELECT 1 FROM " + herroeping + " h WHERE h.herroept = " + feit + ".positie)";
        }
    }

    private static void uitvoering(Tabellen t, Feiten feiten, String motie, long positie, String referentie,
                                   String omschrijving, String datum, String kamerbrief) {
        feiten.rij("INSERT INTO " + t.uitvoering + """
                         (kamerstuknummer, positie, referentie, omschrijving, ingangsdatum, kamerbrief_id)
                        VALUES (:nr, :positie, :ref, :oms, CAST(:datum AS date), :brief) ON CONFLICT DO NOTHING""")
                .addValue("nr", motie).addValue("positie", positie).addValue("ref", referentie)
                .addValue("oms", omschrijving).addValue("datum", datum).addValue("brief", kamerbrief);
    }

    private static void termijn(Tabellen t, Feiten feiten, String toezegging, long positie,
                                java.time.LocalDate uiterlijk) {
        feiten.rij("INSERT INTO " + t.termijn + " (toezegging_id, positie, uiterlijk) VALUES (:id, :positie, :uiterlijk)"
                        + " ON CONFLICT DO NOTHING")
                .addValue("id", toezegging).addValue("positie", positie).addValue("uiterlijk", uiterlijk);
    }

    private static void vervulling(Tabellen t, Feiten feiten, String toezegging, long positie, String met,
                                   java.time.LocalDate datum, String wijze, String kamerbrief) {
        feiten.rij("INSERT INTO " + t.vervulling + """
                         (toezegging_id, positie, vervuld_met, datum, wijze, kamerbrief_id)
                        VALUES (:id, :positie, :met, :datum, :wijze, :brief) ON CONFLICT DO NOTHING""")
                .addValue("id", toezegging).addValue("positie", positie).addValue("met", met).addValue("datum", datum)
                .addValue("wijze", wijze).addValue("brief", kamerbrief);
    }

    /**
     * Derives each toezegging's row from its facts that count: the last due date, the earliest fulfilment; its position
     * is the latest of its facts and of the revocations of its facts.
     */
    private void leidToezeggingenAf(Tabellen t, Set<String> toezeggingen) {
        jdbc.sql("UPDATE " + t.toezegging + " z SET"
                        + " herroepen = EXISTS (SELECT 1 FROM " + t.herroeping + " h"
                        + "     WHERE h.herroept = z.geregistreerd_positie),"
                        + " uiterlijk = (SELECT tt.uiterlijk FROM " + t.termijn + " tt"
                        + "     WHERE tt.toezegging_id = z.toezegging_id AND " + t.telt("tt")
                        + "     ORDER BY tt.positie DESC LIMIT 1),"
                        + " (vervuld_met, vervuld_op, vervuld_wijze, vervuld_kamerbrief) = ("
                        + "     SELECT v.vervuld_met, v.datum, v.wijze, v.kamerbrief_id FROM " + t.vervulling + " v"
                        + "     WHERE v.toezegging_id = z.toezegging_id AND " + t.telt("v")
                        + "     ORDER BY v.datum, v.positie LIMIT 1),"
                        + " positie = GREATEST(z.geregistreerd_positie,"
                        + "     (SELECT max(tt.positie) FROM " + t.termijn + " tt"
                        + "         WHERE tt.toezegging_id = z.toezegging_id),"
                        + "     (SELECT max(v.positie) FROM " + t.vervulling + " v"
                        + "         WHERE v.toezegging_id = z.toezegging_id),"
                        + "     (SELECT max(h.positie) FROM " + t.herroeping + " h"
                        + "         WHERE h.herroept = z.geregistreerd_positie"
                        + "         OR h.herroept IN (SELECT tt.positie FROM " + t.termijn + " tt"
                        + "             WHERE tt.toezegging_id = z.toezegging_id)"
                        + "         OR h.herroept IN (SELECT v.positie FROM " + t.vervulling + " v"
                        + "             WHERE v.toezegging_id = z.toezegging_id)))"
                        + " WHERE z.toezegging_id = ANY(:ids)")
                .param("ids", toezeggingen.toArray(String[]::new)).update();
    }

    /**
     * Derives each motie's row from its facts that count: its first completion; its position is the latest of its facts
     * and of the revocations of its facts.
     */
    private void leidMotiesAf(Tabellen t, Set<String> moties) {
        jdbc.sql("UPDATE " + t.motie + " m SET"
                        + " herroepen = EXISTS (SELECT 1 FROM " + t.herroeping + " h"
                        + "     WHERE h.herroept = m.geregistreerd_positie),"
                        + " (afgedaan_op, afgedaan_referentie) = ("
                        + "     SELECT a.datum, a.referentie FROM " + t.afdoening + " a"
                        + "     WHERE a.kamerstuknummer = m.kamerstuknummer AND " + t.telt("a")
                        + "     ORDER BY a.positie LIMIT 1),"
                        + " positie = GREATEST(m.geregistreerd_positie,"
                        + "     (SELECT max(u.positie) FROM " + t.uitvoering + " u"
                        + "         WHERE u.kamerstuknummer = m.kamerstuknummer),"
                        + "     (SELECT max(a.positie) FROM " + t.afdoening + " a"
                        + "         WHERE a.kamerstuknummer = m.kamerstuknummer),"
                        + "     (SELECT max(h.positie) FROM " + t.herroeping + " h"
                        + "         WHERE h.herroept = m.geregistreerd_positie"
                        + "         OR h.herroept IN (SELECT u.positie FROM " + t.uitvoering + " u"
                        + "             WHERE u.kamerstuknummer = m.kamerstuknummer)"
                        + "         OR h.herroept IN (SELECT a.positie FROM " + t.afdoening + " a"
                        + "             WHERE a.kamerstuknummer = m.kamerstuknummer)))"
                        + " WHERE m.kamerstuknummer = ANY(:nrs)")
                .param("nrs", moties.toArray(String[]::new)).update();
    }

    private Set<String> toezeggingenMetFeitOp(Tabellen t, long positie) {
        return new LinkedHashSet<>(jdbc.sql("SELECT toezegging_id FROM " + t.toezegging
                        + " WHERE geregistreerd_positie = :p"
                        + " UNION SELECT toezegging_id FROM " + t.termijn + " WHERE positie = :p"
                        + " UNION SELECT toezegging_id FROM " + t.vervulling + " WHERE positie = :p")
                .param("p", positie).query(String.class).list());
    }

    private Set<String> motiesMetFeitOp(Tabellen t, long positie) {
        return new LinkedHashSet<>(jdbc.sql("SELECT kamerstuknummer FROM " + t.motie
                        + " WHERE geregistreerd_positie = :p"
                        + " UNION SELECT kamerstuknummer FROM " + t.uitvoering + " WHERE positie = :p"
                        + " UNION SELECT kamerstuknummer FROM " + t.afdoening + " WHERE positie = :p")
                .param("p", positie).query(String.class).list());
    }
}
