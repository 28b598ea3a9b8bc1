package dev.entente.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.agreement.AgreementRule;
import dev.entente.domain.meeting.MeetingRule;
import dev.entente.domain.relationship.RelationshipRule;
import dev.entente.domain.shared.Rule;
import dev.entente.domain.visit.VisitRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A rule without a test is not done: every rule constant must be the subject of at least one
 * {@code violates(XRule.NAME)} expectation in this module's tests.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleCoverageTest {

    private static final List<Class<? extends Enum<? extends Rule>>> RULE_SETS =
            List.of(VisitRule.class, AgreementRule.class, RelationshipRule.class, MeetingRule.class);

    @Test
    void every_rule_is_refused_in_at_least_one_test() throws IOException {
        String tests = allTestSources();
        List<String> untested = new ArrayList<>();
        for (Class<? extends Enum<? extends Rule>> rules : RULE_SETS) {
            for (Enum<? extends Rule> rule : rules.getEnumConstants()) {
                String expectation = "violates(" + rules.getSimpleName() + "." + rule.name() + ")";
                if (!tests.contains(expectation)) {
                    untested.add(expectation);
                }
            }
        }
        assertThat(untested).as("rules that no test refuses").isEmpty();
    }

    @Test
    void every_rule_has_a_unique_code_named_after_its_aggregate() {
        Set<String> codes = new HashSet<>();
        for (Class<? extends Enum<? extends Rule>> rules : RULE_SETS) {
            String prefix = rules.getSimpleName().replace("Rule", "").toLowerCase() + ".";
            for (Enum<? extends Rule> rule : rules.getEnumConstants()) {
                String code = ((Rule) rule).code();
                assertThat(code).startsWith(prefix).matches("[a-z]+\\.[a-z]+(-[a-z0-9]+)*");
                assertThat(codes.add(code)).as("code %s is used twice", code).isTrue();
            }
        }
        assertThat(codes).hasSizeGreaterThan(40);
    }

    private static String allTestSources() throws IOException {
        Path root = Path.of("src", "test", "java");
        assertThat(root).as("tests run from the domain module's directory").isDirectory();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> file.toString().endsWith("Test.java"))
                    .filter(file -> !file.endsWith("RuleCoverageTest.java"))
                    .forEach(file -> {
                        try {
                            all.append(Files.readString(file));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
        return all.toString();
    }
}
