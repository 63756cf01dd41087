package nl.regioregister.proef;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An endpoint with a bug, for tests of what the register answers when something unexpected fails. */
@RestController
public class FalendeController {

    public static final String PAD = "/v1/proef/onverwachte-fout";

    @GetMapping(PAD)
    String faal() {
        throw new IllegalStateException("java.lang.IllegalStateException in nl.regioregister.proef: geheim");
    }
}
