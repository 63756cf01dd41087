package nl.regioregister.query.platform;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who asks: the user name, role and organisation of the login (authorities {@code ROLE_x}, {@code ORGANISATIE_x}). */
public record Aanvrager(String naam, String rol, String organisatie) {

    public static final String REGIO = "REGIO";

    public static Aanvrager uit(Authentication login) {
        return new Aanvrager(login.getName(), waarde(login, "ROLE_"), waarde(login, "ORGANISATIE_"));
    }

    /** A region's user; their organisation is the region id. */
    public boolean isRegio() {
        return REGIO.equals(rol);
    }

    private static String waarde(Authentication login, String prefix) {
        return login.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(prefix))
                .map(a -> a.substring(prefix.length()))
                .findFirst()
                .orElse(null);
    }
}
