package nl.regioregister.query.platform;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * A service started without a database URL stops with one line naming the variable, instead of the framework's
 * advice about embedded databases and driver classes, which does not apply: the services use PostgreSQL only (the
 * standalone run starts its own when no URL is set, so this never applies there). Ordered before the framework's own
 * analysis of the same failure: the data source could not be created and no URL is set.
 * <p>
 * The command side and the query side each hold an identical copy of this class (see {@link Probleemvorm}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OntbrekendeDatabaseAnalyse extends AbstractFailureAnalyzer<BeanCreationException> {

    public static final String VARIABELE = "SPRING_DATASOURCE_URL";

    private final Environment omgeving;

    public OntbrekendeDatabaseAnalyse(Environment omgeving) {
        this.omgeving = omgeving;
    }

    @Override
    protected FailureAnalysis analyze(Throwable fout, BeanCreationException oorzaak) {
        String url = omgeving.getProperty("spring.datasource.url");
        if (url != null && !url.isBlank() || !gegevensbronOntbreekt(fout)) {
            return null;
        }
        return new FailureAnalysis(VARIABELE + ": niet ingesteld; zet de JDBC-URL van de PostgreSQL-database, "
                + "bijvoorbeeld jdbc:postgresql://db:5432/regioregister, met SPRING_DATASOURCE_USERNAME en "
                + "SPRING_DATASOURCE_PASSWORD (README \"Running the two services separately\")",
                "Zet " + VARIABELE + ".", fout);
    }

    private static boolean gegevensbronOntbreekt(Throwable fout) {
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            if (oorzaak instanceof BeanCreationException bean && "dataSource".equals(bean.getBeanName())) {
                return true;
            }
        }
        return false;
    }
}
