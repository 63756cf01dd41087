package nl.regioregister.query.regio;

import java.time.LocalDate;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.regio.RegioGeregistreerd;
import nl.regioregister.events.regio.RijksvertegenwoordigerBenoemd;
import nl.regioregister.query.platform.ProjectieStand;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the regions and every holder of their governance roles, with the dates they took effect. */
@Component
@ProcessingGroup(RegioOverzichtProjectie.NAAM)
class RegioOverzichtProjectie {

    static final String NAAM = "regio-overzicht";
    static final String RIJKSVERTEGENWOORDIGER = "RIJKSVERTEGENWOORDIGER";

    private final JdbcClient jdbc;
    private final ProjectieStand stand;

    RegioOverzichtProjectie(JdbcClient jdbc, ProjectieStand stand) {
        this.jdbc = jdbc;
        this.stand = stand;
    }

    @EventHandler
    void on(RegioGeregistreerd gebeurtenis, TrackingToken token) {
        long positie = stand.bij(NAAM, token);
        jdbc.sql("""
                        INSERT INTO regio (regio_id, naam, soort, provincies, gemeenten, positie)
                        VALUES (:id, :naam, :soort, :provincies, :gemeenten, :positie)
                        ON CONFLICT (regio_id) DO NOTHING""")
                .param("id", gebeurtenis.regioId())
                .param("naam", gebeurtenis.naam())
                .param("soort", gebeurtenis.soort().name())
                .param("provincies", gebeurtenis.provincies().toArray(String[]::new))
                .param("gemeenten", gebeurtenis.gemeenten().toArray(String[]::new))
                .param("positie", positie)
                .update();
    }

    @EventHandler
    void on(RijksvertegenwoordigerBenoemd gebeurtenis, TrackingToken token,
            @MetaDataValue(BesluitMetadata.INGANGSDATUM) String ingangsdatum) {
        long positie = stand.bij(NAAM, token);
        LocalDate sinds = LocalDate.parse(ingangsdatum);
        jdbc.sql("""
                        UPDATE regio_benoeming SET tot = :sinds
                        WHERE regio_id = :id AND rol = :rol AND tot IS NULL""")
                .param("sinds", sinds).param("id", gebeurtenis.regioId()).param("rol", RIJKSVERTEGENWOORDIGER)
                .update();
        jdbc.sql("""
                        INSERT INTO regio_benoeming (regio_id, rol, volgnummer, naam, functie, organisatie, sinds, positie)
                        VALUES (:id, :rol, :positie, :naam, :functie, :organisatie, :sinds, :positie)""")
                .param("id", gebeurtenis.regioId())
                .param("rol", RIJKSVERTEGENWOORDIGER)
                .param("naam", gebeurtenis.naam())
                .param("functie", gebeurtenis.functie())
                .param("organisatie", gebeurtenis.departement().name())
                .param("sinds", sinds)
                .param("positie", positie)
                .update();
        jdbc.sql("UPDATE regio SET positie = :positie WHERE regio_id = :id")
                .param("positie", positie).param("id", gebeurtenis.regioId()).update();
    }

    @ResetHandler
    void wis() {
        jdbc.sql("DELETE FROM regio_benoeming").update();
        jdbc.sql("DELETE FROM regio").update();
        stand.wis(NAAM);
    }
}
