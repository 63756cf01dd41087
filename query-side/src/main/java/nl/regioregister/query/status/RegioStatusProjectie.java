package nl.regioregister.query.status;

import java.util.Optional;
import nl.regioregister.query.platform.Besluit;
import nl.regioregister.query.platform.EigenPositie;
import nl.regioregister.query.platform.Herbouwslot;
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
    private final GeldendeStand geldendeStand;
    private final ProjectieStand stand;
    private final RegioStatusMeldingen meldingen;
    private final Herbouwslot slot;

    RegioStatusProjectie(RegioStatusOpslag opslag, GeldendeStand geldendeStand, ProjectieStand stand,
                         RegioStatusMeldingen meldingen, Herbouwslot slot) {
        this.opslag = opslag;
        this.geldendeStand = geldendeStand;
        this.stand = stand;
        this.meldingen = meldingen;
        this.slot = slot;
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
        // The generation lock and the active generation once per transaction (a processor's batch), not per event:
        // only a rebuild's switch changes the generation, under the exclusive lock this batch holds shared.
        int generatie = slot.onderGedeeldSlot(RegioStatusOpslag.PROJECTIE, "generatie", opslag::actieveGeneratie);
        opslag.indexeer(regioId, positie, besluit.geregistreerdOp(), besluit.ingangsdatum(), gebeurtenis);
        if (!opslag.markeerToegepast(generatie, positie)) {
            return;
        }
        RegioStatus status = geldendeStand.verwerk(generatie, regioId,
                opslag.lees(generatie, regioId).orElseGet(RegioStatus::new),
                new RegioStatusBerekening.Besluitgebeurtenis(gebeurtenis, besluit, positie));
        opslag.schrijf(generatie, regioId, status);
        meldingen.naCommit(regioId, positie);
    }
}
