package dev.entente.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.adapters.cli.CrashDriver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Event logs as {@code entente export} writes them, mutated (lines dropped, cut short, duplicated, swapped; bytes
 * flipped; fields of a line and of its payload changed) and imported with {@code entente import}: the exit code is
 * 0, 1 or 2, never 3; no exception escapes; a refusal names the line and a code and leaves no event behind; an
 * imported log can be read back whole by the engine, and a log that lost, gained or moved lines is refused.
 */
class EventLogFuzzTest {

    /** Odd values for the fields of an event line: those of the chronicles, and unknown names and revisions. */
    static final List<String> ODD_VALUES = Stream.concat(Json.ODD_VALUES.stream(),
            Stream.of("\"99\"", "\"visit.no-such-event\"", "\"Visit\"", "\"visit:someone-else\"", "\"not-a-date\"",
                    "\"2024-07-11T10:00:00Z\"")).toList();

    record Case(String mutation, int at, int other, String odd) {
    }

    private static Path work;
    private static List<String> lines;
    private static Path emptyStore;
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    @BeforeContainer
    static void exportTheExamples() throws IOException {
        work = Files.createTempDirectory("entente-fuzz-logs-");
        Path store = work.resolve("source-store");
        List<String> apply = new ArrayList<>(List.of("apply"));
        for (String example : List.of(ChronicleFuzzTest.REFERENCE, "france-germany-2019-2024.json")) {
            try (InputStream in = EventLogFuzzTest.class.getResourceAsStream("/examples/" + example)) {
                apply.add(Files.write(work.resolve(example), in.readAllBytes()).toString());
            }
        }
        apply.addAll(List.of("--store", store.toString()));
        assertThat(InProcess.run(apply.toArray(String[]::new)).exitCode()).isZero();
        Path log = work.resolve("history.jsonl");
        InProcess.Result export = InProcess.run("export", "-o", log.toString(), "--store", store.toString());
        assertThat(export.exitCode()).as("%s", export).isZero();
        lines = Files.readAllLines(log, StandardCharsets.UTF_8);

        // An existing store without events: the header alone, imported.
        Path header = Files.writeString(work.resolve("header.jsonl"), lines.get(0) + "\n");
        emptyStore = work.resolve("empty-store");
        InProcess.Result empty = InProcess.run("import", header.toString(), "--store", emptyStore.toString());
        assertThat(empty.exitCode()).as("%s", empty).isZero();
    }

    @AfterContainer
    static void report() {
        String summary = String.format("%nEvent log fuzzing: %d cases run, %d refused, %d imported%n", TRIED.get(),
                REFUSED.get(), TRIED.get() - REFUSED.get());
        Fuzzing.report(summary);
        Dirs.deleteWhatCanBe(work);
    }

    @Property
    void lines_dropped_cut_duplicated_or_swapped_are_refused(@ForAll("lineMutations") Case mutation) {
        InProcess.Result result = check(mutation);
        assertThat(result.exitCode()).as("a log whose lines were changed (%s) must be refused: %s", mutation, result)
                .isNotZero();
    }

    @Property
    void bytes_flipped(@ForAll("byteMutations") Case mutation) {
        check(mutation);
    }

    @Property
    void fields_and_payloads_changed(@ForAll("fieldMutations") Case mutation) {
        check(mutation);
    }

    /** A refused import into a store that exists (without events) leaves its files byte for byte as they were. */
    @Example
    void a_refused_import_leaves_an_existing_empty_store_as_it_was() throws IOException {
        Path store = Dirs.copy(emptyStore, work.resolve("refused-into-empty"));
        Map<String, String> before = Dirs.fingerprint(store);
        List<String> gap = new ArrayList<>(lines);
        gap.remove(2);
        Path log = Files.write(work.resolve("gap.jsonl"), String.join("\n", gap).concat("\n")
                .getBytes(StandardCharsets.UTF_8));
        InProcess.Result result = InProcess.run("import", log.toString(), "--store", store.toString());
        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(Dirs.fingerprint(store)).as("the store's files after the refusal").isEqualTo(before);
    }

    /** Found by {@link #fields_and_payloads_changed}: an unknown stored event name is imported, and cannot be read. */
    @Example
    void found_an_unknown_event_name_is_imported() {
        check(firstEvent("name", "\"visit.no-such-event\""));
    }

    /** Found by {@link #fields_and_payloads_changed}: a date the domain refuses is imported, and cannot be read. */
    @Example
    void found_a_date_that_is_no_date_is_imported() {
        check(firstEvent("payload.plannedFrom", "\"soon\""));
    }

    /** Found by {@link #fields_and_payloads_changed}: an unassigned country is imported, and cannot be read. */
    @Example
    void found_an_unknown_country_is_imported() {
        check(firstEvent("payload.host", "\"XX\""));
    }

