package nl.regioregister.query.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import nl.regioregister.events.Invoerregels;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Repairs, while reading, a text stored before the register refused what PostgreSQL's text type cannot hold
 * ({@link Invoerregels}): each NUL, other control character, unpaired surrogate or non-character in an event's
 * payload or metadata is read as U+FFFD. Like an upcaster it changes what the readers see, not what is stored; unlike
 * one it also applies where Axon deserializes without upcasting, such as a dead letter offered again with
 * {@code verwerk-opnieuw}. So one such event no longer stops the integrators' feed (which may not skip it and would
 * otherwise retry for ever) or waits for good in a projection's dead-letter queue. A clean text is read unchanged.
 * <p>
 * It replaces Axon's event serializer with the same one (Jackson, the application's object mapper, annotation
 * revisions) whose string reader repairs. Writing is unchanged; the command side's event store guard sees to it that
 * no such text is written again.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class Tekstherstel {

    private static final Logger LOG = LoggerFactory.getLogger(Tekstherstel.class);

    @Bean
    @Qualifier("eventSerializer")
    @ConditionalOnMissingBean(name = "eventSerializer")
    Serializer eventSerializer(ObjectMapper json, RevisionResolver revisies) {
        return JacksonSerializer.builder()
                .revisionResolver(revisies)
                .converter(new ChainingConverter(Tekstherstel.class.getClassLoader()))
                .objectMapper(herstellend(json.copy()))
                .build();
    }

    static ObjectMapper herstellend(ObjectMapper json) {
        return json.registerModule(new SimpleModule("regioregister-tekstherstel")
                .addDeserializer(String.class, new HerstellendeTekst()));
    }

    /** Reads a string as Jackson does, then repairs what {@link Invoerregels} does not allow to be stored. */
    static final class HerstellendeTekst extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String gelezen = super.deserialize(p, ctxt);
            String hersteld = Invoerregels.hersteld(gelezen);
            if (hersteld != null && !hersteld.equals(gelezen)) {
                LOG.warn("Tekst van een opgeslagen gebeurtenis hersteld bij het lezen ({}): {}",
                        p.getParsingContext().getCurrentName(), Invoerregels.tekstSchending(gelezen, true)
                                .orElse(""));
            }
            return hersteld;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
