package nl.regioregister.events.regio;

import nl.regioregister.events.Departement;
import nl.regioregister.events.Optioneel;
import org.axonframework.serialization.Revision;

/**
 * The region stated which department it prefers as its voorkeursdepartement, optionally with an alternative
 * (Achterhoek: IenW first, VRO as alternative; memo AB 5 maart 2025). The Rijk decides.
 */
@Revision("1")
public record DepartementsvoorkeurUitgesproken(
        String regioId,
        Departement voorkeur,
        @Optioneel Departement alternatief) {
}
