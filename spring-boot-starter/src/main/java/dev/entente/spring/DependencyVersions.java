package dev.entente.spring;

import com.fasterxml.jackson.core.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spots the silent downgrade Spring Boot's dependency management makes when its BOM comes before entente-bom: the
 * Jackson on the classpath is older than the one Entente was built and tested with. It warns rather than refuses,
 * because an older Jackson mostly works; the fix is in docs/spring-boot.md.
 */
final class DependencyVersions {

    private static final Logger LOG = LoggerFactory.getLogger(DependencyVersions.class);

    private DependencyVersions() {
    }

    static void warnIfDowngraded() {
        downgraded("Jackson", required("jackson"), com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .ifPresent(LOG::warn);
    }

    /** A warning when {@code actual} is older than {@code required}, in major.minor.patch order. */
    static Optional<String> downgraded(String library, String required, String actual) {
        if (parse(actual).compareTo(parse(required)) >= 0) {
            return Optional.empty();
        }
        return Optional.of(library + " " + actual + " is on the classpath, older than the " + required
                + " Entente was built with: import dev.entente:entente-bom before spring-boot-dependencies, or set "
                + "the version property (see docs/spring-boot.md)");
    }

    private static Version parse(String text) {
        String[] parts = text.split("[.-]");
        return new Version(number(parts, 0), number(parts, 1), number(parts, 2), null, null, null);
    }

    private static int number(String[] parts, int index) {
        if (index >= parts.length) {
            return 0;
        }
        try {
            return Integer.parseInt(parts[index]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The version of {@code key} Entente was built with. */
    static String required(String key) {
        Properties versions = new Properties();
        try (InputStream in = DependencyVersions.class.getResourceAsStream("versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the Entente starter");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions.getProperty(key);
    }
}
