package nl.regioregister.command.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import nl.regioregister.events.Opwaardering;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Brings stored events of an older revision to the current one, step by step, following the contract's
 * {@link Opwaardering#ALLE}: stored history stays readable after an event's shape changed.
 */
@Component("opwaarderingenCommandKant")
class Opwaarderingen extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation opgeslagen) {
        return stap(opgeslagen.getType().getName(), opgeslagen.getType().getRevision()).isPresent();
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation opgeslagen) {
        IntermediateEventRepresentation huidig = opgeslagen;
        Optional<Opwaardering> stap = stap(huidig.getType().getName(), huidig.getType().getRevision());
        while (stap.isPresent()) {
            Opwaardering opwaardering = stap.get();
            huidig = huidig.upcastPayload(
                    new SimpleSerializedType(opwaardering.klassenaam(), opwaardering.naarRevisie()),
                    JsonNode.class, inhoud -> pasToe(opwaardering, inhoud, opgeslagen.getMessageIdentifier()));
            stap = stap(huidig.getType().getName(), huidig.getType().getRevision());
        }
        return huidig;
    }

    private static Optional<Opwaardering> stap(String klassenaam, String revisie) {
        return Opwaardering.ALLE.stream()
                .filter(o -> o.klassenaam().equals(klassenaam) && o.vanRevisie().equals(revisie))
                .findFirst();
    }

    /**
     * @param gebeurtenisId the stored event's identifier: the person reference of a revision that moved a name to the
     *                      register of personal data
     */
    static JsonNode pasToe(Opwaardering opwaardering, JsonNode inhoud, String gebeurtenisId) {
        ObjectNode velden = ((ObjectNode) inhoud).deepCopy();
        for (Opwaardering.Veldwijziging wijziging : opwaardering.wijzigingen()) {
            switch (wijziging.soort()) {
                case HERNOEMD -> velden.set(wijziging.naar(), velden.remove(wijziging.veld()));
                case TOEGEVOEGD -> {
                    if (!velden.has(wijziging.veld())) {
                        velden.putNull(wijziging.veld());
                    }
                }
                case TOEGEVOEGDE_LIJST -> {
                    if (!velden.has(wijziging.veld())) {
                        velden.putArray(wijziging.veld());
                    }
                }
                case VERWIJDERD -> velden.remove(wijziging.veld());
                case PERSOONSVERWIJZING -> {
                    if (velden.path(wijziging.naar()).isTextual()) {
                        velden.put(wijziging.veld(), gebeurtenisId);
                    } else {
                        velden.putNull(wijziging.veld());
                    }
                }
            }
        }
        return velden;
    }
}
