package nl.regioregister.command.besluit;

import java.util.Map;
import nl.regioregister.events.BesluitMetadata;
import nl.regioregister.events.Departement;

/**
 * Who records a decision: the user, the role in which, and the organisation on whose behalf (BZK, a department, or
 * the id of a region).
 */
public record Besluitvormer(String actor, Rol rol, String organisatie) {

    public static Besluitvormer uit(Map<String, ?> metadata) {
        Object rol = metadata.get(BesluitMetadata.ROL);
        if (rol == null) {
            throw new GeenBevoegdheid("een besluit zonder rol van de besluitvormer wordt niet aangenomen");
        }
        return new Besluitvormer(
                String.valueOf(metadata.get(BesluitMetadata.ACTOR)),
                Rol.valueOf(rol.toString()),
                String.valueOf(metadata.get(BesluitMetadata.ORGANISATIE)));
    }

    /** Whether this is the given department, recording in the role DEPARTEMENT. */
    public boolean isDepartement(Departement departement) {
        return rol == Rol.DEPARTEMENT && departement != null && departement.name().equalsIgnoreCase(organisatie);
    }

    boolean isRegio(String regioId) {
        return rol == Rol.REGIO && organisatie.equals(regioId);
    }
}
