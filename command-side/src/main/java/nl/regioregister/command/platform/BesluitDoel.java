package nl.regioregister.command.platform;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.springframework.stereotype.Component;

/**
 * The object a decision is about, and the version the client decided on.
 * <p>
 * Optimistic concurrency without a version field on every command: the version the client decided on travels in
 * the metadata (from the {@code If-Match} header) and Axon compares it to the aggregate's version under its lock; a
 * stale version is refused with 409.
 * <p>
 * The object is found as Axon's {@code AnnotationCommandTargetResolver} finds it (the first method, else the first
 * field, annotated {@link TargetAggregateIdentifier}, searched with Axon's own {@link ReflectionUtils} and
 * {@link AnnotationUtils}; likewise {@link TargetAggregateVersion}), with its answers and refusals, but the search runs
 * once per command class instead of for every command: Axon's resolver searched the class's methods and their
 * annotations again for each decision, 9% of a decision's CPU samples without HTTP ({@code docs/benchmarks.md}).
 * {@code BesluitDoelTest} compares the two on every way a command can name its object and its version.
 */
@Component
class BesluitDoel implements CommandTargetResolver {

    static final String VERWACHTE_VERSIE = "verwachteVersie";

    private final ClassValue<Leden> leden = new ClassValue<>() {
        @Override
        protected Leden computeValue(Class<?> soort) {
            return new Leden(lid(soort, TargetAggregateIdentifier.class), lid(soort, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Leden gevonden = leden.get(command.getPayloadType());
        Object id = waarde(gevonden.identiteit(), command.getPayload());
        Long versieInHetBesluit = alsGetal(waarde(gevonden.versie(), command.getPayload()));
        if (id == null) {
            throw new IllegalArgumentException(String.format("Invalid command. It does not identify the target "
                    + "aggregate. Make sure at least one of the fields or methods in the [%s] class contains the "
                    + "@TargetAggregateIdentifier annotation and that it returns a non-null value.",
                    command.getPayloadType().getSimpleName()));
        }
        Object verwacht = command.getMetaData().get(VERWACHTE_VERSIE);
        return new VersionedAggregateIdentifier(id,
                verwacht == null ? versieInHetBesluit : Long.valueOf(verwacht.toString()));
    }

    /** The identifying member and the version member of one command class; null where the class has none. */
    private record Leden(Lid identiteit, Lid versie) {
    }

    private interface Lid {
        Object van(Object besluit) throws InvocationTargetException, IllegalAccessException;
    }

    private static Lid lid(Class<?> soort, Class<? extends Annotation> annotatie) {
        for (Method methode : ReflectionUtils.methodsOf(soort)) {
            if (AnnotationUtils.isAnnotationPresent(methode, annotatie)) {
                Method toegankelijk = ReflectionUtils.ensureAccessible(methode);
                return toegankelijk::invoke;
            }
        }
        for (Field veld : ReflectionUtils.fieldsOf(soort)) {
            if (AnnotationUtils.isAnnotationPresent(veld, annotatie)) {
                return besluit -> ReflectionUtils.getFieldValue(veld, besluit);
            }
        }
        return null;
    }

    private static Object waarde(Lid lid, Object besluit) {
        if (lid == null) {
            return null;
        }
        try {
            return lid.van(besluit);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(
                    "An exception occurred while extracting aggregate information form a command", e);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("The current security context does not allow extraction of "
                    + "aggregate information from the given command.", e);
        }
    }

    private static Long alsGetal(Object versie) {
        if (versie == null) {
            return null;
        }
        if (versie instanceof Number getal) {
            return getal.longValue();
        }
        try {
            return Long.parseLong(versie.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value provided for the version is not a number.", e);
        }
    }
}
