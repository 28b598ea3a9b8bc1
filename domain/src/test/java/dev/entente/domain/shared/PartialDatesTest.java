package dev.entente.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** What a rule derives from a date given in part (ADR 0023), and what the rules count as certain. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartialDatesTest {

    private static final UnaryOperator<LocalDate> SAME_DAY = day -> day;
    private static final UnaryOperator<LocalDate> THIRTY_DAYS_AFTER = day -> day.plusDays(30);
    private static final UnaryOperator<LocalDate> FIVE_YEARS_AFTER = day -> day.plusYears(5);
    private static final UnaryOperator<LocalDate> FIRST_OF_SECOND_MONTH_AFTER =
            day -> day.withDayOfMonth(1).plusMonths(2);

    private static String derive(String from, UnaryOperator<LocalDate> rule) {
        WrittenDate derived = PartialDates.derive(WrittenDate.parse(from), rule);
        return derived == null ? null : derived.text();
    }

    @Test
    void an_exact_day_gives_the_exact_day() {
        assertThat(derive("1995-03-15", THIRTY_DAYS_AFTER)).isEqualTo("1995-04-14");
    }

    @Test
    void a_rule_that_keeps_a_month_whole_keeps_it_as_written_with_its_qualifiers() {
        assertThat(derive("1995-03", SAME_DAY)).isEqualTo("1995-03");
        assertThat(derive("1995-03?", SAME_DAY)).isEqualTo("1995-03?");
        assertThat(derive("1995-03", FIVE_YEARS_AFTER)).isEqualTo("2000-03");
        assertThat(derive("1991~", FIVE_YEARS_AFTER)).isEqualTo("1996~");
    }

    @Test
    void a_rule_that_lands_every_day_of_the_interval_on_one_day_gives_that_day() {
        assertThat(derive("1995-03", FIRST_OF_SECOND_MONTH_AFTER)).isEqualTo("1995-05-01");
        assertThat(derive("1995-03~", FIRST_OF_SECOND_MONTH_AFTER)).isEqualTo("1995-05-01~");
    }

    @Test
    void an_interval_no_date_can_write_becomes_on_or_before_its_last_day() {
        assertThat(derive("1995-03", THIRTY_DAYS_AFTER)).isEqualTo("[..1995-04]");
        assertThat(derive("1995-02", THIRTY_DAYS_AFTER)).isEqualTo("[..1995-03-30]");
        assertThat(derive("1995", FIRST_OF_SECOND_MONTH_AFTER)).isEqualTo("[..1996-02-01]");
    }

    @Test
    void an_on_or_before_date_stays_on_or_before() {
        assertThat(derive("[..1995-03]", SAME_DAY)).isEqualTo("[..1995-03]");
        assertThat(derive("[..1995-03]", THIRTY_DAYS_AFTER)).isEqualTo("[..1995-04]");
        assertThat(derive("[..1995]", FIRST_OF_SECOND_MONTH_AFTER)).isEqualTo("[..1996-02-01]");
    }

    @Test
    void a_doubtful_date_whose_result_no_date_can_write_gives_nothing() {
        assertThat(derive("1995-03~", THIRTY_DAYS_AFTER)).isNull();
        assertThat(derive("1995?", THIRTY_DAYS_AFTER)).isNull();
    }

    @Test
    void the_certain_start_is_the_first_day_unless_nothing_is_certain() {
        assertThat(PartialDates.certainStart(WrittenDate.parse("1995-03"))).isEqualTo(LocalDate.of(1995, 3, 1));
        assertThat(PartialDates.certainStart(WrittenDate.parse("1995-03~"))).isNull();
        assertThat(PartialDates.certainStart(WrittenDate.parse("[..1995-03]"))).isNull();
    }

    @Test
    void a_month_is_certainly_on_or_after_a_day_only_from_its_first_day() {
        WrittenDate march = WrittenDate.parse("1995-03");
        assertThat(PartialDates.certainlyOnOrAfter(march, LocalDate.of(1995, 3, 1))).isTrue();
        assertThat(PartialDates.certainlyOnOrAfter(march, LocalDate.of(1995, 3, 2))).isFalse();
        assertThat(PartialDates.certainlyBefore(march, LocalDate.of(1995, 4, 1))).isTrue();
        assertThat(PartialDates.certainlyBefore(march, LocalDate.of(1995, 3, 31))).isFalse();
    }
}
