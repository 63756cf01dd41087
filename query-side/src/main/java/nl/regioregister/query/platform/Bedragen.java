package nl.regioregister.query.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.RoundingMode;
import java.util.Map;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Amounts stay euros and cents wherever the query side turns an event into JSON and back: the feed, the decision
 * history and the status all show {@code 350000.00}, never {@code 350000.0}, {@code 3.5E+5} or {@code 350000}.
 * Jackson would otherwise read a decimal as a double and strip a BigDecimal's trailing zeros in a tree.
 */
@Configuration(proxyBeanMethods = false)
public class Bedragen {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer bedragenInCenten() {
        return builder -> builder
                .featuresToEnable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .postConfigurer(mapper -> mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false));
    }

    /**
     * Every decimal number in an event is an amount: written with exactly two decimals. Rows stored before amounts
     * kept their cents (as {@code 3.5E+5}) read the same as new ones.
     */
    public static JsonNode inCenten(JsonNode knoop) {
        if (knoop instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> veld : object.properties()) {
                JsonNode waarde = veld.getValue();
                if (waarde.isBigDecimal() && waarde.decimalValue().scale() < 2) {
                    veld.setValue(DecimalNode.valueOf(waarde.decimalValue().setScale(2, RoundingMode.UNNECESSARY)));
                } else {
                    inCenten(waarde);
                }
            }
        } else if (knoop instanceof ArrayNode lijst) {
            for (int i = 0; i < lijst.size(); i++) {
                JsonNode waarde = lijst.get(i);
                if (waarde.isBigDecimal() && waarde.decimalValue().scale() < 2) {
                    lijst.set(i, DecimalNode.valueOf(waarde.decimalValue().setScale(2, RoundingMode.UNNECESSARY)));
                } else {
                    inCenten(waarde);
                }
            }
        }
        return knoop;
    }
}
