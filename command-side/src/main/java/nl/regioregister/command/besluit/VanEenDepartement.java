package nl.regioregister.command.besluit;

import nl.regioregister.events.Departement;

/** A decision that names the department it is about, so that a department may record it only for itself. */
public interface VanEenDepartement {

    Departement departement();
}
