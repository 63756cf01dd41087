package nl.regioregister.command.besluit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A decision only the Rijk takes, recorded by the BZK programme team: appointments of Rijk roles, grants, akkoord Rijk. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Rijksbesluit {
}
