package nl.regioregister.query.contract;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public base URL of the service that serves the contract: the configured one when set (one setting shared by
 * every deployment, see docker-compose.yml), otherwise the scheme, host and port the request came in on. Outside a
 * request (a webhook delivery) without a configured URL, the service's own local address.
 */
@Component
public class BasisUrl {

    private final ContractInstellingen instellingen;
    private final Environment omgeving;

    public BasisUrl(ContractInstellingen instellingen, Environment omgeving) {
        this.instellingen = instellingen;
        this.omgeving = omgeving;
    }

    public String huidige() {
        if (instellingen.basisUrl() != null) {
            return instellingen.basisUrl();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes verzoek) {
            return ServletUriComponentsBuilder.fromContextPath(verzoek.getRequest())
                    .replacePath(verzoek.getRequest().getContextPath()).replaceQuery(null)
                    .build().toUriString().replaceAll("/+$", "");
        }
        return "http://localhost:" + omgeving.getProperty("local.server.port",
                omgeving.getProperty("server.port", "8080"));
    }
}
