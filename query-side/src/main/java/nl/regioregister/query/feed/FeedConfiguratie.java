package nl.regioregister.query.feed;

import nl.regioregister.query.platform.ApiOntwerpregels;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeedInstellingen.class)
class FeedConfiguratie {

    /**
     * The feed's processor: tracking, one segment, one thread, so that exactly one ordered writer assigns positions.
     * An event that cannot be stored stops the feed (the processor retries with back-off) instead of being skipped:
     * the feed may lag, never miss an event.
     */
    @Bean
    ConfigurerModule feedVerwerker() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(FeedProjectie.NAAM)
                .registerTrackingEventProcessorConfiguration(FeedProjectie.NAAM, c ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andBatchSize(1000))
                .registerListenerInvocationErrorHandler(FeedProjectie.NAAM, c -> PropagatingErrorHandler.instance());
    }

    /** The NL API Design Rules on the query side's OpenAPI document, then the feed and streams as they are sent. */
    @Bean
    OpenApiCustomizer gebeurtenissenApiOntwerpregels() {
        ApiOntwerpregels regels = new ApiOntwerpregels();
        return api -> {
            regels.customise(api);
            FeedDocumentatie.documenteer(api);
        };
    }
}
