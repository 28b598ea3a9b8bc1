package dev.entente.adapters.json.chronicle;

import static dev.entente.adapters.json.chronicle.ChronicleError.DUPLICATE_SOURCE;
import static dev.entente.adapters.json.chronicle.ChronicleError.INVALID_VALUE;
import static dev.entente.adapters.json.chronicle.ChronicleError.MALFORMED;
import static dev.entente.adapters.json.chronicle.ChronicleError.MISSING_FIELD;
import static dev.entente.adapters.json.chronicle.ChronicleError.MISSING_TYPE;
import static dev.entente.adapters.json.chronicle.ChronicleError.NOT_A_CHRONICLE;
import static dev.entente.adapters.json.chronicle.ChronicleError.NOT_UTF8;
import static dev.entente.adapters.json.chronicle.ChronicleError.TOO_LARGE;
import static dev.entente.adapters.json.chronicle.ChronicleError.TRUNCATED;
import static dev.entente.adapters.json.chronicle.ChronicleError.UNKNOWN_COMMAND_TYPE;
import static dev.entente.adapters.json.chronicle.ChronicleError.UNKNOWN_FIELD;
import static dev.entente.adapters.json.chronicle.ChronicleError.UNKNOWN_SOURCE;
import static dev.entente.adapters.json.chronicle.ChronicleError.UNSUPPORTED_FORMAT;
import static dev.entente.adapters.json.chronicle.ChronicleError.WRONG_TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.entente.domain.visit.RecordArrival;
import java.util.List;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChronicleErrorsTest {

    private static final String HEAD = "{\"format\": \"entente-chronicle/1\",\n";
    private static final String ESTABLISH =
            "{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": \"AZ-PK\", \"occurredOn\": \"1992-06-09\"}";
    private static final String SCHEDULE = "{\"type\": \"ScheduleVisit\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-10\", "
            + "\"guest\": {\"name\": \"Ilham Aliyev\", \"office\": \"head-of-state\", \"country\": \"AZ\"}, \"host\": \"PK\", "
            + "\"kind\": \"state\", \"plannedFrom\": \"2024-07-11\", \"plannedTo\": \"2024-07-12\"}";
    private static final String ARRIVAL = "{\"type\": \"RecordArrival\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-11\", "
            + "\"place\": \"Rawalpindi\", \"honours\": {\"guardOfHonour\": true, \"gunSalute\": {\"rounds\": 21}}}";

    private final ChronicleReader reader = new ChronicleReader();

    @Test
    void bytes_that_are_not_utf8_are_located_at_the_first_bad_byte() throws Exception {
        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.write(bytes(HEAD + " \"title\": \"Caf"));
        latin1.write(0xE9);
        latin1.write(bytes("\",\n \"commands\": []}"));

        assertErrors("latin1.json", latin1.toByteArray()).containsExactly(tuple(2, 15, NOT_UTF8));
        assertThat(only("latin1.json", latin1.toByteArray()).message()).contains("byte 0xE9", "UTF-8");
    }

    @Test
    void a_json_syntax_error_is_malformed_where_jackson_finds_it() {
        String text = HEAD + " \"commands\": [\n  {\"type\": \"EstablishDiplomaticRelations\" \"dyad\": \"AZ-PK\"}\n]}";

        assertErrors("malformed.json", text).containsExactly(tuple(3, 43, MALFORMED));
        assertThat(only("malformed.json", text).message()).startsWith("not valid JSON: Unexpected character");
    }

    @Test
    void a_file_that_ends_too_early_is_truncated_at_its_end() {
        String text = HEAD + " \"commands\": [\n  " + ESTABLISH + ",\n";

        assertErrors("cut.json", text).containsExactly(tuple(4, 1, TRUNCATED));
        assertThat(only("cut.json", text).message()).startsWith("the input ends before the JSON is complete");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read() {
        String text = HEAD + " \"commands\": [" + ESTABLISH + "]}";
        ChronicleReader small = new ChronicleReader(100);

        ChronicleException refused = catchThrowableOfType(ChronicleException.class,
                () -> small.read("big.json", bytes(text)));

        assertThat(refused.errors()).extracting(e -> e.location().toString(), ChronicleError::code)
                .containsExactly(tuple("big.json:1:1", TOO_LARGE));
        assertThat(refused.errors().get(0).message())
                .isEqualTo("the chronicle is " + text.length() + " bytes, over the limit of 100 bytes; "
                        + "split it into several files");
    }

    @Test
    void a_file_over_the_size_limit_is_measured_not_loaded(@TempDir Path directory) throws Exception {
        Path huge = directory.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(8L * 1024 * 1024 * 1024);
        }

        assertThatThrownBy(() -> reader.read(huge)).isInstanceOfSatisfying(ChronicleException.class, refused -> {
            assertThat(refused.errors()).extracting(ChronicleError::code).containsExactly(TOO_LARGE);
            assertThat(refused.errors().get(0).message())
                    .contains("8589934592 bytes", "limit of 268435456 bytes (256.0 MiB)");
        });
    }

    @Test
    void a_file_exactly_at_the_size_limit_is_read(@TempDir Path directory) throws Exception {
        String text = HEAD + " \"commands\": []}";
        Path file = Files.writeString(directory.resolve("limit.json"), text);

        assertThat(new ChronicleReader(text.length()).read(file).commands()).isEmpty();
        assertThatThrownBy(() -> new ChronicleReader(text.length() - 1).read(file))
                .isInstanceOfSatisfying(ChronicleException.class,
                        refused -> assertThat(refused.errors()).extracting(ChronicleError::code).containsExactly(TOO_LARGE));
    }

    @Test
    void a_top_level_that_is_not_an_object_or_commands_that_are_not_an_array_are_not_a_chronicle() {
        assertErrors("array.json", "[]").containsExactly(tuple(1, 1, NOT_A_CHRONICLE));
        assertErrors("object.json", HEAD + " \"commands\": {\"type\": \"EstablishDiplomaticRelations\"}}")
                .containsExactly(tuple(2, 14, NOT_A_CHRONICLE));
        assertErrors("none.json", "{\"format\": \"entente-chronicle/1\", \"title\": \"t\"}")
                .containsExactly(tuple(1, 1, NOT_A_CHRONICLE));
        assertThat(only("none.json", "{\"format\": \"entente-chronicle/1\"}").message()).contains("\"commands\"");
    }

    @Test
    void another_format_or_none_is_unsupported_naming_the_supported_one() {
        assertErrors("v2.json", "{\"format\": \"entente-chronicle/2\", \"commands\": []}")
                .containsExactly(tuple(1, 12, UNSUPPORTED_FORMAT));
        assertThat(only("v2.json", "{\"format\": \"entente-chronicle/2\", \"commands\": []}").message())
                .isEqualTo("unsupported format 'entente-chronicle/2': this reader supports entente-chronicle/1");
        assertErrors("none.json", "{\"commands\": []}").containsExactly(tuple(1, 1, UNSUPPORTED_FORMAT));
        assertErrors("v2.jsonl", "{\"format\": \"entente-chronicle/2\"}\n" + ESTABLISH)
                .containsExactly(tuple(1, 12, UNSUPPORTED_FORMAT));
    }

    @Test
    void several_errors_are_reported_together_in_the_order_of_the_file() {
        String text = """
                {"format": "entente-chronicle/1",
                 "sources": [
                  {"id": "tribune", "title": "t", "publisher": "p", "published": "2024-07-11"},
                  {"id": "apa", "title": "t", "publisher": "p", "published": "2024-07-12"},
                  {"id": "tribune", "title": "u", "publisher": "p", "published": "2024-07-13"}
                 ],
                 "commands": [
                  {"type": "ScheduleVist", "visitId": "v"},
                  {"visitId": "v", "occurredOn": "2024-07-10"},
                  {"type": "EstablishDiplomaticRelations", "dyad": "AZ-PK", "occurredOn": "1992-06-09"},
                  {"type": "EstablishDiplomaticRelations", "dyad": "AZ-PK", "occurredOn": "1992-06-09", "sources": ["apa", "nope"]},
                  {"type": "ScheduleVisit", "visitId": "v", "occurredOn": "2024-07-10",
                   "guest": {"name": "Ilham Aliyev", "country": "AZ"},
                   "host": "PK", "kind": "state", "plannedFrom": "2024-07-11", "plannedTo": "2024-07-12"}
                 ]
                }
                """;

        List<ChronicleError> errors = errors("several.json", bytes(text));

        assertThat(errors).extracting(ChronicleError::toString).containsExactly(
                "several.json:5:10: source 'tribune' is declared twice; it was first declared at several.json:3:10 "
                        + "[chronicle.duplicate-source]",
                "several.json:8:12: unknown command type 'ScheduleVist'; did you mean 'ScheduleVisit'? Known types: "
                        + String.join(", ", CommandTypes.names()) + " [chronicle.unknown-command-type]",
                "several.json:9:3: the command has no \"type\"; known types: " + String.join(", ", CommandTypes.names())
                        + " [chronicle.missing-type]",
                "several.json:11:108: unknown source 'nope'; declared sources: apa, tribune [chronicle.unknown-source]",
                "several.json:13:13: office of Ilham Aliyev is required [chronicle.missing-field]");
        assertThat(errors).extracting(ChronicleError::code).containsExactly(DUPLICATE_SOURCE, UNKNOWN_COMMAND_TYPE,
                MISSING_TYPE, UNKNOWN_SOURCE, MISSING_FIELD);
    }

    @Test
    void each_bad_command_of_a_json_lines_chronicle_is_reported_at_its_offending_value() {
        String text = String.join("\n",
                SCHEDULE.replace("\"host\"", "\"hots\""),
                SCHEDULE.replace("\"PK\"", "\"XX\""),
                SCHEDULE.replace("{\"name\": \"Ilham Aliyev\", \"office\": \"head-of-state\", \"country\": \"AZ\"}",
                        "\"Ilham Aliyev\""),
                SCHEDULE.replace(", \"plannedTo\": \"2024-07-12\"", ""),
                SCHEDULE.replace("\"state\"", "\"stat\""),
                SCHEDULE.replace("2024-07-11", "2024-07-32"),
                ARRIVAL.replace("21", "\"21\""),
                ARRIVAL.replace("\"rounds\": 21", "\"exceptional\": true"),
                SCHEDULE);

        List<ChronicleError> errors = errors("bad.jsonl", bytes(text));

        assertThat(errors).extracting(e -> e.location().line(), e -> e.location().column(), ChronicleError::code)
                .containsExactly(
                        tuple(1, 150, UNKNOWN_FIELD),
                        tuple(2, 158, INVALID_VALUE),
                        tuple(3, 80, WRONG_TYPE),
                        tuple(4, 1, MISSING_FIELD),
                        tuple(5, 172, INVALID_VALUE),
                        tuple(6, 196, INVALID_VALUE),
                        tuple(7, 153, WRONG_TYPE),
                        tuple(8, 142, MISSING_FIELD));
        assertThat(errors).extracting(ChronicleError::message).containsExactly(
                "unknown field 'hots' in ScheduleVisit; known fields: type, visitId, occurredOn, guest, host, kind, "
                        + "plannedFrom, plannedTo, sources, dateAsWritten, note, alternatives",
                "'XX' is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as AZ or PK) (country.unknown)",
                "guest must be an object, found a string",
                "last planned day is required",
                "'stat' is not a valid visit kind; accepted: state, official, official-working, working, private",
                "'2024-07-32' is not a date: Invalid value for DayOfMonth (valid values 1 - 28/31): 32",
                "honours.gunSalute.rounds must be a whole number, found a string",
                "honours.gunSalute.rounds is required");
    }

    @Test
    void a_value_of_the_wrong_kind_says_what_was_expected() {
        String text = String.join("\n",
                ESTABLISH.replace("\"1992-06-09\"", "19920609"),
                ESTABLISH.replace("}", ", \"sources\": \"apa\"}"),
                ARRIVAL.replace("true", "null"),
                ARRIVAL.replace("\"Rawalpindi\"", "[\"Rawalpindi\"]"),
                "{\"type\": 7}",
                "[1, 2]");

        assertThat(errors("kinds.jsonl", bytes(text))).extracting(ChronicleError::toString).containsExactly(
                "kinds.jsonl:1:73: occurredOn must be a date string, yyyy-MM-dd, found a whole number [chronicle.wrong-type]",
                "kinds.jsonl:2:98: sources must be an array, found a string [chronicle.wrong-type]",
                "kinds.jsonl:3:123: honours.guardOfHonour must be true or false, found null [chronicle.wrong-type]",
                "kinds.jsonl:4:80: place must be a string, found an array [chronicle.wrong-type]",
                "kinds.jsonl:5:10: type must be a string naming the command, e.g. \"ScheduleVisit\", found a whole number "
                        + "[chronicle.wrong-type]",
                "kinds.jsonl:6:1: each line of a JSON Lines chronicle is one object, found an array "
                        + "[chronicle.not-a-chronicle]");
    }

    @Test
    void a_number_that_is_no_whole_number_in_range_is_called_what_it_is() {
        String[] numbers = {"1e400", "-1e400", "99999999999", "-99999999999", "2147483648", "1.5", "1e-400", "1.0",
                "2e1", "-0.0"};
        String text = String.join("\n", java.util.Arrays.stream(numbers)
                .map(number -> ARRIVAL.replace("\"rounds\": 21", "\"rounds\": " + number)).toList())
                + "\n" + ARRIVAL.replace("\"Rawalpindi\"", "1e400");

        assertThat(errors("numbers.jsonl", bytes(text))).extracting(ChronicleError::toString).containsExactly(
                "numbers.jsonl:1:153: honours.gunSalute.rounds must be a whole number from -2147483648 to 2147483647, "
                        + "found 1e400 [chronicle.invalid-value]",
                "numbers.jsonl:2:153: honours.gunSalute.rounds must be a whole number from -2147483648 to 2147483647, "
                        + "found -1e400 [chronicle.invalid-value]",
                "numbers.jsonl:3:153: honours.gunSalute.rounds must be a whole number from -2147483648 to 2147483647, "
                        + "found 99999999999 [chronicle.invalid-value]",
                "numbers.jsonl:4:153: honours.gunSalute.rounds must be a whole number from -2147483648 to 2147483647, "
                        + "found -99999999999 [chronicle.invalid-value]",
                "numbers.jsonl:5:153: honours.gunSalute.rounds must be a whole number from -2147483648 to 2147483647, "
                        + "found 2147483648 [chronicle.invalid-value]",
                "numbers.jsonl:6:153: honours.gunSalute.rounds must be a whole number, found the number 1.5, which has "
                        + "a fraction [chronicle.wrong-type]",
                "numbers.jsonl:7:153: honours.gunSalute.rounds must be a whole number, found the number 1e-400, which "
                        + "has a fraction [chronicle.wrong-type]",
                "numbers.jsonl:8:153: honours.gunSalute.rounds must be a whole number, found the number 1.0, a whole "
                        + "number written with a decimal point or an exponent [chronicle.wrong-type]",
                "numbers.jsonl:9:153: honours.gunSalute.rounds must be a whole number, found the number 2e1, a whole "
                        + "number written with a decimal point or an exponent [chronicle.wrong-type]",
                "numbers.jsonl:10:153: honours.gunSalute.rounds must be a whole number, found the number -0.0, a whole "
                        + "number written with a decimal point or an exponent [chronicle.wrong-type]",
                "numbers.jsonl:11:80: place must be a string, found the number 1e400, out of the range of numbers "
                        + "[chronicle.wrong-type]");
    }

    @Test
    void minus_zero_is_the_whole_number_zero() throws Exception {
        Chronicle chronicle = reader.read("zero.jsonl", bytes(ARRIVAL.replace("\"rounds\": 21", "\"rounds\": -0")));

        RecordArrival arrival = (RecordArrival) chronicle.commands().get(0).command();
        assertThat(arrival.honours().gunSalute().rounds()).isZero();
    }

    @Test
    void a_fraction_where_a_string_is_wanted_is_called_a_number_with_a_decimal_point_in_the_scan_too() {
        String text = HEAD + " \"title\": 1e400,\n \"commands\": []}";

        assertThat(only("title.json", text).message()).isEqualTo("title must be a string, found a number with a "
                + "decimal point or an exponent");
    }

    @Test
    void an_unknown_field_is_named_with_the_known_ones_wherever_it_is() {
        String text = HEAD + " \"editor\": \"me\",\n \"commands\": [\n"
                + "  {\"type\": \"HoldTalks\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-11\", \"format\": \"talks\",\n"
                + "   \"participants\": [{\"name\": \"Ilham Aliyev\", \"office\": \"head of state\", \"country\": \"AZ\", \"rank\": \"President\"}]},\n"
                + "  {\"type\": \"RecordArrival\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-11\", \"place\": \"p\",\n"
                + "   \"sources\": [{\"id\": \"x\", \"title\": \"t\", \"publisher\": \"p\", \"published\": \"2024-07-11\"}]},\n"
                + "  {\"type\": \"RecordArrival\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-11\", \"place\": \"p\",\n"
                + "   \"honours\": {\"gunSalute\": {\"round\": 21}}}\n"
                + "]}";

        assertThat(errors("fields.json", bytes(text))).extracting(ChronicleError::toString).containsExactly(
                "fields.json:2:2: unknown field 'editor' in the chronicle; known fields: format, title, sources, commands "
                        + "[chronicle.unknown-field]",
                "fields.json:5:90: unknown field 'rank' in participants[0] (Dignitary); known fields: name, office, country, title "
                        + "[chronicle.unknown-field]",
                "fields.json:7:17: unknown field 'id' in a source; known fields: title, publisher, published, url "
                        + "[chronicle.unknown-field]",
                "fields.json:9:30: unknown field 'round' in honours.gunSalute (GunSalute); known fields: rounds, exceptional "
                        + "[chronicle.unknown-field]");
    }

    @Test
    void an_entry_into_force_rule_that_is_not_an_object_is_of_the_wrong_type() {
        String text = "{\"type\": \"ConcludeAgreement\", \"agreementId\": \"a\", \"occurredOn\": \"2024-07-11\", "
                + "\"title\": \"t\", \"kind\": \"treaty\", \"parties\": [\"AZ\", \"PK\"], \"sectors\": [\"trade\"], "
                + "\"entryIntoForce\": \"on-signature\"}";

        assertThat(errors("rule.jsonl", bytes(text))).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo(ChronicleError.WRONG_TYPE);
            assertThat(error.message()).contains("must be an object with a \"type\"");
            assertThat(error.location().column()).isEqualTo(text.indexOf("\"on-signature\"") + 1);
        });
    }

    @Test
    void bad_values_carry_the_domains_code() {
        String text = String.join("\n",
                ESTABLISH.replace("AZ-PK", "AZ-AZ"),
                ESTABLISH.replace("AZ-PK", "AZPK"),
                "{\"type\": \"CancelVisit\", \"visitId\": \"aliyev pakistan\", \"occurredOn\": \"2024-07-10\"}",
                "{\"type\": \"HoldTalks\", \"visitId\": \"v\", \"occurredOn\": \"2024-07-11\", \"format\": \"talks\", "
                        + "\"topics\": [\"trade\", \"astrology\"]}",
                "{\"type\": \"ConcludeAgreement\", \"agreementId\": \"a\", \"occurredOn\": \"2024-07-11\", \"title\": \"t\", "
                        + "\"kind\": \"treaty\", \"parties\": [\"AZ\", \"az\"]}",
                "{\"type\": \"ConcludeAgreement\", \"agreementId\": \"a\", \"occurredOn\": \"2024-07-11\", \"title\": \"t\", "
                        + "\"kind\": \"treaty\", \"entryIntoForce\": {\"type\": \"on-sig\"}}",
                "{\"type\": \"ConcludeAgreement\", \"agreementId\": \"a\", \"occurredOn\": \"2024-07-11\", \"title\": \"t\", "
                        + "\"kind\": \"treaty\", \"term\": \"5 years\"}",
                ESTABLISH.replace("}", ", \"sources\": [{\"title\": \"t\", \"publisher\": \"p\", \"published\": "
                        + "\"2024-07-11\", \"url\": \"ftp://example.org\"}]}"));

        assertThat(errors("values.jsonl", bytes(text))).extracting(ChronicleError::toString).containsExactly(
                "values.jsonl:1:50: a dyad needs two different countries, got AZ twice (dyad.same-country) "
                        + "[chronicle.invalid-value]",
                "values.jsonl:2:50: 'AZPK' is not a dyad; write two country codes as AZ-PK (dyad.malformed) "
                        + "[chronicle.invalid-value]",
                "values.jsonl:3:36: 'aliyev pakistan' is not a valid visit id: use letters, digits, '.', '_', ':' and "
                        + "'-', starting with a letter or digit, at most 128 characters (id.malformed) [chronicle.invalid-value]",
                "values.jsonl:4:106: 'astrology' is not a sector; known sectors are trade, investment, economy, energy, "
                        + "mining, defence, security, education, culture, transport, justice, health, science and "
                        + "technology, consular affairs, agriculture, tourism, environment, media, public administration, "
                        + "diplomacy, taxation, finance, customs, labour and social security, communications, sport "
                        + "(sector.unknown) [chronicle.invalid-value]",
                "values.jsonl:5:1: parties lists AZ twice (value.duplicate) [chronicle.invalid-value]",
                "values.jsonl:6:138: 'on-sig' is not a rule of entry into force; accepted: on-signature, "
                        + "on-last-ratification, days-after-last-ratification, on-fixed-date, not-on-record, days-after, first-day-of-month-after "
                        + "[chronicle.invalid-value]",
                "values.jsonl:7:119: '5 years' is not a period: write ISO-8601 years, months, weeks or days, e.g. P5Y, "
                        + "P6M or P1Y6M [chronicle.invalid-value]",
                "values.jsonl:8:99: the address of source 't' must be an absolute http(s) URL, got ftp://example.org "
                        + "(source.url-not-http) [chronicle.invalid-value]");
    }

    @Test
    void a_malformed_line_does_not_stop_the_other_lines_of_json_lines() {
        String text = ESTABLISH + "\n{\"type\": \"EstablishDiplomaticRelations\", \"dyad\": }\n"
                + ESTABLISH.replace("AZ-PK", "AZ-XX") + "\n" + ESTABLISH + " {}\n{\"type\": \"Establish";

        assertErrors("lines.jsonl", text).containsExactly(
                tuple(2, 50, MALFORMED), tuple(3, 50, INVALID_VALUE), tuple(4, 87, MALFORMED), tuple(5, 20, TRUNCATED));
    }

    @Test
    void the_exception_message_lists_every_error() {
        ChronicleException refused = catchThrowableOfType(ChronicleException.class, () -> reader.read("two.jsonl",
                bytes("{\"type\": \"Nothing\"}\n{\"dyad\": \"AZ-PK\"}")));

        assertThat(refused.getMessage()).isEqualTo("2 errors in two.jsonl:\n  " + refused.errors().get(0) + "\n  "
                + refused.errors().get(1));
        assertThat(refused.errors().get(0).message()).contains("'Nothing'");
    }

    private AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertErrors(String name, String text) {
        return assertErrors(name, bytes(text));
    }

    private AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertErrors(String name, byte[] content) {
        return assertThat(errors(name, content))
                .extracting(e -> e.location().line(), e -> e.location().column(), ChronicleError::code);
    }

    private ChronicleError only(String name, String text) {
        return only(name, bytes(text));
    }

    private ChronicleError only(String name, byte[] content) {
        List<ChronicleError> errors = errors(name, content);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private List<ChronicleError> errors(String name, byte[] content) {
        ChronicleException refused = catchThrowableOfType(ChronicleException.class, () -> reader.read(name, content));
        assertThat(refused).as("errors in " + name).isNotNull();
        refused.errors().forEach(error -> assertThat(error.location().file()).isEqualTo(name));
        return refused.errors();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
