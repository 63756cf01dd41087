package nl.regioregister.query.status;

import java.util.Optional;
import nl.regioregister.events.correctie.BesluitHerroepen;
import nl.regioregister.query.platform.Besluit;
import nl.regioregister.query.platform.ProjectieStand;
import nl.regioregister.query.platform.RegioVan;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Keeps every region's status document current, in the transaction of the processor's token. */
@Component
@ProcessingGroup(RegioStatusOpslag.PROJECTIE)
class RegioStatusProjectie {

    private final RegioStatusOpslag opslag;
    private final RegioStatusBerekening berekening;
    private final ProjectieStand stand;
    private final RegioStatusMeldingen meldingen;
    private final Tijdreis tijdreis;

    RegioStatusProjectie(RegioStatusOpslag opslag, RegioStatusBerekening berekening, ProjectieStand stand,
                         RegioStatusMeldingen meldingen, Tijdreis tijdreis) {
        this.tijdreis = tijdreis;
        this.opslag = opslag;
        this.berekening = berekening;
        this.stand = stand;
        this.meldingen = meldingen;
    }

    @EventHandler
    void on(Object gebeurtenis, EventMessage<?> bericht, TrackingToken token) {
        long positie = ProjectieStand.positie(token);
        Optional<String> regio = RegioVan.gebeurtenis(gebeurtenis);
        if (regio.isPresent()) {
            pas(regio.get(), gebeurtenis, Besluit.uit(bericht.getMetaData()), positie);
        }
        stand.bij(RegioStatusOpslag.PROJECTIE, token);
    }

    private void pas(String regioId, Object gebeurtenis, Besluit besluit, long positie) {
        opslag.deelGeneratieSlot();
        opslag.indexeer(regioId, positie, besluit.geregistreerdOp(), besluit.ingangsdatum());
        int generatie = opslag.actieveGeneratie();
        if (!opslag.markeerToegepast(generatie, positie)) {
            return;
        }
        RegioStatus status = opslag.lees(generatie, regioId).orElseGet(RegioStatus::new);
        berekening.pas(status, gebeurtenis, besluit, positie);
        if (gebeurtenis instanceof BesluitHerroepen) {
            status = tijdreis.herberekend(regioId, positie);
        }
        opslag.schrijf(generatie, regioId, status);
        meldingen.naCommit(regioId, positie);
    }
}
