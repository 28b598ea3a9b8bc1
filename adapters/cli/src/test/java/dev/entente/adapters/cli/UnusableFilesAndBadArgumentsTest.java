package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files the command cannot read or write are refused with the operating system's reason and exit code 2, and bad
 * arguments are refused before any store is opened: in every case not a byte of the store changes. The tests run as
 * root, whom permissions do not stop, so the files are made unusable by their shape: a directory where a file is
 * expected, a path under a regular file, a missing directory.
 */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UnusableFilesAndBadArgumentsTest {

    /** The reference chronicle applied once, the store closed; each test works on a copy. */
    @TempDir
    static Path populated;
    private static Path log;

    @TempDir
    Path directory;

    private Path store;
    private Map<String, String> before;
    private Path regularFile;

    @BeforeAll
    static void applyTheReferenceChronicle() {
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", populated.resolve("store").toString());
        log = populated.resolve("reference.jsonl");
        Cli.ok("export", "-o", log.toString(), "--store", populated.resolve("store").toString());
    }

    @BeforeEach
    void copyThePopulatedStore() {
        store = Cli.copy(populated.resolve("store"), directory.resolve("store"));
        before = Cli.fingerprint(store);
        regularFile = Cli.write(directory.resolve("notes.txt"), "not a directory\n");
    }

    /** Runs the command on the copy of the store; asserts exit 2, the message, and the store as it was. */
    private Cli.Result refused(String expected, String... args) {
        List<String> line = new ArrayList<>(List.of(args));
        line.add("--store");
        line.add(store.toString());
        Cli.Result result = Cli.run(line.toArray(String[]::new));
        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.err()).as("%s", result).contains(expected);
        assertThat(result.err()).as("no stack trace").doesNotContain("\tat ");
        assertThat(Cli.fingerprint(store)).as("every file of the store, byte for byte").isEqualTo(before);
        return result;
    }

    // --- input that cannot be read ----------------------------------------------------------------------------

    @Test
    void a_chronicle_that_is_a_directory_is_refused_with_the_systems_reason() throws IOException {
        Path folder = Files.createDirectory(directory.resolve("chronicle.json"));
        Cli.Result result = refused("entente: cannot read chronicle " + folder + ": Is a directory", "apply",
                folder.toString());
        assertThat(result.out()).doesNotContain("Applied");
    }

    @Test
    void a_chronicle_under_a_regular_file_is_refused_with_the_systems_reason() {
        Path under = regularFile.resolve("chronicle.json");
        refused("entente: cannot read chronicle " + under + ": Not a directory", "apply", under.toString());
    }

    @Test
    void every_chronicle_that_cannot_be_read_is_named_even_beside_a_good_one() throws IOException {
        Path missing = directory.resolve("missing.json");
        Path folder = Files.createDirectory(directory.resolve("folder.json"));
        Cli.Result result = refused("entente: cannot read chronicle " + missing + ": No such file or directory",
                "apply", Cli.example(Cli.REFERENCE).toString(), missing.toString(), folder.toString());
        assertThat(result.err().lines()).containsExactly(
                "entente: cannot read chronicle " + missing + ": No such file or directory",
                "entente: cannot read chronicle " + folder + ": Is a directory");
    }

    @Test
    void an_event_log_that_cannot_be_read_is_refused_before_a_new_store_is_created() throws IOException {
        Path fresh = directory.resolve("fresh");
        Path folder = Files.createDirectory(directory.resolve("log.jsonl"));
        for (Path unreadable : List.of(folder, regularFile.resolve("log.jsonl"), directory.resolve("no/log.jsonl"))) {
            Cli.Result result = Cli.run("import", unreadable.toString(), "--store", fresh.toString());
            assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
            assertThat(result.err()).startsWith("entente: cannot read event log " + unreadable + ": ");
            assertThat(fresh).doesNotExist();
        }
        assertThat(Cli.run("import", folder.toString(), "--store", fresh.toString()).err().strip())
                .isEqualTo("entente: cannot read event log " + folder + ": Is a directory");
        assertThat(Cli.run("import", regularFile.resolve("log.jsonl").toString(), "--store", fresh.toString()).err()
                .strip()).endsWith(": Not a directory");
        assertThat(Cli.run("import", directory.resolve("no/log.jsonl").toString(), "--store", fresh.toString()).err()
                .strip()).endsWith(": No such file or directory");
    }

    // --- output that cannot be written -------------------------------------------------------------------------

    @Test
    void an_output_that_is_a_directory_is_refused_and_left_as_it_was() throws IOException {
        Path folder = Files.createDirectory(directory.resolve("out.jsonl"));
        refused("entente: cannot write " + folder + ": Is a directory", "export", "-o", folder.toString());
        assertThat(folder).isEmptyDirectory();
        assertThat(names(directory)).containsExactlyInAnyOrder("store", "notes.txt", "out.jsonl");
    }

    @Test
    void an_output_under_a_regular_file_is_refused_with_the_systems_reason() {
        Path under = regularFile.resolve("out.jsonl");
        refused("entente: cannot write " + under + ": Not a directory", "export", "-o", under.toString());
        assertThat(Cli.read(regularFile)).isEqualTo("not a directory\n");
    }

    @Test
    void an_output_in_a_missing_directory_is_refused_and_the_directory_is_not_created() {
        Path nowhere = directory.resolve("missing").resolve("out.jsonl");
        refused("entente: cannot write " + nowhere + ": No such file or directory", "export", "-o",
                nowhere.toString());
        assertThat(nowhere.getParent()).doesNotExist();
    }

    @Test
    void an_export_leaves_exactly_the_file_it_names_and_replaces_an_older_one_whole() throws IOException {
        Path out = Cli.write(directory.resolve("out.jsonl"), "an older export, much shorter\n");
        Cli.ok("export", "-o", out.toString(), "--store", store.toString());
        assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(log));
        assertThat(names(directory)).as("no temporary file left beside it")
                .containsExactlyInAnyOrder("store", "notes.txt", "out.jsonl");
    }

    @Test
    void an_output_that_fails_half_way_is_refused_with_the_systems_reason_and_the_device_stays_a_device()
            throws IOException {
        // /dev/full opens, and refuses the first write, as a full disk would. The store has been opened by then (the
        // embedded store's opening is not this test's subject): its history is what must be unchanged.
        Cli.Result result = Cli.run("export", "-o", "/dev/full", "--store", store.toString());
        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("entente: cannot write /dev/full: No space left on device");
        assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
        Path again = directory.resolve("again.jsonl");
        Cli.ok("export", "-o", again.toString(), "--store", store.toString());
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(log));
    }

    @Test
    void an_output_that_is_a_device_is_written_to_not_replaced() {
        Cli.ok("export", "-o", "/dev/null", "--store", store.toString());
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThat(Path.of("/dev/null")).exists();
    }

    @Test
    void an_output_through_a_link_replaces_the_file_linked_to_and_keeps_the_link() throws IOException {
        Path real = Cli.write(directory.resolve("real.jsonl"), "older\n");
        Path link = Files.createSymbolicLink(directory.resolve("link.jsonl"), real);
        Cli.ok("export", "-o", link.toString(), "--store", store.toString());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(Files.readAllBytes(log));
    }

    // --- arguments: checked before any store is opened ---------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            timeline AZ PK --from 2024-08-01 --to 2024-07-01 | the timeline cannot run from 2024-08-01 back to 2024-07-01
            timeline AZ AZ                                   | dyad.same-country
            timeline AZ XX                                   | country.unknown
            timeline AZ PK --from 2024-02-30                 | 2024-02-30
            timeline AZ PK --format xml                      | --format takes text, json or csv, not 'xml'
            state AZ PK --as-of 2024-13-01                   | 2024-13-01
            state PK PK                                      | dyad.same-country
            state AZ XX                                      | country.unknown
            state AZ PK --format yaml                        | --format takes text, json or csv
            state AZ                                         | Missing required parameter
            visits AZ AZ                                     | dyad.same-country
            visits ZZ PK                                     | country.unknown
            visits AZ PK --format html                       | --format takes text, json or csv
            agreements --party XX                            | country.unknown
            agreements --sector gastronomy                   | gastronomy
            agreements --kind armistice                      | --kind takes one of
            agreements --status ratified                     | --status takes one of
            agreements --as-of yesterday                     | yesterday
            agreements --format pdf                          | --format takes text, json or csv
            replay --everything                              | Unknown option: '--everything'
            export --output                                  | Expected parameter for option '--output'
            """)
    void a_bad_argument_is_refused_and_the_store_is_not_touched(String command, String expected) {
        refused(expected, command.split(" "));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
