package dev.entente.adapters.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Tracking tokens are stored by the token store through {@code messages()}; a replay must survive a restart. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TokenSerializationTest {

    private final Serializer messages = new JsonSerialization().messages();

    @Test
    void a_global_sequence_token_round_trips() {
        assertRoundTrips(new GlobalSequenceTrackingToken(1234));
    }

    @Test
    void a_gap_aware_token_round_trips_with_its_gaps() {
        GapAwareTrackingToken token = GapAwareTrackingToken.newInstance(120, List.of(100L, 117L));

        String json = assertRoundTrips(token);

        assertThat(json).isEqualTo("{\"index\":120,\"gaps\":[100,117]}");
    }

    @Test
    void a_replay_token_round_trips_with_the_tokens_it_wraps() {
        TrackingToken replay = ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(500, List.of(498L)),
                GapAwareTrackingToken.newInstance(10, List.of()));

        String json = assertRoundTrips(replay);

        assertThat(json).contains("\"tokenAtReset\":{\"@class\":\"" + GapAwareTrackingToken.class.getName()
                + "\",\"index\":500,\"gaps\":[498]}");
    }

    @Test
    void a_replay_token_with_a_context_round_trips() {
        TrackingToken replay = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(500), null,
                "rebuild the timeline");

        assertRoundTrips(replay);
        assertThat(ReplayToken.replayContext(messages.<byte[], TrackingToken>deserialize(
                messages.serialize(replay, byte[].class)), String.class)).contains("rebuild the timeline");
    }

    private String assertRoundTrips(TrackingToken token) {
        SerializedObject<byte[]> serialized = messages.serialize(token, byte[].class);

        assertThat(serialized.getType().getName()).isEqualTo(token.getClass().getName());
        assertThat(messages.<byte[], Object>deserialize(serialized)).isEqualTo(token);
        return new String(serialized.getData(), StandardCharsets.UTF_8);
    }
}
