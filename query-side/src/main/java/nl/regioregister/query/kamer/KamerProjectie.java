package nl.regioregister.query.kamer;

import java.util.LinkedHashSet;
import java.util.List;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moties and toezeggingen with how each is carried out, and the Kamerbrieven that fulfil and carry them out, for the
 * ministry to account to Parliament.
 * <p>
 * Every fact is kept at the position of the decision that stated it: a registration, a due date, a fulfilment (by
 * {@code vervul} or by a Kamerbrief), an execution, a completion. A revoked decision ({@link BesluitHerroepen} of a
 * motie, toezegging or Kamerbrief) is kept as its position. After each event the rows it touches are derived again
 * from the facts whose decisions still count: the last due date, the earliest fulfilment, the first completion; a
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
    private final ProjectieStand stand;
    private final Herbouwslot slot;
    private final Bundeling bundeling;

    KamerProjectie(JdbcClient jdbc, ProjectieStand stand, Herbouwslot slot, Bundeling bundeling) {
        this.jdbc = jdbc;
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
        toepassingen.forEach(t -> pasToe(t.gebeurtenis(), t.bericht(), t.positie(), ""));
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
        Tabellen t = new Tabellen(achtervoegsel);
        Object ingang = bericht.getMetaData().get(BesluitMetadata.INGANGSDATUM);
        String ingangsdatum = ingang == null ? null : ingang.toString();
        if (gebeurtenis instanceof MotieGeregistreerd e) {
            jdbc.sql("INSERT INTO " + t.motie + """
                             (kamerstuknummer, titel, indieners, aangenomen_op, positie, geregistreerd_positie)
                            VALUES (:nr, :titel, :indieners, :op, :positie, :positie) ON CONFLICT DO NOTHING""")
                    .param("nr", e.kamerstuknummer()).param("titel", e.titel())
                    .param("indieners", e.indieners().toArray(String[]::new)).param("op", e.aangenomenOp())
                    .param("positie", positie).update();
            leidMotieAf(t, e.kamerstuknummer());
        } else if (gebeurtenis instanceof MotieUitvoeringGeregistreerd e) {
            uitvoering(t, e.kamerstuknummer(), positie, e.referentie(), e.omschrijving(), ingangsdatum, null);
            leidMotieAf(t, e.kamerstuknummer());
        } else if (gebeurtenis instanceof MotieAfgedaan e) {
            jdbc.sql("INSERT INTO " + t.afdoening + """
                             (kamerstuknummer, positie, datum, referentie)
                            VALUES (:nr, :positie, CAST(:datum AS date), :ref) ON CONFLICT DO NOTHING""")
                    .param("nr", e.kamerstuknummer()).param("positie", positie).param("datum", ingangsdatum)
                    .param("ref", e.referentie()).update();
            leidMotieAf(t, e.kamerstuknummer());
        } else if (gebeurtenis instanceof ToezeggingGeregistreerd e) {
            jdbc.sql("INSERT INTO " + t.toezegging + """
                             (toezegging_id, omschrijving, gedaan_aan, gedaan_in, uiterlijk, motie,
                             termijn, bewindspersoon, departement, programma, regios, positie, geregistreerd_positie)
                            VALUES (:id, :oms, :aan, :in, :uiterlijk, :motie, :termijn, :bewindspersoon, :departement,
                                    :programma, :regios, :positie, :positie) ON CONFLICT DO NOTHING""")
                    .param("id", e.toezeggingId()).param("oms", e.omschrijving()).param("aan", e.gedaanAan())
                    .param("in", e.gedaanIn()).param("uiterlijk", e.uiterlijk()).param("motie", e.motie())
                    .param("termijn", e.termijn()).param("bewindspersoon", e.bewindspersoon())
                    .param("departement", e.departement() == null ? null : e.departement().name())
                    .param("programma", e.programma() == null ? null : e.programma().name())
                    .param("regios", (e.regios() == null ? List.<String>of() : e.regios()).toArray(String[]::new))
                    .param("positie", positie).update();
            termijn(t, e.toezeggingId(), positie, e.uiterlijk());
            leidToezeggingAf(t, e.toezeggingId());
        } else if (gebeurtenis instanceof ToezeggingstermijnVerzet e) {
            termijn(t, e.toezeggingId(), positie, e.nieuweTermijn());
            leidToezeggingAf(t, e.toezeggingId());
        } else if (gebeurtenis instanceof ToezeggingVervuld e) {
            vervulling(t, e.toezeggingId(), positie, e.kamerbrief() != null ? e.kamerbrief()
                    : e.referentie() != null ? e.referentie() : "anders", e.datum(), e.wijze(), null);
            leidToezeggingAf(t, e.toezeggingId());
        } else if (gebeurtenis instanceof KamerbriefVastgelegd e) {
            jdbc.sql("INSERT INTO " + t.kamerbrief + """
                             (kamerbrief_id, positie, datum, kamerstuknummer, onderwerp, bewindspersoon, document,
                             sha256, toezeggingen, moties)
                            VALUES (:id, :positie, :datum, :nr, :onderwerp, :bewindspersoon, :document, :sha256,
                                    :toezeggingen, :moties) ON CONFLICT DO NOTHING""")
                    .param("id", e.kamerbriefId()).param("positie", positie).param("datum", e.datum())
                    .param("nr", e.kamerstuknummer()).param("onderwerp", e.onderwerp())
                    .param("bewindspersoon", e.bewindspersoon()).param("document", e.document())
                    .param("sha256", e.sha256()).param("toezeggingen", e.toezeggingen().toArray(String[]::new))
                    .param("moties", e.moties().toArray(String[]::new)).update();
            String brief = e.kamerstuknummer() != null ? e.kamerstuknummer() : e.kamerbriefId();
            for (String toezegging : e.toezeggingen()) {
                vervulling(t, toezegging, positie, brief, e.datum(), null, e.kamerbriefId());
                leidToezeggingAf(t, toezegging);
            }
            for (String motie : e.moties()) {
                uitvoering(t, motie, positie, brief, e.onderwerp(), e.datum().toString(), e.kamerbriefId());
                leidMotieAf(t, motie);
            }
        } else if (gebeurtenis instanceof BesluitHerroepen e && KAMERZAKEN.stream()
                .anyMatch(prefix -> e.objectId() != null && e.objectId().startsWith(prefix))) {
            jdbc.sql("INSERT INTO " + t.herroeping + " (herroept, positie) VALUES (:herroept, :positie) "
                            + "ON CONFLICT DO NOTHING")
                    .param("herroept", e.positie()).param("positie", positie).update();
            for (String toezegging : toezeggingenMetFeitOp(t, e.positie())) {
                leidToezeggingAf(t, toezegging);
            }
            for (String motie : motiesMetFeitOp(t, e.positie())) {
                leidMotieAf(t, motie);
            }
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

    private void uitvoering(Tabellen t, String motie, long positie, String referentie, String omschrijving,
                            String datum, String kamerbrief) {
        jdbc.sql("INSERT INTO " + t.uitvoering + """
                         (kamerstuknummer, positie, referentie, omschrijving, ingangsdatum, kamerbrief_id)
                        VALUES (:nr, :positie, :ref, :oms, CAST(:datum AS date), :brief) ON CONFLICT DO NOTHING""")
                .param("nr", motie).param("positie", positie).param("ref", referentie).param("oms", omschrijving)
                .param("datum", datum).param("brief", kamerbrief).update();
    }

    private void termijn(Tabellen t, String toezegging, long positie, java.time.LocalDate uiterlijk) {
        jdbc.sql("INSERT INTO " + t.termijn + " (toezegging_id, positie, uiterlijk) VALUES (:id, :positie, :uiterlijk)"
                        + " ON CONFLICT DO NOTHING")
                .param("id", toezegging).param("positie", positie).param("uiterlijk", uiterlijk).update();
    }

    private void vervulling(Tabellen t, String toezegging, long positie, String met, java.time.LocalDate datum,
                            String wijze, String kamerbrief) {
        jdbc.sql("INSERT INTO " + t.vervulling + """
                         (toezegging_id, positie, vervuld_met, datum, wijze, kamerbrief_id)
                        VALUES (:id, :positie, :met, :datum, :wijze, :brief) ON CONFLICT DO NOTHING""")
                .param("id", toezegging).param("positie", positie).param("met", met).param("datum", datum)
                .param("wijze", wijze).param("brief", kamerbrief).update();
    }

    /**
     * Derives the toezegging's row from its facts that count: the last due date, the earliest fulfilment; its position
     * is the latest of its facts and of the revocations of its facts.
     */
    private void leidToezeggingAf(Tabellen t, String toezegging) {
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
                        + " WHERE z.toezegging_id = :id")
                .param("id", toezegging).update();
    }

    /**
     * Derives the motie's row from its facts that count: its first completion; its position is the latest of its facts
     * and of the revocations of its facts.
     */
    private void leidMotieAf(Tabellen t, String motie) {
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
                        + " WHERE m.kamerstuknummer = :nr")
                .param("nr", motie).update();
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
