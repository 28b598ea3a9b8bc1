package dev.entente.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DependencyVersionsTest {

    @Test
    void an_older_version_than_entente_was_built_with_is_named_with_the_fix() {
        assertThat(DependencyVersions.downgraded("Jackson", "2.21.4", "2.19.2")).hasValueSatisfying(warning ->
                assertThat(warning).contains("Jackson 2.19.2").contains("2.21.4").contains("entente-bom"));
        assertThat(DependencyVersions.downgraded("Jackson", "2.21.4", "2.21.3")).isPresent();
    }

    @Test
    void the_same_or_a_newer_version_is_fine() {
        assertThat(DependencyVersions.downgraded("Jackson", "2.21.4", "2.21.4")).isEmpty();
        assertThat(DependencyVersions.downgraded("Jackson", "2.21.4", "2.22.0")).isEmpty();
        assertThat(DependencyVersions.downgraded("Jackson", "2.21.4", "3.0.0-rc1")).isEmpty();
    }

    @Test
    void this_build_runs_the_jackson_entente_was_built_with() {
        // The starter's own classpath imports Boot's BOM after Entente's pins, as a user should: no downgrade.
        String built = DependencyVersions.required("jackson");

        assertThat(built).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(built);
    }
}
