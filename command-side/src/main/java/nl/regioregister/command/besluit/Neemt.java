package nl.regioregister.command.besluit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The web operation records this kind of decision. Who may take it is then checked from its kind, the user and the
 * region in the path before the request body is read ({@link Bevoegdheidscontrole#controleerVooraf}), so that a user
 * without the right gets 403 whatever the body holds; the complete check follows on the decision itself.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Neemt {

    Class<?> value();
}
