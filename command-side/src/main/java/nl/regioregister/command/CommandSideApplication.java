package nl.regioregister.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The command side: accepts decisions, checks their rules and records them as events. */
@SpringBootApplication
public class CommandSideApplication {

    /** Its configuration is {@code command-side.yml}, so that it can share a classpath with the query side. */
    public static final String CONFIGURATIE = "command-side";

    public static SpringApplicationBuilder builder() {
        // A register of government decisions does not phone home: no update check by the framework.
        System.setProperty("axoniq.update-checker.disabled",
                System.getProperty("axoniq.update-checker.disabled", "true"));
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties("spring.config.name=" + CONFIGURATIE);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
