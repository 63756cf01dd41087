package nl.regioregister.query.status;

import java.util.Optional;
import nl.regioregister.query.platform.Besluit;
import nl.regioregister.query.platform.EigenPositie;
import nl.regioregister.query.platform.ProjectieStand;
import nl.regioregister.query.platform.RegioVan;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/** Keeps every region's status document current, in the transaction of the processor's token. */
@Component
@ProcessingGroup(RegioStatusOpslag.PROJECTIE)
class RegioStatusProjectie {

    private final RegioStatusOpslag opslag;
    private final RegioStatusBerekening berekening;
    private final ProjectieStand stand;
    private final RegioStatusMeldingen meldingen;
    private final Hervouwing hervouwing;

    RegioStatusProjectie(RegioStatusOpslag opslag, RegioStatusBerekening berekening, ProjectieStand stand,
                         RegioStatusMeldingen meldingen, Hervouwing hervouwing) {
        this.opslag = opslag;
        this.berekening = berekening;
        this.stand = stand;
        this.meldingen = meldingen;
        this.hervouwing = hervouwing;
    }

    @EventHandler
    void on(Object gebeurtenis, EventMessage<?> bericht) {
        long positie = EigenPositie.van(bericht);
        Optional<String> regio = RegioVan.gebeurtenis(gebeurtenis);
        if (regio.isPresent()) {
            pas(regio.get(), gebeurtenis, Besluit.uit(bericht.getMetaData()), positie);
        }
        stand.bij(RegioStatusOpslag.PROJECTIE, positie);
    }

    private void pas(String regioId, Object gebeurtenis, Besluit besluit, long positie) {
        opslag.deelGeneratieSlot();
        opslag.indexeer(regioId, positie, besluit.geregistreerdOp(), besluit.ingangsdatum());
        int generatie = opslag.actieveGeneratie();
        if (!opslag.markeerToegepast(generatie, positie)) {
            return;
        }
        RegioStatus status = opslag.lees(generatie, regioId).orElseGet(RegioStatus::new);
        if (positie < status.positie) {
            status = hervouwing.hervouw(generatie, regioId);
        } else {
            berekening.pas(status, gebeurtenis, besluit, positie);
        }
        opslag.schrijf(generatie, regioId, status);
        meldingen.naCommit(regioId, positie);
    }
}
