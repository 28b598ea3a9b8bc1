package dev.entente.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The command line speaks to the engine through Entente's own API: it checks a chronicle, applies it and asks its
 * questions without handling any Axon type, so that what the framework does stays behind the application.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommandLineArchitectureTest {

    private static final String CLI = "dev.entente.adapters.cli..";
    private static JavaClasses commandLine;

    @BeforeAll
    static void importClasses() {
        commandLine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.entente.adapters.cli");
    }

    @Test
    void the_rule_below_sees_the_real_command_line() {
        assertThat(commandLine.that(JavaClass.Predicates.resideInAPackage(CLI)))
                .extracting(JavaClass::getSimpleName)
                .contains("Main", "ApplyCommand", "ImportCommand", "Session", "Store");
    }

    @Test
    void the_command_line_uses_no_axon_type() {
        noClasses().that().resideInAPackage(CLI)
                .should().dependOnClassesThat().resideInAPackage("org.axonframework..")
                .check(commandLine);
    }
}
