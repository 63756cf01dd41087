package nl.regioregister.command.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** A stored type and revision; the step that upcasts it, if any, is looked up once per event read. */
    private record Opgeslagen(String klassenaam, String revisie) {
    }

    /** Every step by the type and revision it starts from, formed once instead of for every event read. */
    private static final Map<Opgeslagen, Opwaardering> STAPPEN = Opwaardering.ALLE.stream()
            .collect(Collectors.toUnmodifiableMap(o -> new Opgeslagen(o.klassenaam(), o.vanRevisie()), o -> o));

    private static Optional<Opwaardering> stap(String klassenaam, String revisie) {
        return Optional.ofNullable(STAPPEN.get(new Opgeslagen(klassenaam, revisie)));
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
