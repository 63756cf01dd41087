package nl.regioregister.command.platform;

import java.time.Clock;
import nl.regioregister.events.BesluitMetadata;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every event a decision causes carries that decision's accountability. */
@Configuration(proxyBeanMethods = false)
class BesluitCorrelatie {

    @Bean
    CorrelationDataProvider besluitMetadataProvider() {
        return new SimpleCorrelationDataProvider(java.util.stream.Stream.concat(BesluitMetadata.SLEUTELS.stream(),
                BesluitMetadata.BESLUITVORMING.stream()).toArray(String[]::new));
    }

    @Bean
    CorrelationDataProvider berichtOorsprongProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
