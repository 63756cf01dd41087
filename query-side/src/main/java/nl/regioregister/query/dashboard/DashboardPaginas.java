package nl.regioregister.query.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The dashboard is plain HTML, CSS and JavaScript under {@code static/dashboard}, served as it is: no build step.
 * Its address without a file name opens the overview.
 */
@Configuration(proxyBeanMethods = false)
class DashboardPaginas implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/dashboard", "/dashboard/");
        registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
    }
}
