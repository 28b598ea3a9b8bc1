package dev.entente.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredEventIndexProcessorTest {

    private static final String ANNOTATION = """
            package dev.entente.domain.shared;
            import java.lang.annotation.*;
            @Retention(RetentionPolicy.RUNTIME)
            @Target(ElementType.TYPE)
            public @interface StoredEvent {
                String name();
                String revision() default "1";
            }
            """;

    @TempDir
    Path output;

    @Test
    void writes_one_line_per_stored_event_sorted_by_name_with_the_default_revision_and_binary_names()
            throws IOException {
        Compilation compiled = compile(Map.of(
                "dev.entente.domain.shared.StoredEvent", ANNOTATION,
                "example.Planted", """
                        package example;
                        @dev.entente.domain.shared.StoredEvent(name = "garden.planted")
                        public record Planted(String what) {}
                        """,
                "example.Garden", """
                        package example;
                        import dev.entente.domain.shared.StoredEvent;
                        public final class Garden {
                            @StoredEvent(name = "garden.harvested", revision = "3")
                            public record Harvested(String what) {}
                            public record NotStored(String what) {}
                        }
                        """));

        assertThat(compiled.succeeded()).as(compiled.diagnostics()).isTrue();
        assertThat(Files.readString(output.resolve(StoredEventIndexProcessor.INDEX), StandardCharsets.UTF_8))
                .isEqualTo("garden.harvested\t3\texample.Garden$Harvested\ngarden.planted\t1\texample.Planted\n");
    }

    @Test
    void refuses_a_stored_name_taken_twice() {
        Compilation compiled = compile(Map.of(
                "dev.entente.domain.shared.StoredEvent", ANNOTATION,
                "example.One", """
                        package example;
                        @dev.entente.domain.shared.StoredEvent(name = "garden.planted")
                        public record One(String what) {}
                        """,
                "example.Two", """
                        package example;
                        @dev.entente.domain.shared.StoredEvent(name = "garden.planted", revision = "2")
                        public record Two(String what) {}
                        """));

        assertThat(compiled.succeeded()).isFalse();
        assertThat(compiled.diagnostics()).contains("The stored name 'garden.planted' is taken twice")
                .contains("example.One").contains("example.Two");
    }

    @Test
    void writes_no_index_for_a_compilation_without_stored_events() {
        Compilation compiled = compile(Map.of("example.Plain", """
                package example;
                public record Plain(String what) {}
                """));

        assertThat(compiled.succeeded()).as(compiled.diagnostics()).isTrue();
        assertThat(output.resolve(StoredEventIndexProcessor.INDEX)).doesNotExist();
        assertThat(output.resolve("example/Plain.class")).exists();
    }

    private record Compilation(boolean succeeded, String diagnostics) {
    }

    private Compilation compile(Map<String, String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null,
                StandardCharsets.UTF_8)) {
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((name, text) -> units.add(new Source(name, text)));
            JavaCompiler.CompilationTask task = compiler.getTask(new StringWriter(), files, diagnostics,
                    List.of("-implicit:none"), null, units);
            task.setProcessors(List.of(new StoredEventIndexProcessor()));
            boolean succeeded = task.call();
            StringBuilder text = new StringBuilder();
            diagnostics.getDiagnostics().forEach(d -> text.append(d.getMessage(null)).append('\n'));
            return new Compilation(succeeded, text.toString());
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String text;

        Source(String className, String text) {
            super(java.net.URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension),
                    Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
