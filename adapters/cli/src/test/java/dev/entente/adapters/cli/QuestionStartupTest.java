package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.adapters.json.JsonSerialization;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

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
    @ValueSource(strings = {"0:", "41:", "41:3,17,40", "-1:"})
    void a_gap_aware_token_is_read_as_axon_s_serializer_reads_it(String token) {
        String[] parts = token.split(":", -1);
        List<Long> gaps = parts[1].isEmpty() ? List.of()
                : java.util.Arrays.stream(parts[1].split(",")).map(Long::valueOf).toList();
        SerializedObject<byte[]> stored = axon.serialize(
                GapAwareTrackingToken.newInstance(Long.parseLong(parts[0]), gaps), byte[].class);

        TrackingToken read = new StoredTokens().apply(stored.getData(), stored.getType().getName());

        assertThat(StoredTokens.gapAware(stored.getData())).as("read without the serializer").isNotNull();
        assertThat(read).isEqualTo(axon.deserialize(stored));
    }

    @Test
    void any_other_kind_of_token_is_read_by_axon_s_serializer() {
        SerializedObject<byte[]> stored = axon.serialize(
                ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(9, List.of())), byte[].class);

        TrackingToken read = new StoredTokens().apply(stored.getData(), stored.getType().getName());

        assertThat(read).isInstanceOf(ReplayToken.class).isEqualTo(axon.deserialize(stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"index\":4,\"gaps\":[2],\"more\":1}", "{\"gaps\":[]}", "{\"index\":\"4\"}",
            "{\"index\":4,\"gaps\":[\"2\"]}", "[4]", "{\"index\":4} {}", "{\"index\":4"})
    void a_gap_aware_token_with_anything_unexpected_in_it_is_left_to_the_serializer(String json) {
        assertThat(StoredTokens.gapAware(json.getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
