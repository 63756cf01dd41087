package nl.regioregister.query.regio;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The views of the regions as served to dashboards. */
final class RegioOverzicht {

    private RegioOverzicht() {
    }

    @Schema(description = "Houder van een bestuursrol")
    record Houder(String naam, String functie, String organisatie, LocalDate sinds) {
    }

    @Schema(description = "Een regio met haar huidige rijksvertegenwoordiger")
    record Regio(String id, String naam, String soort, List<String> provincies, List<String> gemeenten,
                 Houder rijksvertegenwoordiger) {
    }

    @Schema(description = "Alle regio's, met de gebeurtenispositie die het overzicht weergeeft")
    record Regios(List<Regio> regios, long positie) {
    }

    @Schema(description = "Eén regio, met de gebeurtenispositie die het overzicht weergeeft")
    record RegioMetPositie(Regio regio, long positie) {
    }
}
