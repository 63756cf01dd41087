package nl.regioregister.query.status;

import java.util.List;
import java.util.Objects;
import nl.regioregister.query.platform.Besluit;
import nl.regioregister.query.platform.Bundeling;
import nl.regioregister.query.platform.EigenPositie;
import nl.regioregister.query.platform.Herbouwslot;
import nl.regioregister.query.platform.ProjectieStand;
import nl.regioregister.query.platform.RegioVan;
import nl.regioregister.query.status.RegioStatusBatch.RegioBesluit;
import nl.regioregister.query.status.RegioStatusBerekening.Besluitgebeurtenis;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Keeps every region's status document current, in the transaction of the processor's token. The region decisions
 * of a processor's batch are gathered and applied together just before it commits ({@link Bundeling}).
 */
@Component
@ProcessingGroup(RegioStatusOpslag.PROJECTIE)
@Bundeling.Gebundeld
class RegioStatusProjectie {

    private final RegioStatusBatch batch;
    private final RegioStatusOpslag opslag;
    private final ProjectieStand stand;
    private final RegioStatusMeldingen meldingen;
    private final Herbouwslot slot;
    private final Bundeling bundeling;

    RegioStatusProjectie(RegioStatusBatch batch, RegioStatusOpslag opslag, ProjectieStand stand,
                         RegioStatusMeldingen meldingen, Herbouwslot slot, Bundeling bundeling) {
        this.batch = batch;
        this.opslag = opslag;
        this.stand = stand;
        this.meldingen = meldingen;
        this.slot = slot;
        this.bundeling = bundeling;
    }

    @EventHandler
    void on(Object gebeurtenis, EventMessage<?> bericht) {
        long positie = EigenPositie.van(bericht);
        Bundeling.Rijen<RegioBesluit> verzameld = bundeling.buffer(RegioStatusOpslag.PROJECTIE, positie,
                () -> new Bundeling.Rijen<>(this::schrijf));
        RegioBesluit regioBesluit = RegioVan.gebeurtenis(gebeurtenis).map(regio -> {
            Besluit besluit = Besluit.uit(bericht.getMetaData());
            Objects.requireNonNull(besluit.ingangsdatum(), "besluit zonder ingangsdatum");
            Objects.requireNonNull(besluit.geregistreerdOp(), "besluit zonder registratietijd");
            return new RegioBesluit(regio, new Besluitgebeurtenis(gebeurtenis, besluit, positie));
        }).orElse(null);
        verzameld.neem(regioBesluit, positie);
        bundeling.klaar(RegioStatusOpslag.PROJECTIE, positie, verzameld);
    }

    private void schrijf(List<RegioBesluit> besluiten, long hoogste) {
        if (!besluiten.isEmpty()) {
            // The generation lock and the active generation once per transaction: only a rebuild's switch changes the
            // generation, under the exclusive lock this transaction holds shared.
            int generatie = slot.onderGedeeldSlot(RegioStatusOpslag.PROJECTIE, "generatie", opslag::actieveGeneratie);
            batch.verwerk(generatie, besluiten).forEach(meldingen::naCommit);
        }
        stand.bij(RegioStatusOpslag.PROJECTIE, hoogste);
    }
}
