package nl.regioregister.query.kamer;

import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.kamer.MotieAfgedaan;
import nl.regioregister.events.kamer.MotieGeregistreerd;
import nl.regioregister.events.kamer.MotieUitvoeringGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingGeregistreerd;
import nl.regioregister.events.kamer.ToezeggingVervuld;
import nl.regioregister.events.kamer.ToezeggingstermijnVerzet;
import nl.regioregister.query.platform.ProjectieStand;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Moties and toezeggingen with how each is carried out, for the ministry to account to Parliament. */
@Component
@ProcessingGroup(KamerProjectie.NAAM)
class KamerProjectie {

    static final String NAAM = "kamer";

    private final JdbcClient jdbc;
    private final ProjectieStand stand;

    KamerProjectie(JdbcClient jdbc, ProjectieStand stand) {
        this.jdbc = jdbc;
        this.stand = stand;
    }

    @EventHandler
    void on(MotieGeregistreerd e, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO motie (kamerstuknummer, titel, indieners, aangenomen_op, positie)
                        VALUES (:nr, :titel, :indieners, :op, :positie) ON CONFLICT DO NOTHING""")
                .param("nr", e.kamerstuknummer()).param("titel", e.titel())
                .param("indieners", e.indieners().toArray(String[]::new)).param("op", e.aangenomenOp())
                .param("positie", stand.bij(NAAM, token)).update();
    }

    @EventHandler
    void on(MotieUitvoeringGeregistreerd e, TrackingToken token,
            @MetaDataValue(BesluitMetadata.INGANGSDATUM) String ingangsdatum) {
        long positie = stand.bij(NAAM, token);
        jdbc.sql("""
                        INSERT INTO motie_uitvoering (kamerstuknummer, positie, referentie, omschrijving, ingangsdatum)
                        VALUES (:nr, :positie, :ref, :oms, CAST(:datum AS date)) ON CONFLICT DO NOTHING""")
                .param("nr", e.kamerstuknummer()).param("positie", positie).param("ref", e.referentie())
                .param("oms", e.omschrijving()).param("datum", ingangsdatum).update();
        jdbc.sql("UPDATE motie SET positie = :positie WHERE kamerstuknummer = :nr")
                .param("positie", positie).param("nr", e.kamerstuknummer()).update();
    }

    @EventHandler
    void on(MotieAfgedaan e, TrackingToken token, @MetaDataValue(BesluitMetadata.INGANGSDATUM) String ingangsdatum) {
        jdbc.sql("""
                        UPDATE motie SET afgedaan_op = CAST(:datum AS date), afgedaan_referentie = :ref,
                                         positie = :positie
                        WHERE kamerstuknummer = :nr""")
                .param("datum", ingangsdatum).param("ref", e.referentie()).param("positie", stand.bij(NAAM, token))
                .param("nr", e.kamerstuknummer()).update();
    }

    @EventHandler
    void on(ToezeggingGeregistreerd e, TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO toezegging (toezegging_id, omschrijving, gedaan_aan, gedaan_in, uiterlijk, motie,
                                                termijn, bewindspersoon, departement, programma, regios, positie)
                        VALUES (:id, :oms, :aan, :in, :uiterlijk, :motie, :termijn, :bewindspersoon, :departement,
                                :programma, :regios, :positie) ON CONFLICT DO NOTHING""")
                .param("id", e.toezeggingId()).param("oms", e.omschrijving()).param("aan", e.gedaanAan())
                .param("in", e.gedaanIn()).param("uiterlijk", e.uiterlijk()).param("motie", e.motie())
                .param("termijn", e.termijn()).param("bewindspersoon", e.bewindspersoon())
                .param("departement", e.departement() == null ? null : e.departement().name())
                .param("programma", e.programma() == null ? null : e.programma().name())
                .param("regios", (e.regios() == null ? java.util.List.<String>of() : e.regios()).toArray(String[]::new))
                .param("positie", stand.bij(NAAM, token)).update();
    }

    @EventHandler
    void on(ToezeggingstermijnVerzet e, TrackingToken token) {
        jdbc.sql("UPDATE toezegging SET uiterlijk = :uiterlijk, positie = :positie WHERE toezegging_id = :id")
                .param("uiterlijk", e.nieuweTermijn()).param("positie", stand.bij(NAAM, token))
                .param("id", e.toezeggingId()).update();
    }

    @EventHandler
    void on(ToezeggingVervuld e, TrackingToken token) {
        jdbc.sql("""
                        UPDATE toezegging SET vervuld_met = :brief, vervuld_op = :op, vervuld_wijze = :wijze,
                                              positie = :positie
                        WHERE toezegging_id = :id""")
                .param("brief", e.kamerbrief() != null ? e.kamerbrief()
                        : e.referentie() != null ? e.referentie() : "anders")
                .param("op", e.datum()).param("wijze", e.wijze())
                .param("positie", stand.bij(NAAM, token)).param("id", e.toezeggingId()).update();
    }

    @ResetHandler
    void wis() {
        jdbc.sql("DELETE FROM motie_uitvoering").update();
        jdbc.sql("DELETE FROM motie").update();
        jdbc.sql("DELETE FROM toezegging").update();
        stand.wis(NAAM);
    }
}
