package dev.entente.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordedTimesTest {

    @Test
    void every_time_is_stored_as_the_text_axon_makes_of_it_within_a_millisecond_and_across_them() {
        RecordedTimes times = new RecordedTimes();
        List<Instant> instants = List.of(
                Instant.parse("2026-11-30T04:26:15.123000000Z"),
                Instant.parse("2026-11-30T04:26:15.123999999Z"),
                Instant.parse("2026-11-30T04:26:15.124000001Z"),
                Instant.parse("2026-11-30T04:26:15.123456789Z"),
                Instant.parse("1969-12-31T23:59:59.999500000Z"),
                Instant.parse("1969-12-31T23:59:59.999000000Z"),
                Instant.EPOCH,
                Instant.parse("2024-07-11T00:00:00Z"));

        for (Instant instant : instants) {
            assertThat(times.format(instant)).as("%s", instant).isEqualTo(DateTimeUtils.formatInstant(instant));
        }
        assertThat(times.format(instants.get(1))).isEqualTo("2026-11-30T04:26:15.123Z");
    }
}
