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
        String[] fragments = {"entente.", "entente.note", "entente.no", "note", "e", "\"", "é", ":", "entente.notes"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                text.append(fragments[random.nextInt(fragments.length)]);
            }
            byte[] bytes = utf8(text.toString());
            boolean contains = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains(EventMetadata.NOTE);

            assertThat(EventMetadata.mayHold(bytes, EventMetadata.NOTE)).as(text.toString()).isEqualTo(contains);
        }
    }
}
