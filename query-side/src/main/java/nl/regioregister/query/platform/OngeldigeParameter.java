package nl.regioregister.query.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request parameters or body fields with values the endpoint does not accept; answered as 400 naming each. */
public class OngeldigeParameter extends RuntimeException {

    private final Map<String, String> fouten;

    public OngeldigeParameter(String parameter, String reden) {
        this(Map.of(parameter, reden));
    }

    /** @param fouten per parameter or field, the reason; in the order they are to be reported */
    public OngeldigeParameter(Map<String, String> fouten) {
        super(String.join("; ", fouten.values()));
        this.fouten = new LinkedHashMap<>(fouten);
    }

    public Map<String, String> fouten() {
        return fouten;
    }
}
