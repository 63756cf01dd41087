package nl.regioregister.command.platform;

import java.net.ConnectException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * While the database is unreachable a request gets, within the pool's connection time-out, {@code 503} problem+json
 * with {@code Retry-After}, not a hang and not a {@code 500}. Any other failure of these types goes on as before.
 */
@RestControllerAdvice
// after the refusals (which are never about the database), before anything else
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOnbereikbaar {

    /** Seconds a client waits before it tries again. */
    static final String OPNIEUW_NA = "5";

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            CannotCreateTransactionException.class, EventStoreException.class, JdbcException.class})
    ResponseEntity<ProblemDetail> onbereikbaar(Exception fout) throws Exception {
        if (!databaseOnbereikbaar(fout)) {
            throw fout;
        }
        return antwoord();
    }

    /**
     * PostgreSQL's JDBC driver reports a connection that breaks in the middle of a batch (the event store appends a
     * decision's events as one) with an {@link AssertionError} from its batch handler, not an {@link SQLException}
     * (pgjdbc {@code BatchResultHandler.isAutoCommit}). The transaction did not commit, so the client may try again
     * like for any lost connection. Any other error goes on as before.
     */
    @ExceptionHandler(AssertionError.class)
    ResponseEntity<ProblemDetail> verbindingVerlorenInEenBatch(AssertionError fout) {
        if (!vanDeDatabasedriver(fout)) {
            throw fout;
        }
        return antwoord();
    }

    static boolean vanDeDatabasedriver(AssertionError fout) {
        StackTraceElement[] plek = fout.getStackTrace();
        return plek.length > 0 && plek[0].getClassName().startsWith("org.postgresql.");
    }

    private static ResponseEntity<ProblemDetail> antwoord() {
        ProblemDetail probleem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Het register kan zijn database nu niet bereiken. Probeer het over enkele seconden opnieuw, "
                    + "met dezelfde Idempotency-Key: dan wordt een besluit dat toch al was vastgelegd niet twee keer "
                    + "vastgelegd.");
        probleem.setTitle("Database tijdelijk onbereikbaar");
        probleem.setType(URI.create("urn:regioregister:probleem:database-onbereikbaar"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, OPNIEUW_NA)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(probleem);
    }

    /**
     * A connection that could not be had or was lost: the pool's time-out, a refused connection, PostgreSQL's
     * SQLSTATE class 08 (connection exception) and 57P01-57P03 (shutting down, crashed, cannot connect now), or the
     * pool's stand-in for a connection it evicted as broken earlier in the same transaction.
     */
    static boolean databaseOnbereikbaar(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof SQLTransientConnectionException || oorzaak instanceof SQLNonTransientConnectionException
                    || oorzaak instanceof ConnectException) {
                return true;
            }
            if (oorzaak instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            if (oorzaak instanceof SQLException sql && sql.getStackTrace().length > 0
                    && sql.getStackTrace()[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection")) {
                return true;
            }
            if (oorzaak.getCause() == oorzaak) {
                break;
            }
        }
        return false;
    }
}
