package nl.regioregister.query.contract;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param basisUrl the public base URL of the register's API (without trailing slash), from which the stable URLs of
 *                 the schemas and the AsyncAPI document are formed, e.g. {@code https://regioregister.example.nl}.
 *                 Empty: the URL the request came in on (honouring {@code X-Forwarded-*}), so that a service
 *                 on any port or behind any proxy names its own schemas.
 */
@ConfigurationProperties("regioregister.contract")
public record ContractInstellingen(String basisUrl) {

    public ContractInstellingen {
        basisUrl = basisUrl == null || basisUrl.isBlank() ? null : basisUrl.strip().replaceAll("/+$", "");
    }
}