    /** Issue 7: a log cut exactly at a line boundary (its last event gone) must be refused. */
    @Example
    void found_a_log_without_its_last_line_is_imported() {
        InProcess.Result result = check(new Case("drop-line", lines.size() - 1, 0, "null"));
        assertThat(result.exitCode()).as("a log without its last line must be refused: %s", result).isNotZero();
    }

    /** A case that replaces one field of the first event line ({@code payload.x} for a payload field). */
    private static Case firstEvent(String path, String value) {
        JsonNode event = Json.parse(lines.get(1));
        List<Json.Slot> slots = Json.slots(List.of(event));
        String[] names = path.split("\\.");
        JsonNode container = names.length == 1 ? event : event.get(names[0]);
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).container() == container && names[names.length - 1].equals(slots.get(i).field())) {
                return new Case("replace-field", 0, i, value);
            }
        }
        throw new IllegalArgumentException("No field " + path + " in " + lines.get(1));
    }

    @Provide
    Arbitrary<Case> lineMutations() {
        return cases("drop-line", "truncate", "duplicate-line", "swap-lines");
    }

    @Provide
    Arbitrary<Case> byteMutations() {
        return cases("flip-byte");
    }

    @Provide
    Arbitrary<Case> fieldMutations() {
        return cases("replace-field", "remove-field");
    }

    private static Arbitrary<Case> cases(String... mutations) {
        return Combinators.combine(Arbitraries.of(mutations), Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(0, 1_000_000), Arbitraries.of(ODD_VALUES)).as(Case::new);
    }

    /** Imports the mutated log into a new store and checks what the command did; returns what it did. */
    static InProcess.Result check(Case mutation) {
        TRIED.incrementAndGet();
        Path directory = work.resolve("case-" + TRIED.get());
        try {
            Path store = directory.resolve("store");
            Path log = Files.write(Files.createDirectories(directory).resolve("history.jsonl"), mutate(mutation));
            InProcess.Result result = InProcess.run(ChronicleFuzzTest.FUZZ_TIMEOUT, "import", log.toString(),
                    "--store", store.toString());
            assertThat(result.timedOut()).as("the command ended by itself: %s", result).isFalse();
            assertThat(result.escaped()).as("an exception escaped Main.run: %s", result).isNull();
            assertThat(result.exitCode()).as("the exit code: %s", result).isIn(0, 1, 2);
            if (result.exitCode() != 0) {
                REFUSED.incrementAndGet();
                assertThat(Refusals.whatIsMissing(result.err())).as("%s", result).isNull();
                assertThat(StoreInspection.counts(store)).as("what a refused import left: %s", result)
                        .isEqualTo(StoreInspection.Counts.NONE);
            } else {
                long stored = StoreInspection.counts(store).events();
                long read;
                try {
                    read = CrashDriver.engineEventCount(store.toString());
                } catch (RuntimeException e) {
                    throw new AssertionError("The import (" + mutation + ") was accepted, but the engine cannot "
                            + "read what it wrote: " + e + "\n" + result, e);
                }
                assertThat(read).as("events the engine reads of the %d stored", stored).isEqualTo(stored);
                assertThat(StoreInspection.problems(store)).as("integrity after the import").isEmpty();
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Dirs.delete(directory);
        }
    }

    /** The mutated log. */
    static byte[] mutate(Case mutation) {
        List<String> mutated = new ArrayList<>(lines);
        int at = mutation.at() % mutated.size();
        int other = mutation.other() % mutated.size();
        switch (mutation.mutation()) {
            case "drop-line" -> mutated.remove(at);
            case "duplicate-line" -> mutated.add(other, mutated.get(at));
            case "swap-lines" -> {
                if (at == other) {
                    other = (at + 1) % mutated.size();
                }
                Collections.swap(mutated, at, other);
            }
            case "truncate", "flip-byte" -> {
                byte[] bytes = (String.join("\n", mutated) + "\n").getBytes(StandardCharsets.UTF_8);
                int position = mutation.at() % bytes.length;
                if (mutation.mutation().equals("truncate")) {
                    // Cut anywhere short of the whole file: in a line, or exactly at a line's end.
                    byte[] cut = new byte[position];
                    System.arraycopy(bytes, 0, cut, 0, position);
                    return cut;
                }
                bytes[position] ^= (byte) (1 << (mutation.other() % 8));
                return bytes;
            }
            default -> {
                int line = 1 + mutation.at() % (mutated.size() - 1);
                JsonNode event = Json.parse(mutated.get(line));
                List<Json.Slot> slots = Json.slots(List.of(event));
                Json.Slot slot = slots.get(mutation.other() % slots.size());
                if (mutation.mutation().equals("remove-field")) {
                    slot.remove();
                } else {
                    slot.replace(Json.raw(mutation.odd()));
                }
                mutated.set(line, Json.write(event, null, false));
            }
        }
        return (String.join("\n", mutated) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
