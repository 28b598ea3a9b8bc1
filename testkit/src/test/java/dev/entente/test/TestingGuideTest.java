package dev.entente.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * docs/testing.md shows test classes that a user copies; the same classes are compiled and run here, under
 * src/test/java/example. This test keeps the page and the classes identical, and the rule example under 20 lines.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TestingGuideTest {

    private static final Path GUIDE = Path.of("../docs/testing.md");
    private static final Path EXAMPLES = Path.of("src/test/java/example");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("\\bclass (\\w+)");

    @Test
    void every_java_example_on_the_page_is_a_class_this_build_compiles_and_runs() throws Exception {
        List<String> blocks = javaBlocks();

        assertThat(blocks).hasSize(2);
        for (String block : blocks) {
            Matcher name = CLASS_NAME.matcher(block);
            assertThat(name.find()).as("a class in %s", block).isTrue();
            assertThat(Files.readString(EXAMPLES.resolve(name.group(1) + ".java"))).isEqualTo(block);
        }
    }

    @Test
    void the_rule_example_takes_fewer_than_twenty_lines() throws Exception {
        String rule = javaBlocks().get(0);

        assertThat(rule).contains("thenViolates(");
        assertThat(rule.lines().count()).isLessThan(20);
    }

    private static List<String> javaBlocks() throws Exception {
        Matcher block = JAVA_BLOCK.matcher(Files.readString(GUIDE));
        List<String> blocks = new ArrayList<>();
        while (block.find()) {
            blocks.add(block.group(1));
        }
        return blocks;
    }
}
