package nl.regioregister.command.platform;

import nl.regioregister.command.besluit.BesluitGeweigerd;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.OngeldigBesluit;
import nl.regioregister.command.besluit.OnbekendDoel;
import nl.regioregister.command.besluit.OnbekendeRegio;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Maps every refusal of a decision once to RFC 9457 problem+json. Invalid input lists all violations under
 * {@code invalidParams} (NL API Design Rules); a refused decision names its rule under {@code regel}. Not limited to
 * the command side's controllers, so that an unknown path or method is answered as problem+json too.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class Probleemantwoorden extends Probleemvorm {

    @ExceptionHandler(BesluitGeweigerd.class)
    ProblemDetail geweigerd(BesluitGeweigerd weigering) {
        ProblemDetail problem = probleem(HttpStatus.CONFLICT, "Besluit geweigerd", weigering.reden(),
                "regel:" + weigering.regel());
        problem.setProperty("regel", weigering.regel());
        return problem;
    }

    @ExceptionHandler(OnbekendDoel.class)
    ProblemDetail onbekendDoel(OnbekendDoel onbekend) {
        ProblemDetail problem = probleem(HttpStatus.NOT_FOUND, "Onbekend", onbekend.reden(),
                "regel:" + onbekend.regel());
        problem.setProperty("regel", onbekend.regel());
        return problem;
    }

    @ExceptionHandler(GeenBevoegdheid.class)
    ProblemDetail geenBevoegdheid(GeenBevoegdheid weigering) {
        return probleem(HttpStatus.FORBIDDEN, "Geen bevoegdheid", weigering.getMessage(), "geen-bevoegdheid");
    }

    @ExceptionHandler(OngeldigBesluit.class)
    ProblemDetail ongeldig(OngeldigBesluit ongeldig) {
        ProblemDetail problem = probleem(HttpStatus.BAD_REQUEST, "Ongeldig besluit",
                "Het besluit is onvolledig of ongeldig.", "ongeldige-invoer");
        problem.setProperty("invalidParams", ongeldig.overtredingen().stream().map(Probleemantwoorden::parameter).toList());
        return problem;
    }

    @ExceptionHandler(IdempotentieSleutelHergebruikt.class)
    ProblemDetail sleutelHergebruikt(IdempotentieSleutelHergebruikt fout) {
        return probleem(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key hergebruikt", fout.getMessage(),
                "idempotency-key-hergebruikt");
    }

    @ExceptionHandler(OnbekendeRegio.class)
    ProblemDetail onbekendeRegio(OnbekendeRegio onbekend) {
        return probleem(HttpStatus.NOT_FOUND, "Onbekende regio", onbekend.getMessage(), "onbekende-regio");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail onbekend(AggregateNotFoundException onbekend) {
        return probleem(HttpStatus.NOT_FOUND, "Onbekend", "Er is niets bekend onder " + onbekend.getAggregateIdentifier()
                + ".", "onbekend");
    }

    @ExceptionHandler({ConflictingAggregateVersionException.class, ConcurrencyException.class})
    ProblemDetail verouderd(RuntimeException conflict) {
        return probleem(HttpStatus.CONFLICT, "Verouderde versie",
                "Er is intussen een ander besluit over hetzelfde object vastgelegd; haal de actuele stand op en "
                        + "besluit opnieuw.", "verouderde-versie");
    }

    private static Schending parameter(String overtreding) {
        int scheiding = overtreding.indexOf(':');
        if (scheiding < 0) {
            return new Schending("besluit", "regel", overtreding);
        }
        return new Schending(overtreding.substring(0, scheiding).strip(), "regel",
                overtreding.substring(scheiding + 1).strip());
    }
}
