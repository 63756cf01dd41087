package nl.regioregister.command.platform;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a recorded decision: where it was recorded and at which event position the query side will show it. */
@Schema(description = "Vastgelegd besluit")
public record BesluitVastgelegd(
        @Schema(description = "Het object waarover besloten is") String id,
        @Schema(description = "Versie van het object na het besluit") long versie,
        @Schema(description = "Positie in de gebeurtenissenstroom; vraag de query-kant om minstens deze positie")
        long positie) {
}
