package nl.regioregister.query.kamer;

import java.util.List;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.kamer.MotieAfgedaan;
import nl.regioregister.events.kamer.MotieGeregistreerd;
import nl.regioregister.events.kamer.MotieUitvoeringGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingVervuld;
import nl.regioregister.events.kamer.ToezeggingstermijnVerzet;
import nl.regioregister.query.platform.Bundeling;
import nl.regioregister.query.platform.EigenPositie;
import nl.regioregister.query.platform.ProjectieStand;
import nl.regioregister.query.platform.Herbouwbaar;
import nl.regioregister.query.platform.Herbouwslot;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moties and toezeggingen with how each is carried out, for the ministry to account to Parliament.
 * <p>
 * Every row keeps the own position of the last event applied to it and a change applies only to a row that has not
 * seen a later event of its object: applying an event twice, or an earlier one after a later (a rebuild that meets
 * the live projection), changes nothing. Events of one motie or toezegging are one aggregate's, so their own
 * positions rise in the order they were decided. The events of a processor's batch are applied together just before
 * it commits, with the view's position once ({@link Bundeling}).
 */
@Component
@ProcessingGroup(KamerProjectie.NAAM)
@Bundeling.Gebundeld
class KamerProjectie implements Herbouwbaar {

    static final String NAAM = "kamer";
    static final List<String> TABELLEN = List.of("motie", "motie_uitvoering", "toezegging");

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

    @ResetHandler
    void wis() {
        jdbc.sql("DELETE FROM motie_uitvoering").update();
        jdbc.sql("DELETE FROM motie").update();
        jdbc.sql("DELETE FROM toezegging").update();
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
        String motie = "motie" + achtervoegsel;
        String uitvoering = "motie_uitvoering" + achtervoegsel;
        String toezegging = "toezegging" + achtervoegsel;
        Object ingang = bericht.getMetaData().get(BesluitMetadata.INGANGSDATUM);
        String ingangsdatum = ingang == null ? null : ingang.toString();
        if (gebeurtenis instanceof MotieGeregistreerd e) {
            jdbc.sql("INSERT INTO " + motie + """
                             (kamerstuknummer, titel, indieners, aangenomen_op, positie)
                            VALUES (:nr, :titel, :indieners, :op, :positie) ON CONFLICT DO NOTHING""")
                    .param("nr", e.kamerstuknummer()).param("titel", e.titel())
                    .param("indieners", e.indieners().toArray(String[]::new)).param("op", e.aangenomenOp())
                    .param("positie", positie).update();
        } else if (gebeurtenis instanceof MotieUitvoeringGeregistreerd e) {
            jdbc.sql("INSERT INTO " + uitvoering + """
                             (kamerstuknummer, positie, referentie, omschrijving, ingangsdatum)
                            VALUES (:nr, :positie, :ref, :oms, CAST(:datum AS date)) ON CONFLICT DO NOTHING""")
                    .param("nr", e.kamerstuknummer()).param("positie", positie).param("ref", e.referentie())
                    .param("oms", e.omschrijving()).param("datum", ingangsdatum).update();
            jdbc.sql("UPDATE " + motie + " SET positie = :positie WHERE kamerstuknummer = :nr AND positie < :positie")
                    .param("positie", positie).param("nr", e.kamerstuknummer()).update();
        } else if (gebeurtenis instanceof MotieAfgedaan e) {
            jdbc.sql("UPDATE " + motie + """
                             SET afgedaan_op = CAST(:datum AS date), afgedaan_referentie = :ref, positie = :positie
                            WHERE kamerstuknummer = :nr AND positie < :positie""")
                    .param("datum", ingangsdatum).param("ref", e.referentie()).param("positie", positie)
                    .param("nr", e.kamerstuknummer()).update();
        } else if (gebeurtenis instanceof ToezeggingGeregistreerd e) {
            jdbc.sql("INSERT INTO " + toezegging + """
                             (toezegging_id, omschrijving, gedaan_aan, gedaan_in, uiterlijk, motie,
                             termijn, bewindspersoon, departement, programma, regios, positie)
                            VALUES (:id, :oms, :aan, :in, :uiterlijk, :motie, :termijn, :bewindspersoon, :departement,
                                    :programma, :regios, :positie) ON CONFLICT DO NOTHING""")
                    .param("id", e.toezeggingId()).param("oms", e.omschrijving()).param("aan", e.gedaanAan())
                    .param("in", e.gedaanIn()).param("uiterlijk", e.uiterlijk()).param("motie", e.motie())
                    .param("termijn", e.termijn()).param("bewindspersoon", e.bewindspersoon())
                    .param("departement", e.departement() == null ? null : e.departement().name())
                    .param("programma", e.programma() == null ? null : e.programma().name())
                    .param("regios", (e.regios() == null ? List.<String>of() : e.regios()).toArray(String[]::new))
                    .param("positie", positie).update();
        } else if (gebeurtenis instanceof ToezeggingstermijnVerzet e) {
            jdbc.sql("UPDATE " + toezegging + """
                             SET uiterlijk = :uiterlijk, positie = :positie
                            WHERE toezegging_id = :id AND positie < :positie""")
                    .param("uiterlijk", e.nieuweTermijn()).param("positie", positie)
                    .param("id", e.toezeggingId()).update();
        } else if (gebeurtenis instanceof ToezeggingVervuld e) {
            jdbc.sql("UPDATE " + toezegging + """
                             SET vervuld_met = :brief, vervuld_op = :op, vervuld_wijze = :wijze, positie = :positie
                            WHERE toezegging_id = :id AND positie < :positie""")
                    .param("brief", e.kamerbrief() != null ? e.kamerbrief()
                            : e.referentie() != null ? e.referentie() : "anders")
                    .param("op", e.datum()).param("wijze", e.wijze()).param("positie", positie)
                    .param("id", e.toezeggingId()).update();
        }
    }
}
