package nl.regioregister.command.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Nothing fails after a decision is stored: whether the answer can be given in a form the client accepts is decided
 * before the command is sent, the way Spring MVC would decide it after the handler returned (the mapping's
 * {@code produces}, else what the message converters can write for the handler's return type). A client that
 * accepts none of those gets 406 and nothing is recorded. Headers are checked by {@link Besluitvorming} before it
 * sends the command, and the answer is a small record the same converters write.
 */
@Configuration(proxyBeanMethods = false)
class AntwoordVooraf implements WebMvcConfigurer {

    private final BeanFactory beans;

    AntwoordVooraf(BeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws HttpMediaTypeNotAcceptableException {
                if (handler instanceof HandlerMethod methode
                        && methode.getBeanType().getPackageName().startsWith("nl.regioregister.command")) {
                    controleer(request, methode);
                }
                return true;
            }
        });
    }

    private void controleer(HttpServletRequest request, HandlerMethod methode)
            throws HttpMediaTypeNotAcceptableException {
        List<MediaType> gevraagd = beans.getBean("mvcContentNegotiationManager", ContentNegotiationManager.class)
                .resolveMediaTypes(new ServletWebRequest(request));
        Collection<MediaType> leverbaar = leverbaar(request, methode);
        if (leverbaar.isEmpty()) {
            return;
        }
        for (MediaType vraag : gevraagd) {
            for (MediaType aanbod : leverbaar) {
                if (vraag.isCompatibleWith(aanbod)) {
                    return;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(new ArrayList<>(leverbaar));
    }

    @SuppressWarnings("unchecked")
    private Collection<MediaType> leverbaar(HttpServletRequest request, HandlerMethod methode) {
        if (request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) instanceof Set<?> vastgelegd
                && !vastgelegd.isEmpty()) {
            return (Set<MediaType>) vastgelegd;
        }
        ResolvableType antwoord = ResolvableType.forMethodReturnType(methode.getMethod());
        if (HttpEntity.class.isAssignableFrom(antwoord.toClass())) {
            antwoord = antwoord.as(HttpEntity.class).getGeneric(0);
        }
        Class<?> soort = antwoord.toClass();
        if (soort == void.class || soort == Void.class) {
            return List.of();
        }
        Set<MediaType> leverbaar = new LinkedHashSet<>();
        for (HttpMessageConverter<?> converter : beans.getBean("requestMappingHandlerAdapter",
                RequestMappingHandlerAdapter.class).getMessageConverters()) {
            if (converter.canWrite(soort, null)) {
                leverbaar.addAll(converter.getSupportedMediaTypes(soort));
            }
        }
        return leverbaar;
    }
}
