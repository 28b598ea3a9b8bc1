package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs the {@code entente} command in this JVM through {@link Main#run(String...)}, with System.out and System.err
 * swapped for buffers while it runs; and the helpers the command line tests share. The streams are global, so the
 * tests that use this must not run in parallel (JUnit runs them one at a time unless told otherwise).
 */
final class Cli {

    static final String REFERENCE = "azerbaijan-pakistan-2024.json";
    static final String FRANCE_GERMANY = "france-germany-2019-2024.json";

    /** The reference relationship on 2024-07-13 as `entente state` prints it, in the demo and on its own. */
    static final List<String> STATE_AFTER_THE_VISIT = List.of(
            "Azerbaijan–Pakistan (AZ-PK) on 2024-07-13",
            "  Diplomatic relations   established, since 1992-06-09",
            "  Recognitions           Pakistan recognised Azerbaijan (1991-12-12)",
            "  Partnership            strategic partnership, since 2024-07-12, last affirmed 2024-07-12",
            "  Declared support       Pakistan supports Azerbaijan's position on Karabakh (2024-07-13)",
            "                         Azerbaijan supports Pakistan's position on Kashmir (2024-07-13)",
            "  Pledges                Azerbaijan pledged investment in mutually beneficial projects ($2 billion, an "
                    + "initial figure) (2024-07-11)",
            "  Agreements             10: 3 signed, 7 in force",
            "  In force by sector     economy 1, energy 1, mining 1, education 1, culture 1, justice 1, "
                    + "consular affairs 1",
            "  Visits                 1 took place: state visit 1; by head of state 1",
            "  Last high-level visit  Ilham Aliyev (head of state, AZ) in Pakistan, state visit, 2024-07-11 to "
                    + "2024-07-12",
            "                         guest-arrived: note: Sources disagree on where the guest landed: the reports "
                    + "of 11 July place the arrival at Nur Khan Airbase, the seed article at Islamabad International "
                    + "Airport.",
            "                         guest-arrived: also claimed: place Islamabad International Airport (Azernews, "
                    + "2024-07-13)");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** What a run of the command did: its exit code and everything it printed. */
    record Result(int exitCode, String out, String err) {

        List<String> outLines() {
            return out.lines().toList();
        }

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("The output is not JSON: " + out, e);
            }
        }

        /** The output read as CSV with a header row: one map per data row. */
        List<Map<String, String>> csv() {
            CsvMapper mapper = new CsvMapper();
            try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(out)) {
                return rows.readAll();
            } catch (IOException e) {
                throw new AssertionError("The output is not CSV: " + out, e);
            }
        }

        /** The header row of CSV output. */
        String csvHeader() {
            return out.lines().findFirst().orElse("");
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs {@code entente args…} and returns what it did. */
    static Result run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode;
        try (PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            try {
                exitCode = Main.run(args);
            } finally {
                capturedOut.flush();
                capturedErr.flush();
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
        }
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the command and asserts that it exited 0. */
    static Result ok(String... args) {
        Result result = run(args);
        assertThat(result.exitCode()).as("exit code of entente %s\n%s", String.join(" ", args), result).isZero();
        return result;
    }

    /** An example chronicle, as packaged with the command (the module copies examples/ into its resources). */
    static Path example(String name) {
        URL url = Cli.class.getResource("/examples/" + name);
        assertThat(url).as("the example %s on the class path", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code directory}, by relative path, with the SHA-256 of its bytes; directories too. */
    static Map<String, String> fingerprint(Path directory) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.toList()) {
                String name = directory.relativize(path).toString();
                files.put(name, Files.isDirectory(path) ? "directory" : sha256(Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a directory tree (a closed store) to a new place. */
    static Path copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** The 1-based line and column ({@code line:column}) of the first occurrence of {@code needle}, in characters. */
    static String locate(String content, String needle) {
        int at = content.indexOf(needle);
        assertThat(at).as("'%s' in the chronicle", needle).isNotNegative();
        long line = content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = at - content.lastIndexOf('\n', at - 1);
        return line + ":" + column;
    }

    /** The lines after {@code heading} up to the next {@code == … ==} heading, without trailing blank lines. */
    static List<String> section(List<String> lines, String heading) {
        int start = lines.indexOf(heading);
        assertThat(start).as("the heading '%s' in\n%s", heading, String.join("\n", lines)).isNotNegative();
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).startsWith("== ")) {
            end++;
        }
        List<String> section = lines.subList(start + 1, end);
        int last = section.size();
        while (last > 0 && section.get(last - 1).isBlank()) {
            last--;
        }
        return List.copyOf(section.subList(0, last));
    }
}
