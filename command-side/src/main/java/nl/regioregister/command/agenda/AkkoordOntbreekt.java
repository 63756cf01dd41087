package nl.regioregister.command.agenda;

import java.util.List;
import nl.regioregister.command.besluit.BesluitGeweigerd;

/**
 * A part of the agenda is adopted only when the region and the Rijk both agreed to that very version (Kamerbrief
 * Elke Regio Telt, December 2024: "door regio en rijk gezamenlijk op te stellen"). Names the side or sides whose
 * akkoord is missing.
 */
public class AkkoordOntbreekt extends BesluitGeweigerd {

    private final List<String> ontbrekend;

    AkkoordOntbreekt(String onderdeelVersie, boolean regioOntbreekt, boolean rijkOntbreekt) {
        super(onderdeelVersie + " kan niet worden vastgesteld: " + (regioOntbreekt && rijkOntbreekt
                ? "de akkoorden van de regio en het Rijk ontbreken"
                : regioOntbreekt ? "het akkoord van de regio ontbreekt" : "het akkoord van het Rijk ontbreekt"));
        this.ontbrekend = regioOntbreekt && rijkOntbreekt ? List.of("regio", "Rijk")
                : regioOntbreekt ? List.of("regio") : List.of("Rijk");
    }

    /** The sides whose akkoord is missing: {@code regio}, {@code Rijk}, or both. */
    public List<String> ontbrekend() {
        return ontbrekend;
    }

    @Override
    public String regel() {
        return "akkoord-ontbreekt";
    }
}
