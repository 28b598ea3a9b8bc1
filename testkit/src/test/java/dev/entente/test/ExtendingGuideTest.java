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
 * docs/extending.md shows the classes of an application's own aggregate, its registration and its tests; the same
 * classes are compiled and run here, under src/test/java/example/exchange. This test keeps the page and the classes
 * identical.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExtendingGuideTest {

    private static final Path GUIDE = Path.of("../docs/extending.md");
    private static final Path EXAMPLES = Path.of("src/test/java/example/exchange");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TYPE_NAME = Pattern.compile("^public (?:sealed |final )*(?:class|interface) (\\w+)|"
            + "^class (\\w+)", Pattern.MULTILINE);

    @Test
    void every_java_example_on_the_page_is_a_file_this_build_compiles_and_runs() throws Exception {
        List<String> blocks = javaBlocks();

        assertThat(blocks).hasSize(6);
        List<String> shown = new ArrayList<>();
        for (String block : blocks) {
            Matcher name = TYPE_NAME.matcher(block);
            assertThat(name.find()).as("a top-level type in %s", block).isTrue();
            String type = name.group(1) != null ? name.group(1) : name.group(2);
            shown.add(type);
            assertThat(Files.readString(EXAMPLES.resolve(type + ".java"))).isEqualTo(block);
        }
        try (var files = Files.list(EXAMPLES)) {
            assertThat(files.map(file -> file.getFileName().toString().replace(".java", "")))
                    .containsExactlyInAnyOrderElementsOf(shown);
        }
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
