package nl.regioregister.standalone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of CQRS, and what aggregates and events may use. Rules on empty sets fail. */
class ArchitectuurTest {

    private static JavaClasses regioregister;

    @BeforeAll
    static void importeer() {
        regioregister = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.regioregister");
    }

    @Test
    void de_command_side_hangt_niet_af_van_de_query_side() {
        noClasses().that().resideInAPackage("nl.regioregister.command..")
                .should().dependOnClassesThat().resideInAPackage("nl.regioregister.query..")
                .check(regioregister);
    }

    @Test
    void de_query_side_hangt_niet_af_van_de_command_side() {
        noClasses().that().resideInAPackage("nl.regioregister.query..")
                .should().dependOnClassesThat().resideInAPackage("nl.regioregister.command..")
                .check(regioregister);
    }

    @Test
    void shared_events_hangt_alleen_af_van_de_jdk_jackson_annotaties_en_axons_revision() {
        classes().that().resideInAPackage("nl.regioregister.events..")
                .should().onlyDependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("JDK, Jackson annotations, @Revision",
                                klasse -> klasse.getPackageName().startsWith("java.")
                                        || klasse.getPackageName().startsWith("nl.regioregister.events")
                                        || klasse.getPackageName().startsWith("com.fasterxml.jackson.annotation")
                                        || klasse.getName().equals("org.axonframework.serialization.Revision")
                                        || klasse.isPrimitive()
                                        || (klasse.isArray() && klasse.getBaseComponentType().isPrimitive())))
                .check(regioregister);
    }

    @Test
    void de_query_side_schrijft_nooit_gebeurtenissen_en_geeft_geen_commando() {
        noClasses().that().resideInAPackage("nl.regioregister.query..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.axonframework.commandhandling..", "org.axonframework.eventhandling.gateway..",
                        "org.axonframework.modelling.command..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.axonframework.eventsourcing.eventstore.EventStore")
                .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "writes to the event store or event bus",
                        aanroep -> java.util.Set.of("publish", "appendEvents", "storeSnapshot")
                                .contains(aanroep.getTarget().getName())
                                && aanroep.getTarget().getOwner().getPackageName().startsWith("org.axonframework")))
                .check(regioregister);
    }

    @Test
    void de_feed_het_contract_en_de_abonnementen_kennen_geen_afzonderlijke_gebeurtenissen() {
        noClasses().that().resideInAnyPackage("nl.regioregister.query.feed..", "nl.regioregister.query.contract..",
                        "nl.regioregister.query.abonnement..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a particular event class (they handle every event type alike)",
                        klasse -> klasse.getPackageName().startsWith("nl.regioregister.events")
                                && !klasse.getName().equals(nl.regioregister.events.EventType.class.getName())
                                && !klasse.getName().equals(nl.regioregister.events.BesluitMetadata.class.getName())))
                .check(regioregister);
    }

    @Test
    void aggregaten_kennen_geen_spring_jdbc_of_jpa() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..")
                .check(regioregister);
    }

    @Test
    void aggregaten_lezen_de_klok_niet_zelf() {
        noClasses().that().areAnnotatedWith(Aggregate.class)
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .check(regioregister);
    }

    @Test
    void gebeurtenissen_zijn_records_met_een_revisie_en_zonder_achtervoegsel() {
        classes().that().resideInAPackage("nl.regioregister.events..")
                .and().areRecords()
                .and(com.tngtech.archunit.base.DescribedPredicate.not(WAARDE_IN_EEN_GEBEURTENIS))
                .should().beAnnotatedWith(org.axonframework.serialization.Revision.class)
                .andShould().haveSimpleNameNotEndingWith("Event")
                .andShould().haveSimpleNameNotEndingWith("Gebeurtenis")
                .check(regioregister);
    }

    /** A record used inside another event record (a Periode, an Activiteit) is a value, not an event. */
    private static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass>
            WAARDE_IN_EEN_GEBEURTENIS = com.tngtech.archunit.base.DescribedPredicate.describe(
                    "values inside other event records",
                    klasse -> klasse.getDirectDependenciesToSelf().stream().anyMatch(afhankelijkheid ->
                            !afhankelijkheid.getOriginClass().equals(klasse)
                                    && afhankelijkheid.getOriginClass().isRecord()
                                    && afhankelijkheid.getOriginClass().getPackageName()
                                    .startsWith("nl.regioregister.events")));

    @Test
    void commandos_zijn_records_zonder_achtervoegsel() {
        classes().that().resideInAPackage("nl.regioregister.command..")
                .and().areNotInterfaces()
                .and().containAnyMembersThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "annotated with @TargetAggregateIdentifier",
                        lid -> lid.isAnnotatedWith(TargetAggregateIdentifier.class)))
                .should().beRecords()
                .andShould().haveSimpleNameNotEndingWith("Command")
                .check(regioregister);
    }
}
