package nl.regioregister.command.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * springdoc names a request body's schema by the simple name of its class. Two bodies with the same simple name (a
 * {@code WijzigVerzoek} of one controller and of another) share one schema in the OpenAPI document, so one of the
 * two operations is documented with the other's body; every body therefore has a name of its own.
 */
class VerzoekschemanamenTest {

    @Test
    void elk_verzoek_heeft_een_eigen_schemanaam() {
        JavaClasses klassen = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.regioregister.command");
        Map<String, Set<String>> perNaam = new TreeMap<>();
        for (JavaClass klasse : klassen) {
            for (Method methode : klasse.reflect().getDeclaredMethods()) {
                for (Parameter parameter : methode.getParameters()) {
                    if (parameter.isAnnotationPresent(RequestBody.class)) {
                        perNaam.computeIfAbsent(parameter.getType().getSimpleName(), n -> new TreeSet<>())
                                .add(parameter.getType().getName());
                    }
                }
            }
        }
        assertThat(perNaam).as("verzoeken").hasSizeGreaterThan(40);
        assertThat(perNaam).allSatisfy((naam, soorten) -> assertThat(soorten).as(naam).hasSize(1));
    }
}
