package nl.regioregister.command.besluit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A decision only the region itself takes (submitting its plan, akkoord regio, naming its kassier). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Regiobesluit {
}
