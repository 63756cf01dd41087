package nl.regioregister.command.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import nl.regioregister.command.besluit.Besluitvormer;
import nl.regioregister.command.besluit.Bevoegdheidscontrole;
import nl.regioregister.command.besluit.GeenBevoegdheid;
import nl.regioregister.command.besluit.Neemt;
import nl.regioregister.command.besluit.Rol;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Authorisation before validation: before the body of a decision is read (and validated), the kind of decision the
 * operation records ({@link Neemt}), the user and the region in the path decide whether this user may take it at all.
 * A malformed request of someone without the right then gets 403, not 400. The complete check on the decision itself
 * ({@link Bevoegdheidscontrole}) follows as before.
 */
@Configuration(proxyBeanMethods = false)
class BevoegdheidVooraf implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod methode) || !methode.hasMethodAnnotation(Neemt.class)) {
            return true;
        }
        Authentication wie = SecurityContextHolder.getContext().getAuthentication();
        if (wie == null || wie instanceof AnonymousAuthenticationToken || !wie.isAuthenticated()) {
            return true;
        }
        Gebruiker gebruiker = Gebruiker.uit(wie);
        Rol rol = Arrays.stream(Rol.values()).filter(r -> r.name().equals(gebruiker.rol())).findFirst()
                .orElseThrow(() -> new GeenBevoegdheid("de rol " + gebruiker.rol() + " neemt geen besluiten"));
        Object variabelen = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String regioId = variabelen instanceof Map<?, ?> pad && pad.get("regioId") instanceof String id ? id : null;
        Bevoegdheidscontrole.controleerVooraf(methode.getMethodAnnotation(Neemt.class).value(),
                new Besluitvormer(gebruiker.gebruikersnaam(), rol, gebruiker.organisatie()), regioId);
        return true;
    }
}
