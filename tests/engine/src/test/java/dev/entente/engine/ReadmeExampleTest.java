package dev.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding example of the README, a whole program with its imports, compiled and run as it is written there. */
class ReadmeExampleTest {

    private static final String MARKER = "<!-- readme-example -->";
    @TempDir
    Path directory;

    @Test
    void the_embedding_example_compiles_and_runs_and_shows_the_visit() throws IOException, InterruptedException {
        // The README shows a whole program, imports included: it is compiled exactly as written there.
        String example = exampleFromReadme();
        assertThat(example).startsWith("import ").contains("public class Relations {");
        Path file = directory.resolve("Relations.java");
        Files.writeString(file, example + "\n");
        String classPath = System.getProperty("java.class.path");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = compiler.run(null, diagnostics, diagnostics, "-d", directory.toString(), "-cp", classPath,
                file.toString());
        assertThat(compiled).as("compilation of the README's example:%n%s", diagnostics).isZero();

        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", directory + File.pathSeparator + classPath, "Relations")
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as("exit code, output:%n%s", output).isZero();
        assertThat(output).contains("VisitSummary[id=aliyev-pakistan-2024").contains("arrivedOn=2024-07-11");
        assertThat(directory.resolve("relations").resolve("entente.db")).exists();
    }

    private static String exampleFromReadme() throws IOException {
        String readme = Files.readString(Path.of("..", "..", "README.md"));
        int marker = readme.indexOf(MARKER);
        assertThat(marker).as("the README marks its embedding example with " + MARKER).isNotNegative();
        int start = readme.indexOf("```java\n", marker) + "```java\n".length();
        int end = readme.indexOf("```", start);
        return readme.substring(start, end).stripTrailing();
    }
}
