package dev.entente.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The cheap test on serialized metadata that spares deserializing what cannot hold a key. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EventMetadataTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void metadata_naming_the_key_anywhere_may_hold_it() {
        assertThat(EventMetadata.mayHold(utf8("{\"entente.key\":\"visit:v/HoldTalks#1\"}"), EventMetadata.KEY))
                .isTrue();
        assertThat(EventMetadata.mayHold(utf8("{\"a\":\"é\",\"entente.note\":\"x\"}"), EventMetadata.NOTE)).isTrue();
        assertThat(EventMetadata.mayHold(utf8("entente.key"), EventMetadata.KEY)).isTrue();
    }

    @Test
    void metadata_without_the_key_s_name_cannot_hold_it() {
        assertThat(EventMetadata.mayHold(utf8("{\"entente.command\":\"abc\"}"), EventMetadata.KEY)).isFalse();
        assertThat(EventMetadata.mayHold(utf8("{\"entente.ke"), EventMetadata.KEY)).isFalse();
        assertThat(EventMetadata.mayHold(utf8("{}"), EventMetadata.KEY)).isFalse();
        assertThat(EventMetadata.mayHold(null, EventMetadata.KEY)).isFalse();
    }

    @Test
    void may_hold_a_key_exactly_where_its_bytes_contain_the_key_s_name() {
        java.util.Random random = new java.util.Random(34);
        String[] fragments = {"entente.", "entente.note", "entente.no", "note", "e", "\"", "é", ":", "entente.notes",
            "entente.alternatives", "alternative", "ü€"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                text.append(fragments[random.nextInt(fragments.length)]);
            }
            byte[] bytes = utf8(text.toString());
            boolean note = containsBytes(bytes, utf8(EventMetadata.NOTE));
            boolean alternatives = containsBytes(bytes, utf8(EventMetadata.ALTERNATIVES));

            assertThat(EventMetadata.mayHold(bytes, EventMetadata.NOTE)).as(text.toString()).isEqualTo(note);
            assertThat(EventMetadata.mayHoldEither(bytes, EventMetadata.NOTE, EventMetadata.ALTERNATIVES))
                    .as(text.toString()).isEqualTo(note || alternatives);
        }
    }

    @Test
    void no_metadata_holds_neither_key() {
        assertThat(EventMetadata.mayHoldEither(null, EventMetadata.NOTE, EventMetadata.ALTERNATIVES)).isFalse();
        assertThat(EventMetadata.mayHoldEither(utf8("{\"entente.command\":\"abc\"}"), EventMetadata.NOTE,
                EventMetadata.ALTERNATIVES)).isFalse();
    }

    /** Whether {@code bytes} contain {@code part} at some offset, compared byte by byte. */
    private static boolean containsBytes(byte[] bytes, byte[] part) {
        for (int at = 0; at + part.length <= bytes.length; at++) {
            if (java.util.Arrays.equals(bytes, at, at + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }
}
