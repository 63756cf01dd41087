package nl.regioregister.query.platform;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

/** The region an event concerns: its payload's {@code regioId} component, when it has one. */
public final class RegioVan {

    private RegioVan() {
    }

    public static Optional<String> gebeurtenis(Object payload) {
        if (payload == null || !payload.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals("regioId") && component.getType() == String.class) {
                try {
                    return Optional.ofNullable((String) component.getAccessor().invoke(payload));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("regioId van " + payload.getClass().getSimpleName(), e);
                }
            }
        }
        return Optional.empty();
    }
}
