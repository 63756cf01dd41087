package nl.regioregister.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a published event that is {@code null} when the decision did not give it (a function, a
 * description, an amount that was not named). Every other component is always filled. The published JSON always
 * carries every key, with {@code null} for an empty optional one; the generated JSON Schema says exactly that: every
 * property required, only these ones nullable.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Optioneel {
}
