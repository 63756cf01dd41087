package nl.regioregister.query.dashboard;

import nl.regioregister.query.platform.Aanvrager;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in to the dashboard, so that the page offers what the role may read. Not part of the public API (it
 * is not under {@code /v1}); every figure on the dashboard comes from the public query API and its live streams.
 */
@RestController
class DashboardController {

    record Sessie(String gebruikersnaam, String rol, String organisatie) {
    }

    @GetMapping("/dashboard/sessie")
    Sessie sessie(Authentication login) {
        Aanvrager aanvrager = Aanvrager.uit(login);
        return new Sessie(aanvrager.naam(), aanvrager.rol(), aanvrager.organisatie());
    }
}
