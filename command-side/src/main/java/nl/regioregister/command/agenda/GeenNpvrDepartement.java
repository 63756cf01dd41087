package nl.regioregister.command.agenda;

import java.util.Arrays;
import java.util.List;
import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.events.Departement;

/**
 * Ten departments committed to the plans voor de regio with an inspanningsverplichting for twenty years: BZK, VWS,
 * OCW, SZW, JenV, IenW, VRO, LVVN, EZ and KGG (Kamerbrief Elke Regio Telt, December 2024). Others do not.
 */
public class GeenNpvrDepartement extends BesluitGeweigerd {

    GeenNpvrDepartement(Departement departement) {
        super("het ministerie van " + departement.naam()
                + " gaat in het NPVR geen inspanningsverplichting aan; dat doen " + npvrDepartementen());
    }

    private static String npvrDepartementen() {
        List<String> namen = Arrays.stream(Departement.values())
                .filter(Departement::npvrDepartement)
                .map(Departement::name)
                .toList();
        return String.join(", ", namen.subList(0, namen.size() - 1)) + " en " + namen.get(namen.size() - 1);
    }

    @Override
    public String regel() {
        return "geen-npvr-departement";
    }
}
