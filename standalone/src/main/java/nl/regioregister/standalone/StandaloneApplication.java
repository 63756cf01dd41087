package nl.regioregister.standalone;

import nl.regioregister.command.CommandSideApplication;
import nl.regioregister.query.QuerySideApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Both sides in one process on one port. Without a configured database it starts an embedded PostgreSQL whose data
 * persists under {@code ./data}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
        basePackages = {"nl.regioregister.command", "nl.regioregister.query", "nl.regioregister.standalone"},
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                        classes = {CommandSideApplication.class, QuerySideApplication.class})})
public class StandaloneApplication {

    /** Reads the configuration of both sides, then {@code standalone.yml}, which overrides them. */
    public static final String CONFIGURATIE =
            CommandSideApplication.CONFIGURATIE + "," + QuerySideApplication.CONFIGURATIE + ",standalone";

    public static SpringApplicationBuilder builder() {
        // A register of government decisions does not phone home: no update check by the framework.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        return new SpringApplicationBuilder(StandaloneApplication.class)
                .properties("spring.config.name=" + CONFIGURATIE);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
