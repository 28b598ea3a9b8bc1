package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.adapters.jdbc.StoredTokens;
import dev.entente.adapters.json.JsonSerialization;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** What a question skips to start quickly (docs/adr/0014), and that skipping it changes nothing it answers. */
class QuestionStartupTest {

    private final Serializer axon = new JsonSerialization().messages();

    @ParameterizedTest
    @ValueSource(strings = {"state", "timeline", "agreements", "visits"})
    void a_question_builds_the_model_of_its_own_command_only(String question) {
        CommandLine commandLine = EntenteCommand.commandLine(question, "AZ", "PK");

        assertThat(commandLine.getSubcommands().keySet()).containsExactly(question);
    }

    @Test
    void any_other_command_builds_them_all_in_the_order_the_usage_lists_them() {
        assertThat(EntenteCommand.commandLine("apply", "chronicle.json").getSubcommands().keySet()).containsExactly(
                "demo", "apply", "state", "timeline", "agreements", "visits", "series", "chart", "replay", "export",
                "import", "check");
        assertThat(EntenteCommand.commandLine().getSubcommands()).hasSize(EntenteCommand.SUBCOMMANDS.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"state", "timeline", "agreements", "visits"})
    void a_question_s_usage_is_the_one_the_whole_command_line_gives_it(String question) {
        String alone = EntenteCommand.commandLine(question).getSubcommands().get(question).getUsageMessage();
        String amongAll = EntenteCommand.commandLine().getSubcommands().get(question).getUsageMessage();

        assertThat(alone).isEqualTo(amongAll).startsWith("Usage: entente " + question);
    }

    @Test
    void a_question_s_usage_error_is_the_one_the_whole_command_line_gives() {
        Cli.Result result = Cli.run("state", "AZ");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Missing required parameter: 'B'")
                .contains(EntenteCommand.commandLine().getSubcommands().get("state").getUsageMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"state AZ PK", "state pk az --as-of 2024-07-13", "state --as-of=2024-07-13 AZ PK",
            "state AZ -v PK --format json --store /tmp/x --read-only", "state AZ PK --as-recorded-at 2024-07-13",
            "timeline AZ PK --from 2024-07-01 --to=2024-07-31 --format csv --verbose",
            "agreements --party AZ --sector trade --kind treaty --status in-force --as-of 2024-12-31 --store s",
            "agreements", "visits AZ PK --as-of 2024-07-12", "visits AZ PK --store=a=b"})
    void plain_arguments_fill_a_question_as_picocli_fills_it(String line) throws Exception {
        String[] args = line.split(" ");

        Callable<Integer> plain = PlainQuestion.parse(args);

        CommandLine picocli = EntenteCommand.commandLine(args);
        Object parsed = picocli.parseArgs(args).subcommand().commandSpec().userObject();
        assertThat(plain).as("read without picocli").isNotNull();
        assertThat(fields(plain)).isEqualTo(fields(parsed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"state", "state AZ", "state AZ PK IN", "state AZ PK --help", "state -h", "state AZ PK -V",
            "state AZ PK --as-of 13.7.2024", "state AZ PK --as-of", "state AZ PK --as-of 2024-07-13 --as-of 2024-07-14",
            "state AZ PK --colour", "state AZ PK -vV", "state AZ PK --read-only=true", "state AZ PK --store -x",
            "state @args.txt", "state AZ -PK", "state AZ PK --store=", "timeline AZ PK --as-of 2024-07-13",
            "agreements AZ", "visits AZ PK -v -v", "apply chronicle.json", "--help", "-v state AZ PK"})
    void anything_else_is_left_to_picocli(String line) {
        assertThat(PlainQuestion.parse(line.split(" "))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"state", "timeline", "agreements", "visits"})
    void every_option_of_a_question_is_read_without_picocli(String question) {
        CommandSpec spec = EntenteCommand.commandLine(question).getSubcommands().get(question).getCommandSpec();
        List<String> countries = spec.positionalParameters().isEmpty() ? List.of() : List.of("AZ", "PK");
        for (OptionSpec option : spec.options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            for (String name : option.names()) {
                List<String> args = new ArrayList<>(List.of(question));
                args.addAll(countries);
                args.add(name);
                if (option.arity().max() > 0) {
                    args.add(option.type() == LocalDate.class ? "2024-07-13" : "x");
                }
                assertThat(PlainQuestion.parse(args.toArray(String[]::new))).as("%s", args).isNotNull();
            }
        }
    }

    /** The fields picocli fills, those of the mixins included, by name. */
    private static Map<String, Object> fields(Object command) throws IllegalAccessException {
        Map<String, Object> values = new TreeMap<>();
        for (Field field : command.getClass().getDeclaredFields()) {
            field.setAccessible(true);
            Object value = field.get(command);
            if (value != null && value.getClass().getPackageName().equals(Main.class.getPackageName())) {
                for (Field inner : value.getClass().getDeclaredFields()) {
                    inner.setAccessible(true);
                    values.put(field.getName() + "." + inner.getName(), inner.get(value));
                }
            } else {
                values.put(field.getName(), value);
            }
        }
        return values;
    }

    @ParameterizedTest
    @ValueSource(strings = {"0:", "41:", "41:3,17,40", "-1:"})
    void a_gap_aware_token_is_read_as_axon_s_serializer_reads_it(String token) {
        String[] parts = token.split(":", -1);
        List<Long> gaps = parts[1].isEmpty() ? List.of()
                : java.util.Arrays.stream(parts[1].split(",")).map(Long::valueOf).toList();
        SerializedObject<byte[]> stored = axon.serialize(
                GapAwareTrackingToken.newInstance(Long.parseLong(parts[0]), gaps), byte[].class);

        TrackingToken read = new StoredTokens(JsonSerialization::new).apply(stored.getData(), stored.getType().getName());

        assertThat(StoredTokens.gapAware(stored.getData())).as("read without the serializer").isNotNull();
        assertThat(read).isEqualTo(axon.deserialize(stored));
    }

    @Test
    void any_other_kind_of_token_is_read_by_axon_s_serializer() {
        SerializedObject<byte[]> stored = axon.serialize(
                ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(9, List.of())), byte[].class);

        TrackingToken read = new StoredTokens(JsonSerialization::new).apply(stored.getData(), stored.getType().getName());

        assertThat(read).isInstanceOf(ReplayToken.class).isEqualTo(axon.deserialize(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"index\":4,\"gaps\":[2],\"more\":1}", "{\"gaps\":[]}", "{\"index\":\"4\"}",
            "{\"index\":4,\"gaps\":[\"2\"]}", "[4]", "{\"index\":4} {}", "{\"index\":4"})
    void a_gap_aware_token_with_anything_unexpected_in_it_is_left_to_the_serializer(String json) {
        assertThat(StoredTokens.gapAware(json.getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
