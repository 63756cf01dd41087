package nl.regioregister.command.platform;

import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.eventhandling.EventBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the decision rules that hold for every command. */
@Configuration(proxyBeanMethods = false)
class CommandSideConfiguratie {

    /**
     * Authority first, then the idempotency claim, then the answer from the command's own events, all inside the
     * command's transaction.
     */
    @Autowired
    void registreerInterceptors(CommandBus commandBus, EventStore eventStore, Idempotentie idempotentie,
                                Vastlegging vastlegging) {
        commandBus.registerHandlerInterceptor(new Bevoegdheidscontrole());
        commandBus.registerHandlerInterceptor(idempotentie.sleutelclaim());
        commandBus.registerHandlerInterceptor(vastlegging.antwoord());
        eventStore.registerDispatchInterceptor(vastlegging.notitie());
    }

    /**
     * Two command-side instances may decide on one object at once; the one whose events come second violates the
     * event store's unique (aggregate, sequence number) and must get 409, never 500. Axon's default resolver looks for
     * {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver does not throw; PostgreSQL names a
     * unique violation by SQL state 23505. Within one instance the aggregate's lock serialises the decisions instead.
     */
    @Bean
    static PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /** No event with text PostgreSQL cannot store is ever recorded, whatever sent the decision. */
    @Autowired
    void bewaakEventStore(EventBus eventBus) {
        eventBus.registerDispatchInterceptor(new OpslaanbareTekst());
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI regioregisterApi() {
        return new OpenAPI()
                .info(new Info().title("Regioregister API").version(ApiOntwerpregels.VERSIE)
                        .description("Besluiten in de samenwerking tussen het Rijk en de regio's"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** The NL API Design Rules on the OpenAPI document; in the standalone run once per side, to the same effect. */
    @Bean
    OpenApiCustomizer besluitenApiOntwerpregels() {
        ApiOntwerpregels regels = new ApiOntwerpregels();
        return api -> {
            regels.customise(api);
            BesluitHeaders.documenteer(api);
        };
    }
}
