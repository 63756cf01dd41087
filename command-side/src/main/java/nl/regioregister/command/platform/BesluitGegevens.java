package nl.regioregister.command.platform;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.regioregister.events.VrijeTekst;

/** The accountability a client gives with every decision. */
@Schema(description = "Verantwoording van het besluit")
public record BesluitGegevens(
        @Schema(description = "Datum waarop het besluit ingaat; standaard vandaag", example = "2025-03-05")
        LocalDate ingangsdatum,
        @Schema(description = "Waarom het besluit is genomen", example = "Voordracht van de stuurgroep")
        @NotBlank @VrijeTekst @Size(max = 4000) String motivering,
        @Schema(description = "Bron: Kamerstuk, vergadering en agendapunt, of documentverwijzing",
                example = "AB 5 maart 2025, agendapunt 3")
        @NotBlank @Size(max = 1000) String bron) {
}
