package nl.regioregister.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The query side: reads the shared event store into projections and serves them. It never writes events. */
@SpringBootApplication
public class QuerySideApplication {

    /** Its configuration is {@code query-side.yml}, so that it can share a classpath with the command side. */
    public static final String CONFIGURATIE = "query-side";

    public static SpringApplicationBuilder builder() {
        // A register of government decisions does not phone home: no update check by the framework.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        return new SpringApplicationBuilder(QuerySideApplication.class)
                .properties("spring.config.name=" + CONFIGURATIE);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
