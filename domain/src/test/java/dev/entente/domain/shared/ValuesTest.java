package dev.entente.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written slug test (ADR 0034) takes exactly what the pattern it replaced took. */
class ValuesTest {

    private static final Pattern SLUG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    @Test
    void a_slug_is_what_the_pattern_matches() {
        List<String> samples = new ArrayList<>(List.of("", "a", "A", "0", "-", ".a", "_a", ":a", "a-b", "a.b_c:d-e",
                "aliyev-pakistan-2024", "visit:aliyev/RecordArrival#1", "a b", "é", "a\u00e9", "Z9", "a\n",
                "x".repeat(128), "x".repeat(129), "-".repeat(5), "9" + "-".repeat(127), "9" + "-".repeat(128)));
        String alphabet = "aZ09._:-/ #é\u0000";
        Random random = new Random(34);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 50 == 0 ? 140 : 6);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(text.toString());
        }

        for (String sample : samples) {
            assertThat(Values.isSlug(sample)).as("'%s'", sample).isEqualTo(SLUG.matcher(sample).matches());
        }
    }

    @Test
    void a_lenient_list_drops_nulls_keeps_the_order_and_cannot_be_changed() {
        List<String> values = new ArrayList<>();
        values.add("b");
        values.add(null);
        values.add("a");

        List<String> kept = Values.lenientList(values);

        assertThat(kept).containsExactly("b", "a");
        assertThat(Values.lenientList(null)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> kept.add("c"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_lenient_list_shares_an_unmodifiable_list_without_nulls_and_copies_any_other() {
        List<String> commands = Values.list(List.of("a", "b", "c"), "values");
        List<String> one = List.of("a");
        List<String> withNull = java.util.stream.Stream.of("a", null, "b").toList();
        List<String> mutable = new ArrayList<>(List.of("a", "b"));

        assertThat(Values.lenientList(commands)).isSameAs(commands);
        assertThat(Values.lenientList(one)).isSameAs(one);
        assertThat(Values.lenientList(withNull)).containsExactly("a", "b");
        List<String> copied = Values.lenientList(mutable);
        mutable.add("c");
        assertThat(copied).containsExactly("a", "b");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> copied.add("c"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
