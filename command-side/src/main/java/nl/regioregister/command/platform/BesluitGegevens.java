package nl.regioregister.command.platform;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.time.LocalDate;
import nl.regioregister.events.VrijeTekst;
import nl.regioregister.events.Besluitorgaan;

/**
 * The accountability a client gives with every decision. Who decided ({@code genomenDoor}) and on whose behalf
 * ({@code namens}) are optional, so that clients from before they were asked for keep working.
 */
@Schema(description = "Verantwoording van het besluit")
public record BesluitGegevens(
        @Schema(description = "Datum waarop het besluit ingaat; standaard vandaag", example = "2025-03-05")
        LocalDate ingangsdatum,
        @Schema(description = "Waarom het besluit is genomen", example = "Voordracht van de stuurgroep")
        @NotBlank @VrijeTekst @Size(max = 4000) String motivering,
        @Schema(description = "Bron: Kamerstuk, vergadering en agendapunt, of documentverwijzing",
                example = "AB 5 maart 2025, agendapunt 3")
        @NotBlank @Size(max = 1000) String bron,
        @Schema(description = "Het orgaan dat het besluit nam, naast wie het vastlegt") @Valid Orgaan genomenDoor,
        @Schema(description = "Namens wie het besluit is genomen of ondertekend", example = "de minister van BZK")
        @Size(max = 200) String namens) {

    /** Without who decided and on whose behalf, as before they were asked for. */
    public BesluitGegevens(LocalDate ingangsdatum, String motivering, String bron) {
        this(ingangsdatum, motivering, bron, null, null);
    }

    /** The body that took the decision: its kind and, optionally, its own name. */
    @Schema(description = "Besluitnemend orgaan")
    public record Orgaan(
            @Schema(example = "ALGEMEEN_BESTUUR") @NotNull Besluitorgaan soort,
            @Schema(example = "AB Regio Achterhoek") @Size(max = 200) String naam) {
    }
}
