package nl.regioregister.query.woo;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "Een pagina besluiten voor Woo-publicatie, nieuwste eerst, met de link naar de volgende pagina")
record Woobesluitenpagina(
        List<Woobesluit> besluiten,
        @Schema(description = "Link naar de volgende (oudere) pagina; ontbreekt op de laatste pagina") String volgende) {
}
