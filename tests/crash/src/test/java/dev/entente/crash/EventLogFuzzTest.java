package dev.entente.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entente.adapters.cli.EngineAccess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Event logs as {@code entente export} writes them (format 2), mutated (lines dropped, cut short, duplicated,
 * swapped; bytes flipped; fields of a line and of its payload changed) and imported with {@code entente import}: the
 * exit code is 0, 1 or 2, never 3; no exception escapes; a refusal names the line and a code and leaves no event
 * behind; an imported log is read back whole by the engine and passes {@code entente check}; a log that lost,
 * gained or moved lines behind its end marker's back is refused. Cases are drawn from a seeded generator (see
 * {@link Fuzzing}).
 *
 * <p>Most changes to a line are <em>resealed</em>: the end marker's counts and SHA-256 are computed again for the
 * changed lines, so that the change reaches the check of each event rather than always the checksum; the others
 * keep the marker stale, which must be refused by it.
 */
class EventLogFuzzTest {

    /** Odd values for the fields of an event line: those of the chronicles, and unknown names and revisions. */
    static final List<String> ODD_VALUES = Stream.concat(Json.ODD_VALUES.stream(),
            Stream.of("\"99\"", "\"visit.no-such-event\"", "\"Visit\"", "\"visit:someone-else\"", "\"not-a-date\"",
                    "\"2024-07-11T10:00:00Z\"")).toList();

    /**
     * A mutation, the numbers that say where (taken modulo the log's size), and whether the end marker is computed
     * again for the changed lines ({@code sealed}) or left as it was.
     */
    record Case(String mutation, int at, int other, String odd, boolean sealed) {

        @Override
        public String toString() {
            return mutation + " at " + at + "/" + other + (mutation.equals("replace-field") ? " by "
                    + ChronicleFuzzTest.abridged(odd, 40) : "") + (sealed ? ", resealed" : ", marker stale");
        }
    }

    private static Path work;
    private static List<String> lines;
    private static Path emptyStore;
    static final AtomicInteger TRIED = new AtomicInteger();
    static final AtomicInteger REFUSED = new AtomicInteger();

    @BeforeAll
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
        assertThat(lines.get(lines.size() - 1)).as("the end marker").startsWith("{\"end\":");
        assertThat(seal(List.copyOf(lines))).as("the marker as this suite computes it").isEqualTo(lines);

