package nl.regioregister.query.dashboard;

import nl.regioregister.query.platform.Aanvrager;
import nl.regioregister.query.platform.Dashboardtoegang;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in to the dashboard, so that the page offers what the role may read, and the token its forms (sign-in,
 * sign-out) must carry. Not part of the public API (it is not under {@code /v1}); every figure on the dashboard comes
 * from the public query API and its live streams.
 */
@RestController
class DashboardController {

    record Sessie(String gebruikersnaam, String rol, String organisatie, Formuliersleutel formuliersleutel) {
    }

    /** The CSRF token and the form field it goes in; a same-origin read only, the page is static HTML. */
    record Formuliersleutel(String veld, String waarde) {
        static Formuliersleutel van(CsrfToken token) {
            // none when asked with the API's own credentials: there is no session and no form then
            return token == null ? null : new Formuliersleutel(token.getParameterName(), token.getToken());
        }
    }

    @GetMapping("/dashboard/sessie")
    Sessie sessie(Authentication login, CsrfToken token) {
        Aanvrager aanvrager = Aanvrager.uit(login);
        return new Sessie(aanvrager.naam(), aanvrager.rol(), aanvrager.organisatie(), Formuliersleutel.van(token));
    }

    @GetMapping(Dashboardtoegang.FORMULIERSLEUTEL)
    Formuliersleutel formuliersleutel(CsrfToken token) {
        return Formuliersleutel.van(token);
    }
}
