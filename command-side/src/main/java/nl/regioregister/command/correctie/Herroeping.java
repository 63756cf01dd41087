package nl.regioregister.command.correctie;

import static nl.regioregister.command.besluit.Tekst.isLeeg;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Objects;
import nl.regioregister.command.besluit.Besluitenregister;
import nl.regioregister.command.besluit.Besluitenregister.VastgelegdBesluit;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.correctie.BesluitHerroepen;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * The revocation of one recorded decision, identified by that decision's position. A register never rewrites what
 * it stored (the event table refuses {@code UPDATE} and {@code DELETE}), so an error is corrected by a later decision
 * that says the earlier one no longer counts, and why. One aggregate per revoked position: a decision is revoked
 * once.
 * <p>
 * Who may revoke follows who took the decision: a region revokes only its own region's decisions that a region
 * recorded; the Rijk (BZK) revokes the others.
 */
@Aggregate
public class Herroeping {

    private static final String PREFIX = "herroeping:";

    @AggregateIdentifier
    private String herroepingId;

    protected Herroeping() {
    }

    static String id(long positie) {
        return PREFIX + positie;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(HerroepBesluit besluit, Besluitenregister register, @MetaDataValue(BesluitMetadata.ROL) String rol) {
        OngeldigBesluit.eis(!isLeeg(besluit.reden()), "reden: zeg waarom het besluit niet meer geldt");
        VastgelegdBesluit herroepen = register.op(besluit.positie())
                .orElseThrow(() -> new OnbekendBesluit(besluit.positie()));
        // who may revoke comes before what was already recorded: a user without the right learns nothing more
        if (!Objects.equals(herroepen.regioId(), besluit.regioId())) {
            throw new GeenBevoegdheid("het besluit op positie " + besluit.positie() + " gaat over een andere regio");
        }
        if ("REGIO".equals(rol) && !"REGIO".equals(herroepen.rol())) {
            throw new GeenBevoegdheid("een regio herroept alleen besluiten die de regio zelf vastlegde");
        }
        if ("BZK".equals(rol) && "REGIO".equals(herroepen.rol())) {
            throw new GeenBevoegdheid("een besluit dat de regio vastlegde, herroept de regio zelf");
        }
        if (herroepingId != null) {
            throw new BesluitAlHerroepen(besluit.positie());
        }
        if (BesluitHerroepen.class.getSimpleName().equals(herroepen.type())) {
            throw new HerroepingVanHerroeping(besluit.positie());
        }
        if (besluit.vervangenDoor() != null) {
            eisVervangendBesluit(besluit, register);
        }
        apply(new BesluitHerroepen(besluit.positie(), herroepen.regioId(), herroepen.type(), herroepen.objectId(),
                besluit.reden().strip(), besluit.vervangenDoor()));
    }

    /** The replacing decision exists, was recorded later and is about the same region. */
    private static void eisVervangendBesluit(HerroepBesluit besluit, Besluitenregister register) {
        VastgelegdBesluit vervangend = register.op(besluit.vervangenDoor())
                .orElseThrow(() -> new OnbekendBesluit(besluit.vervangenDoor()));
        OngeldigBesluit.eis(besluit.vervangenDoor() > besluit.positie()
                        && Objects.equals(vervangend.regioId(), besluit.regioId()),
                "vervangenDoor: het vervangende besluit is later vastgelegd en gaat over dezelfde regio");
    }

    @EventSourcingHandler
    void on(BesluitHerroepen gebeurtenis) {
        herroepingId = id(gebeurtenis.positie());
    }
}
