package nl.regioregister.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text as free prose (a motivering, an omschrijving, a chapter of a plan): it may hold tab and line breaks,
 * which {@link Invoerregels} refuses in names, codes and references. On a list or map: its every text.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface VrijeTekst {
}
