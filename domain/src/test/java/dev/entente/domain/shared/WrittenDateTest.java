package dev.entente.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.entente.domain.shared.WrittenDate.Precision;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WrittenDateTest {

    @Nested
    class Reading_a_date_as_the_sources_write_it {

        @ParameterizedTest(name = "{0} runs from {1} to {2}")
        @CsvSource({
                "1992-06-09, 1992-06-09, 1992-06-09, DAY",
                "1992-06,    1992-06-01, 1992-06-30, MONTH",
                "1992-02,    1992-02-01, 1992-02-29, MONTH",
                "1991,       1991-01-01, 1991-12-31, YEAR",
                "1991~,      1991-01-01, 1991-12-31, YEAR",
                "1992-06?,   1992-06-01, 1992-06-30, MONTH",
                "1992%,      1992-01-01, 1992-12-31, YEAR"})
        void a_day_a_month_or_a_year_is_an_interval_known_from_its_last_day(String text, LocalDate earliest,
                                                                           LocalDate latest, Precision precision) {
            WrittenDate date = WrittenDate.parse(text);

            assertThat(date.earliest()).isEqualTo(earliest);
            assertThat(date.latest()).isEqualTo(latest);
            assertThat(date.precision()).isEqualTo(precision);
            assertThat(date.text()).isEqualTo(text);
        }

        @Test
        void the_qualifiers_say_uncertain_approximate_or_both() {
            assertThat(WrittenDate.parse("1991?").uncertain()).isTrue();
            assertThat(WrittenDate.parse("1991?").approximate()).isFalse();
            assertThat(WrittenDate.parse("1991~").approximate()).isTrue();
            assertThat(WrittenDate.parse("1991~").uncertain()).isFalse();
            assertThat(WrittenDate.parse("1991%").uncertain()).isTrue();
            assertThat(WrittenDate.parse("1991%").approximate()).isTrue();
        }

        @Test
        void on_or_before_has_no_earliest_day_and_is_written_as_an_iso_8601_2_set() {
            WrittenDate date = WrittenDate.parse("[..1992-06]");

            assertThat(date.onOrBefore()).isTrue();
            assertThat(date.earliest()).isNull();
            assertThat(date.latest()).isEqualTo(LocalDate.of(1992, 6, 30));
            assertThat(date.text()).isEqualTo("[..1992-06]");
        }

        @Test
        void the_messydates_form_of_on_or_before_is_read_and_written_in_the_iso_form() {
            assertThat(WrittenDate.parse("..1992-06-09")).isEqualTo(WrittenDate.parse("[..1992-06-09]"));
            assertThat(WrittenDate.parse("..1992").text()).isEqualTo("[..1992]");
        }

        @Test
        void only_an_unqualified_day_is_exact() {
            assertThat(WrittenDate.parse("1992-06-09").isExactDay()).isTrue();
            assertThat(WrittenDate.parse("1992-06-09~").isExactDay()).isFalse();
            assertThat(WrittenDate.parse("[..1992-06-09]").isExactDay()).isFalse();
            assertThat(WrittenDate.parse("1992-06").isExactDay()).isFalse();
            assertThat(WrittenDate.day(LocalDate.of(1992, 6, 9))).isEqualTo(WrittenDate.parse("1992-06-09"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"92", "1992-6", "1992-13", "1992-02-30", "June 1992", "1992-06-09T10:00", "[..1992",
                "..1992~", "1992/1993", "199X", "1992~?"})
        void anything_else_is_refused_with_the_accepted_forms(String text) {
            assertThatThrownBy(() -> WrittenDate.parse(text))
                    .isInstanceOfSatisfying(InvalidValue.class, invalid -> {
                        assertThat(invalid.code()).isEqualTo("date.unreadable");
                        assertThat(invalid.getMessage()).contains("'" + text + "'").contains("yyyy-MM", "[..date]");
                    });
        }

        @Test
        void a_year_outside_entente_s_range_is_refused() {
            assertThatThrownBy(() -> WrittenDate.parse("0991"))
                    .isInstanceOfSatisfying(InvalidValue.class,
                            invalid -> assertThat(invalid.code()).isEqualTo("date.out-of-range"));
        }
    }

    @Nested
    class Ordering_refuses_only_what_is_certainly_out_of_order {

        @Test
        void a_day_before_another_is_certainly_before_it() {
            assertThat(WrittenDate.parse("1992-06-08").certainlyBefore(WrittenDate.parse("1992-06-09"))).isTrue();
            assertThat(WrittenDate.parse("1992-06-09").certainlyBefore(WrittenDate.parse("1992-06-09"))).isFalse();
        }

        @Test
        void a_month_is_certainly_before_a_day_only_when_it_ends_before_that_day() {
            assertThat(WrittenDate.parse("1992-05").certainlyBefore(WrittenDate.parse("1992-06-09"))).isTrue();
            assertThat(WrittenDate.parse("1992-06").certainlyBefore(WrittenDate.parse("1992-06-09"))).isFalse();
            assertThat(WrittenDate.parse("1992-06-09").certainlyBefore(WrittenDate.parse("1992-06"))).isFalse();
        }

        @Test
        void an_approximate_or_uncertain_date_proves_no_order() {
            assertThat(WrittenDate.parse("1990~").certainlyBefore(WrittenDate.parse("1992-06-09"))).isFalse();
            assertThat(WrittenDate.parse("1990?").certainlyBefore(WrittenDate.parse("1992-06-09"))).isFalse();
            assertThat(WrittenDate.parse("1990").certainlyBefore(WrittenDate.parse("1992~"))).isFalse();
        }

        @Test
        void nothing_is_certainly_before_an_on_or_before_date_but_it_can_be_certainly_before_a_later_date() {
            assertThat(WrittenDate.parse("1990").certainlyBefore(WrittenDate.parse("[..1992]"))).isFalse();
            assertThat(WrittenDate.parse("[..1992]").certainlyBefore(WrittenDate.parse("1993-01-01"))).isTrue();
        }
    }

    @Nested
    class A_command_dated_in_part {

        @Test
        void is_known_from_the_end_of_the_written_interval() {
            assertThat(Values.knownFrom(null, WrittenDate.parse("1992-06"), "date"))
                    .isEqualTo(LocalDate.of(1992, 6, 30));
        }

        @Test
        void may_repeat_that_day_as_occurred_on_but_not_contradict_it() {
            assertThat(Values.knownFrom(LocalDate.of(1992, 6, 30), WrittenDate.parse("1992-06"), "date"))
                    .isEqualTo(LocalDate.of(1992, 6, 30));
            assertThatThrownBy(() -> Values.knownFrom(LocalDate.of(1992, 6, 9), WrittenDate.parse("1992-06"), "date"))
                    .isInstanceOfSatisfying(InvalidValue.class,
                            invalid -> assertThat(invalid.code()).isEqualTo("date.written-differs"));
        }

        @Test
        void keeps_no_written_date_for_an_exact_day() {
            assertThat(Values.written(WrittenDate.parse("1992-06-09"))).isNull();
            assertThat(Values.written(WrittenDate.parse("1992-06-09?"))).isEqualTo(WrittenDate.parse("1992-06-09?"));
        }
    }
}
