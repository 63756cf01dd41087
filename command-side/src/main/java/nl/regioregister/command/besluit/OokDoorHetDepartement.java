package nl.regioregister.command.besluit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A decision of the Rijk that the department concerned may also record itself: its own inspanningsverplichting to a
 * region's plan and the inzet it commits to (Kamerbrief NPVR, December 2024: ten departments commit to the plans).
 * Every other decision is beyond the role DEPARTEMENT.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OokDoorHetDepartement {
}