        // An existing store without events: a log of no events, imported.
        Path empty = Files.write(work.resolve("empty.jsonl"), text(seal(List.of(lines.get(0),
                lines.get(lines.size() - 1)))));
        emptyStore = work.resolve("empty-store");
        InProcess.Result imported = InProcess.run("import", empty.toString(), "--store", emptyStore.toString());
        assertThat(imported.exitCode()).as("%s", imported).isZero();
    }

    @AfterAll
    static void report() {
        String summary = String.format("%nEvent log fuzzing: %d cases run, %d refused, %d imported%n", TRIED.get(),
                REFUSED.get(), TRIED.get() - REFUSED.get());
        Fuzzing.report("eventlogs", summary);
        Dirs.deleteWhatCanBe(work);
    }

    @TestFactory
    Stream<DynamicTest> lines_dropped_cut_duplicated_or_swapped_are_refused() {
        return Fuzzing.cases("log-lines", 1, random -> draw(random, false, "drop-line", "truncate",
                "duplicate-line", "swap-lines"), mutation -> {
            InProcess.Result result = check(mutation);
            assertThat(result.exitCode()).as("a log whose lines were changed (%s) must be refused: %s", mutation,
                    result).isNotZero();
        });
    }

    @TestFactory
    Stream<DynamicTest> lines_dropped_duplicated_or_swapped_and_resealed() {
        return Fuzzing.cases("log-lines-resealed", 1, random -> draw(random, true, "drop-line",
                "duplicate-line", "swap-lines"), EventLogFuzzTest::check);
    }

    @TestFactory
    Stream<DynamicTest> bytes_flipped() {
        return Fuzzing.cases("log-bytes", 1, random -> draw(random, false, "flip-byte"),
                EventLogFuzzTest::check);
    }

    @TestFactory
    Stream<DynamicTest> fields_and_payloads_changed() {
        // Three in four resealed, so that most reach the check of each event.
        return Fuzzing.cases("log-fields", 2, random -> draw(random, random.nextInt(4) > 0,
                "replace-field", "remove-field"), EventLogFuzzTest::check);
    }

    /** A refused import into a store that exists (without events) leaves its files byte for byte as they were. */
    @Test
    void a_refused_import_leaves_an_existing_empty_store_as_it_was() throws IOException {
        Path store = Dirs.copy(emptyStore, work.resolve("refused-into-empty"));
        Map<String, String> before = Dirs.fingerprint(store);
        List<String> gap = new ArrayList<>(lines);
        gap.remove(2);
        Path log = Files.write(work.resolve("gap.jsonl"), text(seal(gap)));
        InProcess.Result result = InProcess.run("import", log.toString(), "--store", store.toString());
        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(Refusals.whatIsMissing(result.err())).as("%s", result).isNull();
        assertThat(Dirs.fingerprint(store)).as("the store's files after the refusal").isEqualTo(before);
    }

    /** Found by {@link #fields_and_payloads_changed}: an unknown stored event name was imported, and unreadable. */
    @Test
    void found_an_unknown_event_name_is_imported() {
        assertRefused(check(firstEvent("name", "\"visit.no-such-event\"")), "eventlog.unknown-event");
    }

    /** Found by {@link #fields_and_payloads_changed}: a date the domain refuses was imported, and unreadable. */
    @Test
    void found_a_date_that_is_no_date_is_imported() {
        assertRefused(check(firstEvent("payload.plannedFrom", "\"soon\"")), "eventlog.invalid-payload");
    }

    /** Found by {@link #fields_and_payloads_changed}: an unassigned country was imported, and unreadable. */
    @Test
    void found_an_unknown_country_is_imported() {
        assertRefused(check(firstEvent("payload.host", "\"XX\"")), "eventlog.invalid-payload");
    }

    /** Issue 7: a log cut exactly at a line boundary (its last line gone) was imported; format 2 misses its marker. */
    @Test
    void found_a_log_without_its_last_line_is_imported() {
        assertRefused(check(new Case("drop-line", lines.size() - 1, 0, "null", false)), "eventlog.truncated");
    }

    /** A log without its last event, the marker computed again: the event's command counts one event too many. */
    @Test
    void a_log_without_its_last_event_and_a_marker_to_match_is_refused() {
        int lastEvent = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"eventId\":")) {
                lastEvent = i;
            }
        }
        // A resealed case counts its lines from the first after the header.
        assertRefused(check(new Case("drop-line", lastEvent - 1, 0, "null", true)), "eventlog.command-mismatch");
    }

    /**
     * Found by {@link #fields_and_payloads_changed}: an applied command without its count of events (as recorded
     * before Entente kept counts) was imported, and then read back as counting 0 events, so {@code entente check}
     * found the imported store damaged ({@code check.command-events}): the JDBC command log asked
     * {@code wasNull()} of the wrong column. Such a log imports, and the store is whole.
     */
    @Test
    void found_an_applied_command_without_its_count_reads_back_as_none() {
        int line = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"command\":") && !lines.get(i).contains("\"aggregateId\":null")) {
                line = i;
                break;
            }
        }
        List<Json.Slot> slots = Json.slots(List.of(Json.parse(lines.get(line))));
        int events = 0;
        while (!"events".equals(slots.get(events).field())) {
            events++;
        }
        InProcess.Result result = check(new Case("replace-field", line - 1, events, "null", true));
        assertThat(result.exitCode()).as("%s", result).isZero();
    }

    private static void assertRefused(InProcess.Result result, String code) {
        assertThat(result.exitCode()).as("%s", result).isEqualTo(2);
        assertThat(result.err()).as("%s", result).contains("[" + code + "]");
    }

    /** A case of one of {@code mutations}. */
    private static Case draw(Random random, boolean sealed, String... mutations) {
        return new Case(Fuzzing.oneOf(random, mutations), random.nextInt(1_000_000), random.nextInt(1_000_000),
                ODD_VALUES.get(random.nextInt(ODD_VALUES.size())), sealed);
    }

    /** A resealed case that replaces one field of the first event line ({@code payload.x} for a payload field). */
    private static Case firstEvent(String path, String value) {
        JsonNode event = Json.parse(lines.get(1));
        List<Json.Slot> slots = Json.slots(List.of(event));
        String[] names = path.split("\\.");
        JsonNode container = names.length == 1 ? event : event.get(names[0]);
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).container() == container && names[names.length - 1].equals(slots.get(i).field())) {
                return new Case("replace-field", 0, i, value, true);
            }
        }
        throw new IllegalArgumentException("No field " + path + " in " + lines.get(1));
    }

    /** Imports the mutated log into a new store and checks what the command did; returns what it did. */
    static InProcess.Result check(Case mutation) {
        TRIED.incrementAndGet();
        Path directory = work.resolve("case-" + TRIED.get());
        try {
            Path store = directory.resolve("store");
            byte[] mutated = mutate(mutation);
            Path log = Files.write(Files.createDirectories(directory).resolve("history.jsonl"), mutated);
            InProcess.Result result = InProcess.run(Fuzzing.COMMAND_TIMEOUT, "import", log.toString(),
                    "--store", store.toString());
            String changed = firstChange(mutated);
            assertThat(result.timedOut()).as("the command ended by itself: %s\n%s", result, changed).isFalse();
            assertThat(result.escaped()).as("an exception escaped Main.run: %s\n%s", result, changed).isNull();
            assertThat(result.exitCode()).as("the exit code: %s\n%s", result, changed).isIn(0, 1, 2);
            if (result.exitCode() != 0) {
                REFUSED.incrementAndGet();
                assertThat(Refusals.whatIsMissing(result.err())).as("%s", result).isNull();
                if (mutation.sealed()) {
                    assertThat(result.err()).as("a resealed log is refused for what was changed, not its checksum: %s",
                            result).doesNotContain("[eventlog.checksum-mismatch]");
                }
                assertThat(StoreInspection.counts(store)).as("what a refused import left: %s", result)
                        .isEqualTo(StoreInspection.Counts.NONE);
            } else {
                long stored = StoreInspection.counts(store).events();
                long read;
                try {
                    read = EngineAccess.eventCount(store.toString());
                } catch (RuntimeException e) {
                    throw new AssertionError("The import (" + mutation + ") was accepted, but the engine cannot "
                            + "read what it wrote: " + e + "\n" + result, e);
                }
                assertThat(read).as("events the engine reads of the %d stored", stored).isEqualTo(stored);
                assertThat(Integrity.problems(store)).as("integrity after the import: %s", result).isEmpty();
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
        int size = mutated.size();
        // A resealed line mutation moves the lines between the header and the end marker; a stale one, any line.
        int first = mutation.sealed() ? 1 : 0;
        int span = mutation.sealed() ? size - 2 : size;
        int at = first + mutation.at() % span;
        int other = first + mutation.other() % span;
        switch (mutation.mutation()) {
            case "drop-line" -> mutated.remove(at);
            case "duplicate-line" -> mutated.add(other, mutated.get(at));
            case "swap-lines" -> {
                if (at == other) {
                    other = first + (other - first + 1) % span;
                }
                Collections.swap(mutated, at, other);
            }
            case "truncate", "flip-byte" -> {
                byte[] bytes = text(mutated);
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
                // Any line but the header: an event, an applied command, or the end marker (never resealed).
                int line = 1 + mutation.at() % (size - 1);
                JsonNode node = Json.parse(mutated.get(line));
                List<Json.Slot> slots = Json.slots(List.of(node));
                Json.Slot slot = slots.get(mutation.other() % slots.size());
                if (mutation.mutation().equals("remove-field")) {
                    slot.remove();
                } else {
                    slot.replace(Json.raw(mutation.odd()));
                }
                mutated.set(line, Json.write(node, null, false));
                if (line == size - 1) {
                    return text(mutated);
                }
            }
        }
        return text(mutation.sealed() ? seal(mutated) : mutated);
    }

    /** The first line of the mutated log that differs from the exported one, to say in a failure what changed. */
    private static String firstChange(byte[] mutated) {
        List<String> now = new String(mutated, StandardCharsets.UTF_8).lines().toList();
        for (int i = 0; i < Math.max(now.size(), lines.size()); i++) {
            String was = i < lines.size() ? lines.get(i) : "(none)";
            String is = i < now.size() ? now.get(i) : "(none)";
            if (!was.equals(is)) {
                return "line " + (i + 1) + " was " + ChronicleFuzzTest.abridged(was, 600) + "\n  and is now "
                        + ChronicleFuzzTest.abridged(is, 600);
            }
        }
        return "no line changed";
    }

    /**
     * The lines with their last one, the end marker, computed again for the lines before it: as many events and
     * applied commands as there are (a line is an applied command when its first field is {@code command}, as the
     * reader tells them), and the SHA-256 of every line before it, each with its {@code \n}.
     */
    static List<String> seal(List<String> log) {
        List<String> before = log.subList(0, log.size() - 1);
        ObjectNode marker = (ObjectNode) Json.parse(log.get(log.size() - 1));
        long commands = before.stream().skip(1).filter(line -> "command".equals(firstField(line))).count();
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String line : before) {
            sha256.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        marker.put("events", before.size() - 1 - commands).put("commands", commands)
                .put("sha256", HexFormat.of().formatHex(sha256.digest()));
        List<String> sealed = new ArrayList<>(before);
        sealed.add(Json.write(marker, null, false));
        return sealed;
    }

    /** The name of a line's first field; null when it does not start as a JSON object with a field. */
    private static String firstField(String line) {
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(line)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    ? parser.currentName() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The lines as a file: each with its {@code \n}. */
    static byte[] text(List<String> log) {
        return (String.join("\n", log) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
