package dev.entente.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet of the README and of {@code docs/} compiles against the published modules, so that what a user
 * copies from the documentation is what the code accepts. A snippet that is a whole program (it starts with its
 * imports) is compiled as it is; a fragment is compiled in a method that declares the few names the documents leave
 * to the reader's program ({@code engine}; {@code storage} and {@code emptyStorage}, each a {@code JdbcStorage}, as the
 * event log's page says; {@code source}), with Entente's packages imported. {@code docs/testing.md} is left to
 * {@code TestingGuideTest}, and {@code docs/extending.md} to {@code ExtendingGuideTest}, which compile and run their
 * examples with the test kit, which this module does not depend on.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DocSnippetsTest {

    private static final Path ROOT = Path.of("..", "..");
    private static final String OPENING = "```java\n";
    private static final List<String> PACKAGES = List.of("dev.entente.application", "dev.entente.application.batch",
            "dev.entente.application.query", "dev.entente.adapters.json.chronicle", "dev.entente.adapters.jdbc",
            "dev.entente.adapters.jdbc.eventlog", "dev.entente.domain.agreement", "dev.entente.domain.relationship",
            "dev.entente.domain.shared", "dev.entente.domain.visit", "dev.entente.embedded", "java.io", "java.nio.file",
            "java.time", "java.util");

    @TempDir
    Path directory;

    @TestFactory
    Stream<DynamicTest> every_java_snippet_of_the_readme_and_the_docs_compiles() throws IOException {
        return snippets().stream().map(snippet -> DynamicTest.dynamicTest(snippet.where(), () -> compile(snippet)));
    }

    @Test
    void the_documents_hold_java_snippets_to_compile() throws IOException {
        assertThat(snippets()).extracting(Snippet::file).contains("README.md", "docs/chronicle-format.md",
                "docs/event-log-format.md");
    }

    private void compile(Snippet snippet) throws IOException {
        String name = "Snippet" + Math.abs(snippet.where().hashCode());
        String source;
        if (snippet.code().startsWith("import ") || snippet.code().startsWith("package ")) {
            name = snippet.code().replaceAll("(?s).*public class (\\w+).*", "$1");
            source = snippet.code();
        } else {
            StringBuilder wrapped = new StringBuilder();
            PACKAGES.forEach(pkg -> wrapped.append("import ").append(pkg).append(".*;\n"));
            wrapped.append("class ").append(name).append(" {\n")
                    .append("    void snippet(EntenteEngine engine, JdbcStorage storage, JdbcStorage emptyStorage,")
                    .append(" Source source) throws Exception {\n").append(snippet.code()).append("\n    }\n}\n");
            source = wrapped.toString();
        }
        Path folder = Files.createDirectories(directory.resolve(name));
        Path file = folder.resolve(name + ".java");
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = compiler.run(null, diagnostics, diagnostics, "-d", folder.toString(), "-cp",
                System.getProperty("java.class.path"), file.toString());
        assertThat(compiled).as("the snippet at %s compiles:%n%s%n%s", snippet.where(), source, diagnostics)
                .isZero();
    }

    private static List<Snippet> snippets() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md"))
                    .filter(path -> !List.of("testing.md", "extending.md").contains(path.getFileName().toString()))
                    .sorted().forEach(documents::add);
        }
        List<Snippet> snippets = new ArrayList<>();
        for (Path document : documents) {
            String text = Files.readString(document);
            String file = ROOT.relativize(document).toString().replace('\\', '/');
            for (int start = text.indexOf(OPENING); start >= 0; start = text.indexOf(OPENING, start)) {
                int line = (int) text.substring(0, start).lines().count() + 1;
                start += OPENING.length();
                int end = text.indexOf("```", start);
                snippets.add(new Snippet(file, file + ":" + line, text.substring(start, end).stripTrailing()));
                start = end + 3;
            }
        }
        return snippets;
    }

    private record Snippet(String file, String where, String code) {
    }
}
