package nl.regioregister.query.platform;

import java.lang.management.ManagementFactory;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC token store, as its auto-configuration builds it, with the name this instance claims segments under.
 * Several query-side instances on one database share the processors' work by claiming segments in the token table;
 * an instance's claim names its owner, which by default is the JVM's {@code pid@host}. That is unique per container
 * or machine; {@code regioregister.instantie} names an instance where it is not (several in one JVM, as in the tests).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenStoreProperties.class)
class TokenStoreConfiguratie {

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                          ObjectProvider<TokenSchema> tokenSchema,
                          TokenStoreProperties instellingen,
                          @Value("${regioregister.instantie:}") String instantie) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema.getIfAvailable(() -> TokenSchema.builder().build()))
                .serializer(serializer)
                .claimTimeout(instellingen.getClaimTimeout())
                .nodeId(instantie.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : instantie)
                .build();
    }
}
