package nl.regioregister.command.besluit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static nl.regioregister.command.Besluiten.door;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import nl.regioregister.command.agenda.DienPlanIn;
import nl.regioregister.command.agenda.GaInspanningsverplichtingAan;
import nl.regioregister.command.agenda.GeefAkkoordRijkOpPlan;
import nl.regioregister.command.agenda.MeldVoortgang;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Every decision operation names the decision it records, so that who may take it is checked before its body is
 * read; that early check refuses what the check on the decision itself would refuse for the kind of decision, and
 * lets through what only the content decides.
 */
class NeemtTest {

    private static Besluitvormer als(String rol, String organisatie) {
        return Besluitvormer.uit(door("iemand", rol, organisatie));
    }

    @Test
    void elke_besluitoperatie_noemt_het_besluit_dat_ze_vastlegt() {
        JavaClasses klassen = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.regioregister.command");
        methods().that().areAnnotatedWith(PostMapping.class).should().beAnnotatedWith(Neemt.class)
                .andShould(new ArchCondition<JavaMethod>("name a decision record") {
                    @Override
                    public void check(JavaMethod methode, ConditionEvents gebeurtenissen) {
                        Neemt neemt = methode.reflect().getAnnotation(Neemt.class);
                        boolean besluit = neemt != null && neemt.value().isRecord();
                        gebeurtenissen.add(new SimpleConditionEvent(methode, besluit,
                                methode.getFullName() + (besluit ? " neemt " + neemt.value().getName()
                                        : " noemt geen besluit")));
                    }
                })
                .check(klassen);
        assertThat(klassen.stream().flatMap(k -> k.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(PostMapping.class)).count()).isGreaterThan(50);
    }

    @Test
    void vooraf_weigert_wat_de_soort_van_het_besluit_uitsluit() {
        assertThatThrownBy(() -> Bevoegdheidscontrole.controleerVooraf(DienPlanIn.class, als("BZK", "BZK"),
                "achterhoek")).isInstanceOf(GeenBevoegdheid.class)
                .hasMessage("DienPlanIn is een besluit van de regio zelf");
        assertThatThrownBy(() -> Bevoegdheidscontrole.controleerVooraf(DienPlanIn.class, als("REGIO", "twente"),
                "achterhoek")).hasMessage("DienPlanIn is een besluit van de regio zelf");
        assertThatThrownBy(() -> Bevoegdheidscontrole.controleerVooraf(GeefAkkoordRijkOpPlan.class,
                als("REGIO", "achterhoek"), "achterhoek"))
                .hasMessage("GeefAkkoordRijkOpPlan is een besluit van het Rijk en vraagt de rol BZK");
        assertThatThrownBy(() -> Bevoegdheidscontrole.controleerVooraf(MeldVoortgang.class, als("AUDITOR", "ADR"),
                "achterhoek")).hasMessage("de rol AUDITOR neemt geen besluiten");
        assertThatThrownBy(() -> Bevoegdheidscontrole.controleerVooraf(MeldVoortgang.class, als("REGIO", "twente"),
                "achterhoek")).hasMessage("een regio besluit alleen voor de eigen regio");
        assertThatThrownBy(() -> Bevoegdheidscontrole.controleerVooraf(GeefAkkoordRijkOpPlan.class,
                als("DEPARTEMENT", "LVVN"), "achterhoek")).isInstanceOf(GeenBevoegdheid.class)
                .hasMessage("de rol DEPARTEMENT legt alleen de eigen inspanningsverplichtingen vast, niet "
                        + "GeefAkkoordRijkOpPlan");
    }

    @Test
    void vooraf_laat_door_wat_pas_de_inhoud_beslist() {
        assertThatCode(() -> Bevoegdheidscontrole.controleerVooraf(DienPlanIn.class, als("REGIO", "achterhoek"),
                "achterhoek")).doesNotThrowAnyException();
        assertThatCode(() -> Bevoegdheidscontrole.controleerVooraf(MeldVoortgang.class, als("BZK", "BZK"),
                "achterhoek")).doesNotThrowAnyException();
        assertThatCode(() -> Bevoegdheidscontrole.controleerVooraf(GaInspanningsverplichtingAan.class,
                als("DEPARTEMENT", "LVVN"), "achterhoek")).doesNotThrowAnyException();
    }
}
