package nl.regioregister.query.platform;

import jakarta.validation.ConstraintViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the query side's own failures once to RFC 9457 problem+json, in the register's one error format. */
@RestControllerAdvice
public class Problemen extends Probleemvorm {

    @ExceptionHandler(NietGevonden.class)
    ProblemDetail nietGevonden(NietGevonden onbekend) {
        return probleem(HttpStatus.NOT_FOUND, "Niet gevonden", onbekend.getMessage(), "niet-gevonden");
    }

    @ExceptionHandler(OngeldigeInvoer.class)
    ProblemDetail ongeldigeInvoer(OngeldigeInvoer fout) {
        return ongeldig(fout.schendingen().stream()
                .map(s -> new Schending(s.name(), s.code(), s.reason()))
                .toList());
    }

    @ExceptionHandler(Stroomtoewijzing.TeVeelStromen.class)
    ResponseEntity<ProblemDetail> teVeelStromen(Stroomtoewijzing.TeVeelStromen fout) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, "30")
                .body(probleem(HttpStatus.TOO_MANY_REQUESTS, "Te veel live stromen", fout.getMessage(),
                        "te-veel-stromen"));
    }

    @ExceptionHandler(Overbelast.class)
    ResponseEntity<ProblemDetail> overbelast(Overbelast fout) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(probleem(HttpStatus.SERVICE_UNAVAILABLE, "Tijdelijk niet beschikbaar", fout.getMessage(),
                        "overbelast"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail ongeldig(ConstraintViolationException fout) {
        return ongeldig(fout.getConstraintViolations().stream()
                .map(v -> new Schending(v.getPropertyPath().toString(), "ongeldig", v.getMessage()))
                .toList());
    }
}
