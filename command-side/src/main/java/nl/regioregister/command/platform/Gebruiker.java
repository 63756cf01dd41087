package nl.regioregister.command.platform;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A user of the register as configured under {@code regioregister.gebruikers}: a role and the organisation on whose
 * behalf they act (BZK, a department, or a region id).
 */
public record Gebruiker(String gebruikersnaam, String wachtwoord, String rol, String organisatie) {

    static final String ROL_PREFIX = "ROLE_";
    static final String ORGANISATIE_PREFIX = "ORGANISATIE_";

    List<GrantedAuthority> autorisaties() {
        return List.of(new SimpleGrantedAuthority(ROL_PREFIX + rol),
                new SimpleGrantedAuthority(ORGANISATIE_PREFIX + organisatie));
    }

    public static Gebruiker uit(Authentication authentication) {
        String rol = waarde(authentication, ROL_PREFIX);
        String organisatie = waarde(authentication, ORGANISATIE_PREFIX);
        return new Gebruiker(authentication.getName(), null, rol, organisatie);
    }

    private static String waarde(Authentication authentication, String prefix) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .findFirst()
                .orElse("ONBEKEND");
    }
}
