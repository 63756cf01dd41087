package nl.regioregister.events;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a deterministic example instance of any event record, so that every event type, also one added later, has
 * pinned example JSON without anyone writing it by hand. Strings carry their component's name, so that a renamed
 * component shows in the pinned JSON's diff.
 */
final class Voorbeeld {

    private Voorbeeld() {
    }

    static Object van(Class<?> record) {
        return waarde(record, record.getSimpleName());
    }

    private static Object waarde(Type type, String naam) {
        if (type instanceof ParameterizedType generiek) {
            Class<?> ruw = (Class<?>) generiek.getRawType();
            Type[] argumenten = generiek.getActualTypeArguments();
            if (List.class.equals(ruw) || java.util.Collection.class.equals(ruw)) {
                return List.of(waarde(argumenten[0], naam));
            }
            if (Set.class.equals(ruw)) {
                return new LinkedHashSet<>(List.of(waarde(argumenten[0], naam)));
            }
            if (Map.class.equals(ruw)) {
                Map<Object, Object> map = new LinkedHashMap<>();
                map.put(waarde(argumenten[0], naam + "Sleutel"), waarde(argumenten[1], naam));
                return map;
            }
            if (Optional.class.equals(ruw)) {
                return Optional.of(waarde(argumenten[0], naam));
            }
            throw new IllegalArgumentException("Geen voorbeeld voor " + type + " (" + naam + "): breid Voorbeeld uit");
        }
        Class<?> klasse = (Class<?>) type;
        if (klasse.equals(String.class)) {
            return naam;
        }
        if (klasse.equals(int.class) || klasse.equals(Integer.class)) {
            return 1;
        }
        if (klasse.equals(long.class) || klasse.equals(Long.class)) {
            return 1L;
        }
        if (klasse.equals(boolean.class) || klasse.equals(Boolean.class)) {
            return true;
        }
        if (klasse.equals(BigDecimal.class)) {
            return new BigDecimal("350000.00");
        }
        if (klasse.equals(LocalDate.class)) {
            return LocalDate.of(2025, 3, 5);
        }
        if (klasse.equals(Instant.class)) {
            return Instant.parse("2025-03-10T09:30:00Z");
        }
        if (klasse.equals(UUID.class)) {
            return UUID.nameUUIDFromBytes(naam.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (klasse.isEnum()) {
            return klasse.getEnumConstants()[0];
        }
        if (klasse.isRecord()) {
            RecordComponent[] componenten = klasse.getRecordComponents();
            Object[] waarden = new Object[componenten.length];
            Class<?>[] soorten = new Class<?>[componenten.length];
            for (int i = 0; i < componenten.length; i++) {
                waarden[i] = waarde(componenten[i].getGenericType(), componenten[i].getName());
                soorten[i] = componenten[i].getType();
            }
            try {
                return klasse.getDeclaredConstructor(soorten).newInstance(waarden);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Kan geen voorbeeld van " + klasse.getName() + " maken", e);
            }
        }
        throw new IllegalArgumentException("Geen voorbeeld voor " + klasse.getName() + " (" + naam
                + "): breid Voorbeeld uit");
    }
}
