package dev.entente.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.entente.chronicles.GeneratedChronicle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Valid chronicles (the repository's examples and a generated one), mutated (bytes, members, values, order) and
 * applied with {@code entente apply} to a store holding the reference chronicle: the exit code is 0, 1 or 2, never
 * 3; no exception escapes; a refusal names a location and a code; a refused chronicle leaves the store's bytes as
 * they were; an applied one leaves a store that {@code entente check} finds whole. Cases are drawn from a seeded
 * generator (see {@link Fuzzing}).
 */
class ChronicleFuzzTest {

    static final String REFERENCE = "azerbaijan-pakistan-2024.json";

    /** A mutation: which input, what to do, and the numbers that say where (taken modulo the input's size). */
    record Case(String input, String mutation, int at, int other, String odd) {

        @Override
        public String toString() {
            return mutation + " of " + input + " at " + at + "/" + other
                    + (mutation.equals("replace-value") ? " by " + abridged(odd, 40) : "");
        }
    }

    private static Path work;
    private static Path referenceStore;
    private static Map<String, String> referenceBytes;
    private static final Map<String, byte[]> INPUTS = new LinkedHashMap<>();
    static final AtomicInteger TRIED = new AtomicInteger();
    static final AtomicInteger REFUSED = new AtomicInteger();

    @BeforeAll
    static void aStoreHoldingTheReferenceChronicle() throws IOException {
        work = Files.createTempDirectory("entente-fuzz-chronicles-");
        for (String example : List.of(REFERENCE, "france-germany-2019-2024.json")) {
            try (InputStream in = ChronicleFuzzTest.class.getResourceAsStream("/examples/" + example)) {
                assertThat(in).as("the example %s on the class path", example).isNotNull();
                INPUTS.put(example, in.readAllBytes());
            }
        }
        Path generated = GeneratedChronicle.write(work.resolve("generated.jsonl"), 60).file();
        INPUTS.put("generated.jsonl", Files.readAllBytes(generated));
        Path reference = work.resolve(REFERENCE);
        Files.write(reference, INPUTS.get(REFERENCE));
        referenceStore = work.resolve("reference-store");
        InProcess.Result applied = InProcess.run("apply", reference.toString(), "--store", referenceStore.toString());
        assertThat(applied.exitCode()).as("%s", applied).isZero();
        referenceBytes = Dirs.fingerprint(referenceStore);
    }

    @AfterAll
    static void report() {
        String summary = String.format("%nChronicle fuzzing: %d cases run, %d refused, %d applied%n", TRIED.get(),
                REFUSED.get(), TRIED.get() - REFUSED.get());
        Fuzzing.report("chronicles", summary);
        Dirs.deleteWhatCanBe(work);
    }

    @TestFactory
    Stream<DynamicTest> bytes_flipped_inserted_or_deleted() {
        return Fuzzing.cases("chronicle-bytes", 1, random -> draw(random, "flip-byte", "insert-byte",
                "delete-bytes"), ChronicleFuzzTest::check);
    }

    @TestFactory
    Stream<DynamicTest> members_removed_duplicated_or_renamed() {
        return Fuzzing.cases("chronicle-members", 1, random -> draw(random, "remove-member", "duplicate-member",
                "rename-member"), ChronicleFuzzTest::check);
    }

    @TestFactory
    Stream<DynamicTest> values_replaced_by_odd_values() {
        return Fuzzing.cases("chronicle-values", 1, random -> draw(random, "replace-value"),
                ChronicleFuzzTest::check);
    }

    @TestFactory
    Stream<DynamicTest> commands_reordered() {
        return Fuzzing.cases("chronicle-order", 1, random -> draw(random, "swap-commands", "reverse-commands"),
                ChronicleFuzzTest::check);
    }

    /**
     * Found by {@link #commands_reordered}: a command to a visit before it is scheduled was refused with exit 3 and
     * Axon's "The aggregate was not found in the event store"; it is a refusal of the rules naming the id (issue 7,
     * item 5).
     */
    @Test
    void found_commands_reversed_reach_a_visit_not_yet_scheduled() {
        InProcess.Result result = check(new Case("france-germany-2019-2024.json", "reverse-commands", 0, 0, "1e400"));
        assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
        assertThat(result.err()).as("%s", result).containsPattern("rule (visit|agreement)\\.unknown");
    }

    /**
     * Found by {@link #members_removed_duplicated_or_renamed}: without the member that tells two commands apart, a
     * visit is scheduled twice; this was refused with exit 3 and Axon's "Cannot create event 0 of aggregate …", and
     * is a refusal of the rules, {@code visit.already-scheduled} (issue 7, item 5).
     */
    @Test
    void found_a_member_removed_schedules_a_visit_twice() {
        InProcess.Result result = check(new Case(REFERENCE, "remove-member", 8, 0, "1e400"));
        assertThat(result.exitCode()).as("%s", result).isEqualTo(1);
        assertThat(result.err()).as("%s", result).contains("visit.already-scheduled");
    }

    /** A case of one of {@code mutations} on one of the inputs. */
    private static Case draw(Random random, String... mutations) {
        List<String> inputs = List.copyOf(INPUTS.keySet());
        return new Case(inputs.get(random.nextInt(inputs.size())), Fuzzing.oneOf(random, mutations),
                random.nextInt(1_000_000), random.nextInt(1_000_000),
                Json.ODD_VALUES.get(random.nextInt(Json.ODD_VALUES.size())));
    }

    static String abridged(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length / 2) + "…(" + text.length() + " chars)";
    }

    /** Applies the mutated chronicle to a copy of the reference store and checks what the command did. */
    static InProcess.Result check(Case mutation) {
        TRIED.incrementAndGet();
        Path directory = work.resolve("case-" + TRIED.get());
        try {
            Path store = Dirs.copy(referenceStore, directory.resolve("store"));
            Path file = Files.write(directory.resolve(mutation.input()), mutate(mutation));
            InProcess.Result result = InProcess.run(Fuzzing.COMMAND_TIMEOUT, "apply", file.toString(), "--store",
                    store.toString());
            assertThat(result.timedOut()).as("the command ended by itself: %s", result).isFalse();
            assertThat(result.escaped()).as("an exception escaped Main.run: %s", result).isNull();
            assertThat(result.exitCode()).as("the exit code: %s", result).isIn(0, 1, 2);
            if (result.exitCode() != 0) {
                REFUSED.incrementAndGet();
                assertThat(Refusals.whatIsMissing(result.err())).as("%s", result).isNull();
                assertThat(Dirs.fingerprint(store)).as("the store's files after a refusal: %s", result)
                        .isEqualTo(referenceBytes);
            } else {
                assertThat(Integrity.problems(store)).as("integrity after the chronicle was applied: %s", result).isEmpty();
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Dirs.delete(directory);
        }
    }

    /** The mutated content of the case's input. */
    static byte[] mutate(Case mutation) {
        byte[] bytes = INPUTS.get(mutation.input());
        boolean lines = mutation.input().endsWith(".jsonl");
        switch (mutation.mutation()) {
            case "flip-byte" -> {
                byte[] flipped = bytes.clone();
                flipped[mutation.at() % flipped.length] ^= (byte) (1 << (mutation.other() % 8));
                return flipped;
            }
            case "insert-byte" -> {
                int at = mutation.at() % (bytes.length + 1);
                byte[] inserted = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, inserted, 0, at);
                inserted[at] = (byte) mutation.other();
                System.arraycopy(bytes, at, inserted, at + 1, bytes.length - at);
                return inserted;
            }
            case "delete-bytes" -> {
                int at = mutation.at() % bytes.length;
                int end = Math.min(bytes.length, at + 1 + mutation.other() % 16);
                byte[] shorter = new byte[bytes.length - (end - at)];
                System.arraycopy(bytes, 0, shorter, 0, at);
                System.arraycopy(bytes, end, shorter, at, bytes.length - end);
                return shorter;
            }
            default -> {
                return tree(mutation, documents(bytes, lines), lines).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static List<JsonNode> documents(byte[] bytes, boolean lines) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!lines) {
            return new ArrayList<>(List.of(Json.parse(text)));
        }
        return new ArrayList<>(text.lines().filter(line -> !line.isBlank()).map(Json::parse).toList());
    }

    private static String tree(Case mutation, List<JsonNode> documents, boolean lines) {
        Json.Slot twice = null;
        switch (mutation.mutation()) {
            case "swap-commands", "reverse-commands" -> {
                List<JsonNode> commands = lines ? documents.subList(1, documents.size())
                        : new ArrayList<>(iterable((ArrayNode) documents.get(0).get("commands")));
                if (mutation.mutation().equals("reverse-commands")) {
                    java.util.Collections.reverse(commands);
                } else {
                    java.util.Collections.swap(commands, mutation.at() % commands.size(),
                            mutation.other() % commands.size());
                }
                if (!lines) {
                    ((ArrayNode) documents.get(0).get("commands")).removeAll().addAll(commands);
                }
            }
            default -> {
                List<Json.Slot> slots = Json.slots(documents);
                Json.Slot slot = slots.get(mutation.at() % slots.size());
                switch (mutation.mutation()) {
                    case "remove-member" -> slot.remove();
                    case "duplicate-member" -> twice = slot;
                    case "rename-member" -> slot.rename(slot.field() == null ? "" : List.of(slot.field() + "x",
                            slot.field().toUpperCase(java.util.Locale.ROOT), "").get(mutation.other() % 3));
                    case "replace-value" -> slot.replace(Json.raw(mutation.odd()));
                    default -> throw new IllegalArgumentException(mutation.mutation());
                }
            }
        }
        if (!lines) {
            return Json.write(documents.get(0), twice, true) + "\n";
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode document : documents) {
            text.append(Json.write(document, twice, false)).append('\n');
        }
        return text.toString();
    }

    private static List<JsonNode> iterable(ArrayNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

}
