package dev.entente.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: adapters → application → domain. Each layer is checked to hold real classes first,
 * so that no rule passes on an empty selection.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LayersArchitectureTest {

    private static JavaClasses entente;

    @BeforeAll
    static void importClasses() {
        entente = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.entente");
    }

    @Test
    void every_layer_and_adapter_holds_classes() {
        for (String layer : new String[] {"dev.entente.domain..", "dev.entente.application..",
                "dev.entente.adapters.json..", "dev.entente.adapters.jdbc..", "dev.entente.embedded.."}) {
            assertThat(entente.that(JavaClass.Predicates.resideInAPackage(layer))).as(layer).isNotEmpty();
        }
    }

    @Test
    void adapters_depend_on_the_application_which_depends_on_the_domain_and_nothing_points_back() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy("dev.entente.domain..")
                .layer("Application").definedBy("dev.entente.application..")
                .layer("Adapters").definedBy("dev.entente.adapters..", "dev.entente.embedded..")
                .whereLayer("Adapters").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Adapters")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Adapters")
                .check(entente);
    }

    @Test
    void the_application_has_no_serialization_or_sql_library_of_its_own() {
        noClasses().that().resideInAPackage("dev.entente.application..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "java.sql..",
                        "javax.sql..", "org.h2..", "org.postgresql..", "com.zaxxer..", "picocli..")
                .check(entente);
    }

    @Test
    void the_json_adapter_knows_nothing_of_sql() {
        noClasses().that().resideInAPackage("dev.entente.adapters.json..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "dev.entente.adapters.jdbc..")
                .check(entente);
    }

    @Test
    void projections_and_read_models_read_no_clock_and_make_no_random_ids_so_that_replays_agree() {
        noClasses().that().resideInAnyPackage("dev.entente.application.projection..",
                        "dev.entente.application.readmodel..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.util.UUID.class, "randomUUID")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
                .check(entente);
    }

    @Test
    void event_handlers_live_in_the_application_and_only_project() {
        classes().that().containAnyMethodsThat(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates
                        .annotatedWith(EventHandler.class))
                .should().resideInAPackage("dev.entente.application..")
                .check(entente);
    }
}
