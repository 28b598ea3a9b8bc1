package dev.entente.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.entente.domain.agreement.Agreement;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.visit.Visit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The domain depends on nothing but the JDK and Axon's modelling API, reads no clock and makes no random ids. Every
 * rule here must select real classes: ArchUnit fails a rule whose subject is empty, and the first test checks that
 * the import found the domain at all.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DomainArchitectureTest {

    private static final String DOMAIN = "dev.entente.domain..";
    private static JavaClasses entente;

    @BeforeAll
    static void importClasses() {
        entente = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.entente");
    }

    @Test
    void the_rules_below_see_the_real_domain() {
        assertThat(entente.that(JavaClass.Predicates.resideInAPackage(DOMAIN)))
                .extracting(c -> c.getPackageName())
                .contains("dev.entente.domain.visit", "dev.entente.domain.agreement",
                        "dev.entente.domain.relationship", "dev.entente.domain.shared");
        assertThat(entente.contain(Visit.class)).isTrue();
        assertThat(entente.contain(Agreement.class)).isTrue();
        assertThat(entente.contain(Relationship.class)).isTrue();
    }

    @Test
    void the_domain_depends_on_no_serialization_storage_or_command_line_library() {
        ArchRule rule = noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fasterxml.jackson..", "tools.jackson..", "java.sql..", "javax.sql..", "picocli..",
                        "org.h2..", "org.postgresql..", "com.thoughtworks.xstream..");
        rule.check(entente);
    }

    @Test
    void the_domain_depends_on_neither_the_application_nor_the_adapters() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("dev.entente.application..", "dev.entente.adapters..")
                .check(entente);
    }

    /** And {@code @Revision}, which marks the shape of the aggregates' snapshots. */
    @Test
    void the_domain_uses_only_the_jdk_and_axons_modelling_api() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                        "java..", DOMAIN,
                        "org.axonframework.modelling.command..",
                        "org.axonframework.eventsourcing",
                        "org.axonframework.commandhandling")
                        .or(JavaClass.Predicates.equivalentTo(Revision.class)))
                .check(entente);
    }

    @Test
    void the_domain_reads_no_clock_and_makes_no_random_ids() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(UUID.class, "randomUUID")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.util.Random.class)
                .check(entente);
    }

    @Test
    void aggregates_refer_to_each_other_by_id_only() {
        for (Class<?> aggregate : List.of(Visit.class, Agreement.class, Relationship.class)) {
            fields().that().areDeclaredInClassesThat().areAssignableTo(aggregate)
                    .should().notHaveRawType(Visit.class)
                    .andShould().notHaveRawType(Agreement.class)
                    .andShould().notHaveRawType(Relationship.class)
                    .check(entente);
        }
    }

    @Test
    void commands_and_events_are_records() {
        classes().that().resideInAPackage(DOMAIN)
                .and().implement(dev.entente.domain.shared.Fact.class)
                .and().areNotInterfaces()
                .should().beRecords()
                .check(entente);
    }
}
