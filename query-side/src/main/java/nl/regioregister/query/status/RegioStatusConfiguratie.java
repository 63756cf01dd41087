package nl.regioregister.query.status;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegioStatusConfiguratie {

    @Bean
    RegioStatusBerekening regioStatusBerekening() {
        return new RegioStatusBerekening();
    }
}
