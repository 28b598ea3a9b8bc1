package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.adapters.json.chronicle.ChronicleReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Bad chronicles applied to a store that holds the reference chronicle: each is refused with the right exit code
 * (2 for bad input, 1 for a rule), every error at its file, line and column with its code, and not a byte of the
 * store changes.
 */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BadChronicleTest extends ChroniclesOnAPopulatedStore {

    @BeforeEach
    void theCopyIsAnSqliteStore() {
        assertThat(before).containsKey("entente.db");
    }

    private static String at(Path file, String needle) {
        return file + ":" + Cli.locate(Cli.read(file), needle) + ": ";
    }

    // --- malformed input: exit 2 --------------------------------------------------------------------------------

    @Test
    void malformed_JSON_is_refused_where_the_parser_found_it() {
        Path file = chronicle("malformed.json",
                "    {\"type\": \"ScheduleVisit\" \"visitId\": \"aliyev-pakistan-2024\"}");
        Cli.Result result = apply(2, file);
        assertThat(result.err()).contains(file + ":4:30: not valid JSON")
                .contains("[chronicle.malformed]")
                .contains("entente: nothing was written (1 error).");
        assertThat(at(file, "\"visitId\"")).isEqualTo(file + ":4:30: ");
    }

    @Test
    void a_truncated_file_is_refused_at_its_end() throws IOException {
        String reference = Cli.read(Cli.example(Cli.REFERENCE));
        String cut = reference.substring(0, reference.indexOf("    {\n      \"type\": \"HoldCeremony\""));
        Path file = Cli.write(directory.resolve("truncated.json"), cut);
        long lines = cut.lines().count();
        Cli.Result result = apply(2, file);
        assertThat(cut).endsWith("    },\n");
        assertThat(result.err()).contains(file + ":" + (lines + 1) + ":1: the input ends before the JSON is complete")
                .contains("[chronicle.truncated]");
        assertThat(lines).isEqualTo(159);
    }

    @Test
    void an_unknown_command_type_is_refused_with_the_closest_suggested() {
        Path file = chronicle("unknown-type.json",
                "    {\"type\": \"ScheduleVisitt\", \"visitId\": \"v1\", \"occurredOn\": \"2024-01-01\"}");
        Cli.Result result = apply(2, file);
        assertThat(result.err()).contains(file + ":4:14: unknown command type 'ScheduleVisitt'; did you mean "
                + "'ScheduleVisit'?").contains("[chronicle.unknown-command-type]");
        assertThat(at(file, "\"ScheduleVisitt\"")).isEqualTo(file + ":4:14: ");
    }

    @Test
    void wrong_field_types_are_each_refused_at_the_value() {
        Path file = chronicle("wrong-types.json",
                "    {\"type\": \"ScheduleVisit\", \"visitId\": \"v1\", \"occurredOn\": \"2024-01-01\", "
                        + "\"guest\": \"Ilham Aliyev\", \"host\": \"PK\", \"kind\": \"state\", "
                        + "\"plannedFrom\": \"2024-01-02\", \"plannedTo\": \"2024-01-03\"}",
                "    {\"type\": \"RecordArrival\", \"visitId\": \"aliyev-pakistan-2024\", \"occurredOn\": "
                        + "\"2024-07-11\", \"place\": \"Nur Khan Airbase\", "
                        + "\"honours\": {\"gunSalute\": {\"rounds\": \"21\"}}}",
                "    {\"type\": \"ConcludeAgreement\", \"agreementId\": \"a1\", \"occurredOn\": \"2024-01-01\", "
                        + "\"title\": \"T\", \"kind\": \"treaty\", \"parties\": [\"AZ\", \"PK\"], "
                        + "\"sectors\": [\"trade\"], \"entryIntoForce\": {\"type\": "
                        + "\"days-after-last-ratification\", \"days\": \"30\"}}",
                "    {\"type\": \"IssueJointStatement\", \"visitId\": \"aliyev-pakistan-2024\", \"occurredOn\": "
                        + "\"2024-07-12\", \"title\": 42}");
        Cli.Result result = apply(2, file);
        assertThat(result.err()).contains(
                file + ":4:85: guest must be an object, found a string [chronicle.wrong-type]",
                at(file, "\"21\"") + "honours.gunSalute.rounds must be a whole number, found a string "
                        + "[chronicle.wrong-type]",
                at(file, "\"30\"") + "entryIntoForce.days must be a whole number, found a string",
                at(file, "42}") + "title",
                "entente: nothing was written (4 errors).");
        assertThat(at(file, "\"Ilham Aliyev\"")).isEqualTo(file + ":4:85: ");
        assertThat(result.err().lines().filter(line -> line.endsWith("[chronicle.wrong-type]"))).hasSize(4);
    }

    @Test
    void an_invalid_country_code_is_refused_with_the_domain_code() {
        Path file = chronicle("country.json",
                "    {\"type\": \"ConcludeAgreement\", \"agreementId\": \"a1\", \"occurredOn\": \"2024-02-01\", "
                        + "\"title\": \"T\", \"kind\": \"treaty\", \"parties\": [\"AZ\", \"XX\"], "
                        + "\"sectors\": [\"trade\"]}");
        Cli.Result result = apply(2, file);
        assertThat(result.err()).contains(file + ":4:134: 'XX' is not an ISO 3166-1 alpha-2 country code")
                .contains("(country.unknown) [chronicle.invalid-value]");
        assertThat(at(file, "\"XX\"")).isEqualTo(file + ":4:134: ");
    }

    @Test
    void a_date_that_is_no_day_is_refused() {
        Path file = chronicle("date.json",
                "    {\"type\": \"ConcludeAgreement\", \"agreementId\": \"a1\", \"occurredOn\": \"2024-02-30\", "
                        + "\"title\": \"T\", \"kind\": \"treaty\", \"parties\": [\"AZ\", \"PK\"], "
                        + "\"sectors\": [\"trade\"]}",
                "    {\"type\": \"ConcludeVisit\", \"visitId\": \"aliyev-pakistan-2024\", \"occurredOn\": "
                        + "\"12/07/2024\"}");
        Cli.Result result = apply(2, file);
        assertThat(result.err()).contains(file + ":4:70: '2024-02-30' is not a date")
                .contains(file + ":5:80: '12/07/2024' is not a date");
        assertThat(result.err().lines().filter(line -> line.endsWith("[chronicle.invalid-value]"))).hasSize(2);
        assertThat(at(file, "\"2024-02-30\"")).isEqualTo(file + ":4:70: ");
        assertThat(at(file, "\"12/07/2024\"")).isEqualTo(file + ":5:80: ");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read() throws IOException {
        Path file = directory.resolve("huge.json");
        try (RandomAccessFile huge = new RandomAccessFile(file.toFile(), "rw")) {
            huge.write((HEADER + "    {\"type\": \"ScheduleVisit\", \"visitId\": \"v1\"},\n")
                    .getBytes(StandardCharsets.UTF_8));
            huge.setLength(ChronicleReader.DEFAULT_MAX_BYTES + 1);
        }
        Cli.Result result = apply(2, file);
        // "is <size> bytes" is what the reader says when it measured the file; read, it would say "more than".
        assertThat(result.err()).contains(file + ":1:1: the chronicle is " + (ChronicleReader.DEFAULT_MAX_BYTES + 1)
                + " bytes, over the limit of " + ChronicleReader.DEFAULT_MAX_BYTES + " bytes (256.0 MiB)")
                .contains("[chronicle.too-large]");
    }

    @Test
    void a_file_that_is_not_UTF_8_is_refused_at_the_first_bad_byte() throws IOException {
        String text = "{\"format\": \"entente-chronicle/1\", \"title\": \"Relations franco-allemandes, "
                + "années 2019-2024\", \"commands\": []}\n";
        Path file = directory.resolve("latin-1.json");
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result result = apply(2, file);
        String column = String.valueOf(text.indexOf('é') + 1);
        assertThat(result.err()).contains(file + ":1:" + column + ": the file is not UTF-8: byte 0xE9 cannot be "
                + "decoded").contains("[chronicle.not-utf8]");
        assertThat(column).isEqualTo("77");
    }

    @Test
    void a_missing_file_is_a_usage_error() {
        Path missing = directory.resolve("no-such-chronicle.json");
        Cli.Result result = apply(2, Cli.example(Cli.REFERENCE), missing);
        assertThat(result.err()).contains("entente: cannot read chronicle " + missing + ": No such file or directory");
    }

    @Test
    void the_errors_of_several_bad_files_are_reported_together() throws IOException {
        Path malformed = chronicle("one.json", "    {\"type\": \"ScheduleVisit\" \"visitId\": \"v1\"}");
        Path unknown = chronicle("two.json", "    {\"type\": \"SignTreaty\", \"agreementId\": \"a1\"}");
        Path latin1 = directory.resolve("three.json");
        Files.write(latin1, "{\"format\": \"entente-chronicle/1\", \"title\": \"Gen\u00e8ve\", \"commands\": []}"
                .getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result result = apply(2, Cli.example(Cli.REFERENCE), malformed, unknown, latin1);
        List<String> lines = result.err().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo(malformed + ":4:30: not valid JSON: Unexpected character ('\"' (code 34)): "
                + "was expecting comma to separate Object entries [chronicle.malformed]");
        assertThat(lines.get(1)).startsWith(unknown + ":4:14: unknown command type 'SignTreaty'")
                .endsWith("[chronicle.unknown-command-type]");
        assertThat(lines.get(2)).isEqualTo(latin1 + ":1:48: the file is not UTF-8: byte 0xE8 cannot be decoded; save "
                + "the chronicle as UTF-8 [chronicle.not-utf8]");
        assertThat(lines.get(3)).isEqualTo("entente: nothing was written (3 errors).");
    }

    // --- rules: exit 1 ------------------------------------------------------------------------------------------

    @Test
    void an_agreement_signed_before_it_was_concluded_is_refused_by_a_rule() {
        Path file = chronicle("order.json",
                "    {\"type\": \"ConcludeAgreement\", \"agreementId\": \"az-pk-late-2024\", \"occurredOn\": "
                        + "\"2024-09-10\", \"title\": \"T\", \"kind\": \"treaty\", \"parties\": [\"AZ\", \"PK\"], "
                        + "\"sectors\": [\"trade\"]}",
                "    {\"type\": \"SignAgreement\", \"agreementId\": \"az-pk-late-2024\", \"occurredOn\": "
                        + "\"2024-09-01\", \"signatures\": [{\"party\": \"AZ\"}, {\"party\": \"PK\"}]}");
        Cli.Result result = apply(1, file);
        assertThat(result.err().lines()).containsExactly(
                file + ":5:5 SignAgreement: SignAgreement refused by rule agreement.date-before-previous-step: "
                        + "Agreement az-pk-late-2024 cannot record SignAgreement on 2024-09-01: its history already "
                        + "reaches 2024-09-10, and dates never run backwards through its lifecycle.",
                "entente: nothing was written.");
        assertThat(at(file, "{\"type\": \"SignAgreement\"")).isEqualTo(file + ":5:5: ");
    }

    @Test
    void a_rule_broken_in_the_middle_of_a_good_file_refuses_the_whole_file() {
        String reference = Cli.read(Cli.example(Cli.REFERENCE));
        String talks = "    {\n      \"type\": \"HoldTalks\",";
        String additions = """
                    {
                      "type": "ConcludeAgreement",
                      "agreementId": "az-pk-new-agreement-2024",
                      "occurredOn": "2024-07-11",
                      "title": "An agreement the sources do not mention",
                      "kind": "agreement",
                      "parties": ["AZ", "PK"],
                      "sectors": ["tourism"]
                    },
                    {
                      "type": "RecordArrival",
                      "visitId": "aliyev-pakistan-2024",
                      "occurredOn": "2024-07-11",
                      "place": "Islamabad International Airport"
                    },
                """;
        String chronicle = reference.replace(talks, additions + talks);
        assertThat(chronicle).isNotEqualTo(reference);
        Path file = Cli.write(directory.resolve("second-arrival.json"), chronicle);
        String arrival = Cli.locate(chronicle, "    {\n      \"type\": \"RecordArrival\",\n      \"visitId\": "
                + "\"aliyev-pakistan-2024\",\n      \"occurredOn\": \"2024-07-11\",\n      \"place\": \"Islamabad");
        String[] lineAndColumn = arrival.split(":");
        String location = lineAndColumn[0] + ":" + (Integer.parseInt(lineAndColumn[1]) + 4);

        // On the store, where the visit is over: everything before the arrival was applied before, except the
        // new agreement, which is not written either.
        Cli.Result result = apply(1, file);
        assertThat(location).isEqualTo("193:5");
        assertThat(result.err().lines()).containsExactly(
                file + ":" + location + " RecordArrival: RecordArrival refused by rule visit.already-concluded: "
                        + "Visit aliyev-pakistan-2024 concluded on 2024-07-12; nothing more can happen to it "
                        + "(refused: RecordArrival on 2024-07-11).",
                "entente: nothing was written.");

        // On a new store, the whole file is checked: the guest has arrived once already.
        Path fresh = directory.resolve("fresh-store");
        Cli.Result onFreshStore = Cli.run("apply", file.toString(), "--store", fresh.toString());
        assertThat(onFreshStore.exitCode()).as("%s", onFreshStore).isEqualTo(1);
        assertThat(onFreshStore.err()).startsWith(file + ":" + location + " RecordArrival: RecordArrival refused by "
                + "rule visit.already-arrived: Visit aliyev-pakistan-2024 cannot record a second arrival on "
                + "2024-07-11");
        assertThat(fresh).doesNotExist();
    }

    // --- no store yet ------------------------------------------------------------------------------------------

    @Test
    void a_bad_chronicle_against_a_store_that_does_not_exist_creates_no_store() {
        Path nowhere = directory.resolve("new-store");
        Path malformed = chronicle("malformed.json", "    {\"type\": \"ScheduleVisit\" \"visitId\": \"v1\"}");
        Path order = chronicle("order.json",
                "    {\"type\": \"ConcludeAgreement\", \"agreementId\": \"a1\", \"occurredOn\": \"2024-09-10\", "
                        + "\"title\": \"T\", \"kind\": \"treaty\", \"parties\": [\"AZ\", \"PK\"], "
                        + "\"sectors\": [\"trade\"]}",
                "    {\"type\": \"SignAgreement\", \"agreementId\": \"a1\", \"occurredOn\": \"2024-09-01\", "
                        + "\"signatures\": [{\"party\": \"AZ\"}]}");

        Cli.Result bad = Cli.run("apply", malformed.toString(), "--store", nowhere.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("[chronicle.malformed]");
        assertThat(nowhere).doesNotExist();

        Cli.Result refused = Cli.run("apply", order.toString(), "--store", nowhere.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains(order + ":5:5 SignAgreement", "agreement.date-before-previous-step");
        assertThat(nowhere).doesNotExist();

        Cli.Result missing = Cli.run("apply", directory.resolve("nothing.json").toString(), "--store",
                nowhere.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void a_question_to_a_store_that_does_not_exist_is_refused_and_creates_none() {
        Path nowhere = directory.resolve("mistyped-store");

        for (String[] question : new String[][] {{"state", "AZ", "PK"}, {"timeline", "AZ", "PK"}, {"agreements"},
                {"visits", "AZ", "PK"}, {"replay"}}) {
            String[] args = java.util.Arrays.copyOf(question, question.length + 2);
            args[question.length] = "--store";
            args[question.length + 1] = nowhere.toString();
            Cli.Result result = Cli.run(args);
            assertThat(result.exitCode()).as(String.join(" ", question)).isEqualTo(2);
            assertThat(result.err()).contains("There is no store at " + nowhere.toAbsolutePath());
        }
        assertThat(nowhere).doesNotExist();
    }
}
