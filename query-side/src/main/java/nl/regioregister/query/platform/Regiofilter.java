package nl.regioregister.query.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A filter on a region the register does not know is a typo, not a question with an empty answer: {@code regio}
 * (one id, or several separated by commas) must name registered regions, or the request is refused with 400 naming
 * the parameter. Known means registered in the event store, which is complete the moment a region is recorded,
 * so a region just registered is not refused while the views catch up. A value that is not even shaped like a region
 * id is left to the endpoint's own validation, which reports it together with its other violations.
 */
@Configuration(proxyBeanMethods = false)
class Regiofilter implements WebMvcConfigurer {

    static final String PARAMETER = "regio";
    private static final java.util.regex.Pattern REGIO_ID = java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String REGISTRATIE = "nl.regioregister.events.regio.RegioGeregistreerd";

    private final JdbcClient jdbc;

    Regiofilter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String[] waarden = request.getParameterValues(PARAMETER);
                if (waarden != null && handler instanceof HandlerMethod methode
                        && methode.getBeanType().getPackageName().startsWith("nl.regioregister.query")) {
                    controleer(waarden);
                }
                return true;
            }
        });
    }

    private void controleer(String[] waarden) {
        List<String> onbekend = new ArrayList<>();
        Arrays.stream(waarden).flatMap(waarde -> Arrays.stream(waarde.split(",")))
                .map(String::strip)
                .filter(regio -> REGIO_ID.matcher(regio).matches())
                .distinct()
                .filter(regio -> !bekend(regio))
                .forEach(onbekend::add);
        if (!onbekend.isEmpty()) {
            throw new OngeldigeInvoer(List.of(new OngeldigeInvoer.Schending(PARAMETER, "onbekend",
                    (onbekend.size() == 1 ? "deze regio is niet bekend: " : "deze regio's zijn niet bekend: ")
                            + String.join(", ", onbekend))));
        }
    }

    private boolean bekend(String regio) {
        return regio.length() <= 255 && jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM domainevententry
                                       WHERE aggregateidentifier = :regio AND payloadtype = :type)""")
                .param("regio", regio).param("type", REGISTRATIE)
                .query(Boolean.class).single();
    }
}
