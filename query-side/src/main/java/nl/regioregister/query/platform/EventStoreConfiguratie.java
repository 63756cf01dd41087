package nl.regioregister.query.platform;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The storage engine the processors read through: Axon's JDBC engine, configured as Axon's auto-configuration would,
 * whose tracked events carry their own global index ({@link EigenPositie}), and which reads the event table for the
 * processors in pages of {@value #PAGINA} rows instead of Axon's default 100.
 * <p>
 * Each page is one round trip and one query; the projections handle up to 1,000 events per transaction, so a page of
 * 100 made ten queries per transaction while catching up and a replay paid a round trip per hundred events
 * ({@code docs/benchmarks.md}, "Replay"). An aggregate's own events are read in the same pages, never more than it has.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguratie {

    /** Rows per read of the event table: the processors' batch size ({@code query-side.yml}). */
    static final int PAGINA = 1_000;

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager) {
        return new EigenPositieEventStorageEngine(EigenPositieEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .batchSize(PAGINA));
    }
}
