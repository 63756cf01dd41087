package nl.regioregister.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a published event that holds personal data in the sense of the AVG (art. 4 sub 1): the name
 * of an appointed person, or names of people among others (indieners of a motie, deelnemers of an overleg), and the
 * reference to a person in the erasable register of personal data (pseudonymised data stays personal data, AVG
 * overweging 26). The
 * published JSON Schema says so with {@code "x-persoonsgegevens": true}, so that an integrator who publishes under the
 * Woo knows which values to weigh before publishing (Woo art. 5.1 lid 2 sub e) and which to erase on request. On a
 * list: its every value.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Persoonsgegeven {

    /** The JSON Schema keyword that carries the mark. */
    String SCHEMA_SLEUTELWOORD = "x-persoonsgegevens";
}
