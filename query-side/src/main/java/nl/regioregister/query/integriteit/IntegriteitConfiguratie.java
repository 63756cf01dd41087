package nl.regioregister.query.integriteit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegriteitInstellingen.class)
class IntegriteitConfiguratie {
}
