package nl.regioregister.query.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The errors no handler of the register sees get the register's problem+json too: an exception that escaped, an
 * error the servlet container or the security filters answered (an encoded {@code /} or NUL in the path, a TRACE,
 * a URL or header larger than the connector reads), instead of a whitelabel or Tomcat HTML page.
 * <p>
 * An auto-configuration so that, where both sides' identical copies are on the classpath, one applies.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnMissingBean(name = "regioregisterStrikteInvoer")
public class Foutpagina {

    private static final Logger LOG = LoggerFactory.getLogger(Foutpagina.class);

    /** Strict input for every request: one strict reader also in the standalone run. */
    @Bean
    @ConditionalOnMissingBean(name = "regioregisterStrikteInvoer")
    WebMvcConfigurer regioregisterStrikteInvoer(BeanFactory beans) {
        return new StrikteInvoer(beans);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProbleemFout probleemFout() {
        return new ProbleemFout();
    }

    /**
     * Maps {@code /error} to the problem answer. Registered here rather than by a {@code @RestController}
     * annotation, which would make the class a bean of its own beside the condition above.
     */
    @Bean
    SmartInitializingSingleton probleemFoutpad(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping,
            ObjectProvider<ProbleemFout> fout, @Value("${server.error.path:${error.path:/error}}") String pad) {
        return () -> fout.ifAvailable(handler -> {
            try {
                mapping.registerMapping(RequestMappingInfo.paths(pad)
                                .options(mapping.getBuilderConfiguration()).build(), handler,
                        ProbleemFout.class.getDeclaredMethod("fout", HttpServletRequest.class));
            } catch (NoSuchMethodException onmogelijk) {
                throw new IllegalStateException(onmogelijk);
            }
        });
    }

    @Bean
    @ConditionalOnClass(StandardHost.class)
    @ConditionalOnMissingBean(name = "probleemValveInTomcat")
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> probleemValveInTomcat() {
        return tomcat -> tomcat.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                zetValve(host);
            }
        });
    }

    /** The security filters' refusal of a malformed request (encoded slash, NUL, TRACE) as a problem. */
    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler probleemBijGeweigerdVerzoek(ObjectMapper json) {
        return (request, response, geweigerd) -> {
            LOG.info("Verzoek geweigerd door de firewall: {} {}", request.getMethod(), geweigerd.getMessage());
            int status = "TRACE".equalsIgnoreCase(request.getMethod()) ? 405 : 400;
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Probleemvorm.voorStatus(status));
        };
    }

    /** Replaces Tomcat's HTML error report, also the one Spring Boot adds to hide server details. */
    private static void zetValve(StandardHost host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new ProbleemValve());
        host.setErrorReportValveClass(ProbleemValve.class.getName());
    }

    /** {@code /error}: where the servlet container sends an error that no handler answered. */
    public static class ProbleemFout implements ErrorController {

        @ResponseBody
        public ResponseEntity<ProblemDetail> fout(HttpServletRequest request) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer getal ? getal : HttpStatus.INTERNAL_SERVER_ERROR.value();
            // an exception that got here is logged once, with its trace, by the servlet container
            ProblemDetail problem = Probleemvorm.voorStatus(status);
            if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String pad) {
                problem.setInstance(URI.create(pad.replaceAll("[^A-Za-z0-9/._~-]", "_")));
            }
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }

    /**
     * Tomcat's own error report, for what it refuses before the application sees it (a malformed path, a request
     * line or header beyond its limits): problem+json instead of an HTML page.
     */
    public static class ProbleemValve extends ErrorReportValve {

        private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                Writer uit = response.getReporter();
                if (uit != null) {
                    uit.write(JSON.writeValueAsString(Probleemvorm.voorStatus(status)));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException nietTeSchrijven) {
                // the client is gone or the response was committed: nothing more to tell it
            }
        }
    }
}
