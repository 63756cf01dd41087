package nl.regioregister.command.platform;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.Invoerregels;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * The last guard before the event store: an event whose text PostgreSQL's text type or a JSON consumer cannot hold
 * (NUL, an unpaired surrogate, a non-character; {@link Invoerregels}) is never recorded, whatever path the decision
 * came by. The HTTP boundary refuses such text earlier and names the field; this guard makes the promise hold for
 * every other sender too, because one such event would stop the integrators' feed.
 */
final class OpslaanbareTekst implements MessageDispatchInterceptor<EventMessage<?>> {

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            List<String> schendingen = new ArrayList<>();
            onderzoek(event.getPayloadType().getSimpleName(), event.getPayload(), schendingen, 0);
            event.getMetaData().forEach((sleutel, waarde) -> onderzoek("metadata." + sleutel, waarde, schendingen, 0));
            OngeldigBesluit.alsEr(schendingen);
            return event;
        };
    }

    private static void onderzoek(String pad, Object waarde, List<String> schendingen, int diepte) {
        if (waarde == null || diepte > 16) {
            return;
        }
        if (waarde instanceof String tekst) {
            Invoerregels.tekstSchending(tekst, true).ifPresent(reden -> schendingen.add(pad + ": " + reden));
        } else if (waarde instanceof Collection<?> lijst) {
            int i = 0;
            for (Object element : lijst) {
                onderzoek(pad + "[" + i++ + "]", element, schendingen, diepte + 1);
            }
        } else if (waarde instanceof Map<?, ?> map) {
            map.forEach((sleutel, element) -> {
                onderzoek(pad + "." + sleutel, sleutel, schendingen, diepte + 1);
                onderzoek(pad + "." + sleutel, element, schendingen, diepte + 1);
            });
        } else if (waarde.getClass().isRecord()) {
            for (RecordComponent component : waarde.getClass().getRecordComponents()) {
                try {
                    onderzoek(pad + "." + component.getName(), component.getAccessor().invoke(waarde), schendingen,
                            diepte + 1);
                } catch (ReflectiveOperationException onleesbaar) {
                    throw new IllegalStateException("onderdeel " + component.getName() + " van " + pad
                            + " is niet te lezen", onleesbaar);
                }
            }
        }
    }
}
