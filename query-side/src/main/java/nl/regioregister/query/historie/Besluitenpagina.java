package nl.regioregister.query.historie;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "Een pagina besluiten, nieuwste eerst, met de link naar de volgende pagina")
record Besluitenpagina(
        List<Besluit> besluiten,
        @Schema(description = "De gebeurtenispositie die de historie weergeeft") long positie,
        @Schema(description = "Link naar de volgende (oudere) pagina; ontbreekt op de laatste pagina") String volgende) {
}
