package nl.regioregister.command.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database is unreachable" (503, try again) and which stay what they were. */
class DatabaseOnbereikbaarTest {

    private final DatabaseOnbereikbaar advies = new DatabaseOnbereikbaar();

    @Test
    void geen_verbinding_binnen_de_time_out_van_de_pool_is_503_met_retry_after() throws Exception {
        var antwoord = advies.onbereikbaar(new CannotCreateTransactionException("geen verbinding",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms")));

        assertThat(antwoord.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(antwoord.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(antwoord.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(antwoord.getBody().getTitle()).isEqualTo("Database tijdelijk onbereikbaar");
    }

    @Test
    void een_geweigerde_of_verbroken_verbinding_en_een_database_die_stopt_zijn_onbereikbaar() {
        assertThat(DatabaseOnbereikbaar.databaseOnbereikbaar(new CannotGetJdbcConnectionException("x",
                new SQLException("Connection refused", "08001", new ConnectException())))).isTrue();
        assertThat(DatabaseOnbereikbaar.databaseOnbereikbaar(new EventStoreException("x",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void een_andere_databasefout_blijft_wat_zij_was() {
        DataAccessResourceFailureException anders = new DataAccessResourceFailureException("schijf vol",
                new SQLException("could not extend file", "53100"));

        assertThat(DatabaseOnbereikbaar.databaseOnbereikbaar(anders)).isFalse();
        assertThatThrownBy(() -> advies.onbereikbaar(anders)).isSameAs(anders);
    }

    @Test
    void een_verbinding_die_in_een_batch_breekt_meldt_de_driver_als_assertion_error_en_is_onbereikbaar() {
        AssertionError vanDeDriver = new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw");
        vanDeDriver.setStackTrace(new StackTraceElement[] {new StackTraceElement(
                "org.postgresql.jdbc.BatchResultHandler", "isAutoCommit", "BatchResultHandler.java", 115)});

        assertThat(advies.verbindingVerlorenInEenBatch(vanDeDriver).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        AssertionError eigen = new AssertionError("iets anders");
        assertThatThrownBy(() -> advies.verbindingVerlorenInEenBatch(eigen)).isSameAs(eigen);
    }
}
