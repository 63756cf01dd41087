package nl.regioregister.command.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.regioregister.command.kamer.RegistreerMotie;
import nl.regioregister.command.kamer.VerzetToezeggingstermijn;
import nl.regioregister.command.regio.BenoemRijksvertegenwoordiger;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The object of a decision is found as Axon's own resolver finds it, with the same answers and the same refusals, on
 * every way a command can name it: a method of a record, a method inherited from an interface, a field, a version
 * beside it, none at all. The version of {@code If-Match} in the metadata goes before the command's own.
 */
class BesluitDoelTest {

    private final BesluitDoel doel = new BesluitDoel();
    private final AnnotationCommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    interface MetDoel {
        @TargetAggregateIdentifier
        String doel();
    }

    record Geerfd(String regio) implements MetDoel {
        @Override
        public String doel() {
            return "agenda:" + regio;
        }
    }

    static final class MetVeld {
        @TargetAggregateIdentifier
        private final Object id;

        MetVeld(Object id) {
            this.id = id;
        }
    }

    record MetVersie(@TargetAggregateIdentifier String id, @TargetAggregateVersion Object versie) {
    }

    record ZonderDoel(String id) {
    }

    record FoutBijHetDoel(String id) {
        @TargetAggregateIdentifier
        public String doel() {
            throw new IllegalStateException("geen doel");
        }
    }

    static Stream<Object> besluiten() {
        return Stream.of(
                new RegistreerMotie("29 697, nr. 169", "Motie", List.of("Flach"), LocalDate.of(2025, 3, 5)),
                new VerzetToezeggingstermijn("T-1", LocalDate.of(2026, 1, 1), "De brief wacht"),
                new BenoemRijksvertegenwoordiger("achterhoek", "J. de Vries", "DG", null),
                new Geerfd("twente"),
                new MetVeld("veld-1"),
                new MetVeld(42L),
                new MetVersie("v-1", 7),
                new MetVersie("v-2", "8"),
                new MetVersie("v-3", null),
                new MetVersie("v-4", "acht"),
                new MetVersie(null, 3),
                new MetVeld(null),
                new ZonderDoel("z-1"),
                new FoutBijHetDoel("f-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("besluiten")
    void hetzelfde_doel_of_dezelfde_weigering_als_axon(Object besluit) {
        for (int keer = 0; keer < 2; keer++) { // the second time from what was remembered of the class
            CommandMessage<?> bericht = GenericCommandMessage.asCommandMessage(besluit);
            Throwable verwacht = catchThrowable(() -> axon.resolveTarget(bericht));
            Throwable gekregen = catchThrowable(() -> doel.resolveTarget(bericht));
            if (verwacht == null) {
                assertThat(gekregen).isNull();
                assertThat(doel.resolveTarget(bericht)).isEqualTo(axon.resolveTarget(bericht));
            } else {
                assertThat(gekregen).isInstanceOf(verwacht.getClass()).hasMessage(verwacht.getMessage());
            }
        }
    }

    @Test
    void de_versie_van_if_match_gaat_voor_die_van_het_besluit() {
        CommandMessage<?> bericht = GenericCommandMessage.asCommandMessage(new MetVersie("v-1", 7))
                .andMetaData(Map.of(BesluitDoel.VERWACHTE_VERSIE, 12L));

        VersionedAggregateIdentifier gevonden = doel.resolveTarget(bericht);

        assertThat(gevonden.getIdentifierValue()).isEqualTo("v-1");
        assertThat(gevonden.getVersion()).isEqualTo(12L);
    }

    @Test
    void zonder_if_match_geen_verwachte_versie() {
        VersionedAggregateIdentifier gevonden = doel.resolveTarget(GenericCommandMessage.asCommandMessage(
                new RegistreerMotie("29697-169", "Motie", List.of("Flach"), LocalDate.of(2025, 3, 5))));

        assertThat(gevonden.getIdentifier()).isEqualTo("motie:29697-169");
        assertThat(gevonden.getVersion()).isNull();
    }
}
