package nl.regioregister.query.platform;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps the query side's failures once to RFC 9457 problem+json. */
@RestControllerAdvice
public class Problemen extends ResponseEntityExceptionHandler {

    @ExceptionHandler(NietGevonden.class)
    ProblemDetail nietGevonden(NietGevonden onbekend) {
        return probleem(HttpStatus.NOT_FOUND, "Niet gevonden", onbekend.getMessage(), "niet-gevonden");
    }

    @ExceptionHandler(OngeldigeInvoer.class)
    ProblemDetail ongeldigeInvoer(OngeldigeInvoer fout) {
        ProblemDetail problem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                "De invoer bevat " + fout.schendingen().size() + " fout(en).", "ongeldige-invoer");
        problem.setProperty("invalidParams", fout.schendingen().stream()
                .map(s -> Map.of("name", s.name(), "code", s.code(), "reason", s.reason()))
                .toList());
        return problem;
    }

    @ExceptionHandler(Overbelast.class)
    org.springframework.http.ResponseEntity<ProblemDetail> overbelast(Overbelast fout) {
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, "5")
                .body(probleem(HttpStatus.SERVICE_UNAVAILABLE, "Tijdelijk niet beschikbaar", fout.getMessage(),
                        "overbelast"));
    }


    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail ongeldigeParameter(MethodArgumentTypeMismatchException fout) {
        ProblemDetail problem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                "De parameter " + fout.getName() + " heeft een ongeldige waarde.", "ongeldige-invoer");
        problem.setProperty("invalidParams", java.util.List.of(Map.of("name", fout.getName(), "code", "type",
                "reason", "ongeldige waarde: " + fout.getValue())));
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail ongeldig(ConstraintViolationException fout) {
        ProblemDetail problem = probleem(HttpStatus.BAD_REQUEST, "Ongeldige invoer",
                "De invoer bevat " + fout.getConstraintViolations().size() + " fout(en).", "ongeldige-invoer");
        problem.setProperty("invalidParams", fout.getConstraintViolations().stream()
                .map(v -> Map.of("name", v.getPropertyPath().toString(), "code", "ongeldig", "reason", v.getMessage()))
                .toList());
        return problem;
    }

    public static ProblemDetail probleem(HttpStatus status, String titel, String detail, String soort) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(titel);
        problem.setType(URI.create("urn:regioregister:probleem:" + soort));
        return problem;
    }
}
