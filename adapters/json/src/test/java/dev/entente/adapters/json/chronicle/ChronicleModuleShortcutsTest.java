package dev.entente.adapters.json.chronicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The reader's hand-written shortcuts give exactly what the slower, general code they stand in front of gives: the
 * enum spelling normalised as by the regular expression it replaced, and a day as {@code LocalDate.parse} reads it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChronicleModuleShortcutsTest {

    private static final String ALPHABET = "aB-_ \t\n\u000B\f\r\u00A0\u2003z9";

    @Test
    void normalising_a_spelling_is_the_regular_expression_it_replaced() {
        Random random = new Random(8);
        for (int i = 0; i < 20_000; i++) {
            String text = randomText(random, ALPHABET, 12);

            assertThat(ChronicleModule.normalise(text)).as("'%s'", text)
                    .isEqualTo(text.strip().toLowerCase(Locale.ROOT).replaceAll("[-_\\s]+", "-"));
        }
        assertThat(ChronicleModule.normalise("  Head_of - State ")).isEqualTo("head-of-state");
    }

    @Test
    void a_quick_date_is_the_day_local_date_parse_reads_or_nothing_where_it_refuses() {
        Random random = new Random(8);
        int read = 0;
        for (int i = 0; i < 50_000; i++) {
            String text = String.format("%04d-%02d-%02d", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33));
            LocalDate quick = ChronicleModule.quickDate(text);
            LocalDate parsed;
            try {
                parsed = LocalDate.parse(text);
            } catch (DateTimeException refused) {
                parsed = null;
            }
            assertThat(quick).as(text).isEqualTo(parsed);
            read += quick == null ? 0 : 1;
        }
        assertThat(read).isGreaterThan(30_000);
        assertThat(ChronicleModule.quickDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ChronicleModule.quickDate("2023-02-29")).isNull();
        assertThatThrownBy(() -> LocalDate.parse("2023-02-29")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void anything_else_is_left_to_the_full_parse() {
        for (String text : new String[] {"2024-7-11", "2024-07-1", "+2024-07-11", "2024/07/11", "2024-07-1a",
                "２０２４-07-11", " 2024-07-11", "20240-07-11"}) {
            assertThat(ChronicleModule.quickDate(text)).as(text).isNull();
        }
    }

    private static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
