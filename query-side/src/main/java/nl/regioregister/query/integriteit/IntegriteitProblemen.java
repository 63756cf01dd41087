package nl.regioregister.query.integriteit;

import nl.regioregister.query.platform.Problemen;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The integrity API's own refusals as problem+json. */
@RestControllerAdvice(assignableTypes = IntegriteitController.class)
class IntegriteitProblemen {

    @ExceptionHandler(Integriteitsschending.class)
    ProblemDetail geschonden(Integriteitsschending schending) {
        ProblemDetail probleem = Problemen.probleem(HttpStatus.CONFLICT, "Controlepunt geweigerd",
                "De boom past niet meer bij de opgeslagen gebeurtenissen: " + schending.getMessage(),
                "integriteit-geschonden");
        if (schending.blad() >= 0) {
            probleem.setProperty("blad", schending.blad());
        }
        return probleem;
    }

    @ExceptionHandler(NietInDeBoom.class)
    ProblemDetail nietInDeBoom(NietInDeBoom fout) {
        return Problemen.probleem(HttpStatus.NOT_FOUND, "Niet gevonden", fout.getMessage(), "niet-gevonden");
    }

    @ExceptionHandler(GeenOndertekensleutel.class)
    ResponseEntity<ProblemDetail> geenSleutel(GeenOndertekensleutel fout) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "3600")
                .body(Problemen.probleem(HttpStatus.SERVICE_UNAVAILABLE, "Geen ondertekensleutel", fout.getMessage(),
                        "geen-ondertekensleutel"));
    }
}
