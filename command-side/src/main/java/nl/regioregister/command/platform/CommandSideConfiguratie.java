package nl.regioregister.command.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the decision rules that hold for every command. */
@Configuration(proxyBeanMethods = false)
class CommandSideConfiguratie {

    /** Authority first, then the idempotency claim, both inside the command's transaction. */
    @Autowired
    void registreerInterceptors(CommandBus commandBus, Idempotentie idempotentie) {
        commandBus.registerHandlerInterceptor(new Bevoegdheidscontrole());
        commandBus.registerHandlerInterceptor(idempotentie.sleutelclaim());
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
                .info(new Info().title("Regioregister API").version("1.0.0")
                        .description("Besluiten in de samenwerking tussen het Rijk en de regio's"))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
