package nl.regioregister.command.agenda;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.events.agenda.Documentverwijzing;
import nl.regioregister.events.agenda.Periode;

/** What the agenda's endpoints share: a document with its checksum and a period written as {@code 2026-2029}. */
final class AgendaVerzoeken {

    static final String PERIODE_PATROON = "\\d{4}-\\d{4}";

    private AgendaVerzoeken() {
    }

    @Schema(description = "Het document met zijn SHA-256-controlegetal, zodat vaststaat welke tekst het besluit "
            + "betreft")
    record DocumentVerzoek(
            @Schema(description = "Titel, adres of registratienummer van het document",
                    example = "Regioplan Achterhoek NPVR, AB 5 maart 2025, bijlage 2")
            @NotBlank @Size(max = 1000) String verwijzing,
            @Schema(description = "SHA-256 van het bestand: 64 hexadecimale tekens",
                    example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            @NotBlank @Size(min = 64, max = 64) String sha256) {

        Documentverwijzing alsDocumentverwijzing() {
            return new Documentverwijzing(verwijzing, sha256);
        }

        static Documentverwijzing van(DocumentVerzoek verzoek) {
            return verzoek == null ? null : verzoek.alsDocumentverwijzing();
        }
    }

    /** A period as written in a path or a field: {@code 2026-2029}. */
    static Periode periode(String notatie, String veld) {
        try {
            return Periode.van(notatie);
        } catch (IllegalArgumentException ongeldig) {
            throw new OngeldigBesluit(List.of(veld + ": " + ongeldig.getMessage()));
        }
    }
}
