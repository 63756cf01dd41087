package nl.regioregister.command.besluit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A decision about the register's own processing of personal data, such as an erasure under the AVG: taken by the
 * controller of the register (the Rijk, rol BZK) or by its operators (rol BEHEER), never by a region.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Verwerkingsbesluit {
}
