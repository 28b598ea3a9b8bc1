package dev.entente.adapters.json.chronicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.entente.domain.agreement.ConcludeAgreement;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.EntryIntoForceRule.ConsentStep;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The rules of entry into force added for treaty practice read from a chronicle, in the spellings people write. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TreatyRulesChronicleTest {

    private final ChronicleReader reader = new ChronicleReader();

    private EntryIntoForceRule rule(String json) throws ChronicleException {
        String line = "{\"type\": \"ConcludeAgreement\", \"agreementId\": \"a\", \"occurredOn\": \"2024-07-11\", "
                + "\"title\": \"t\", \"kind\": \"agreement\", \"parties\": [\"AZ\", \"PK\"], \"sectors\": [\"trade\"], "
                + "\"entryIntoForce\": " + json + "}";
        Object command = reader.read("rule.jsonl", line.getBytes(StandardCharsets.UTF_8)).commands().get(0).command();
        return ((ConcludeAgreement) command).entryIntoForce();
    }

    @Test
    void not_on_record_reads() throws ChronicleException {
        assertThat(rule("{\"type\": \"not-on-record\"}")).isEqualTo(EntryIntoForceRule.notOnRecord());
    }

    @Test
    void days_after_the_last_notification_reads_with_the_step_in_any_case() throws ChronicleException {
        assertThat(rule("{\"type\": \"days-after\", \"days\": 30, \"step\": \"Notification\"}"))
                .isEqualTo(EntryIntoForceRule.daysAfter(30, ConsentStep.NOTIFICATION, null));
    }

    @Test
    void the_first_day_of_the_second_month_after_the_nth_ratification_reads() throws ChronicleException {
        assertThat(rule("{\"type\": \"first-day-of-month-after\", \"months\": 2, \"step\": \"ratification\", \"nth\": 2}"))
                .isEqualTo(EntryIntoForceRule.firstDayOfMonthAfter(2, ConsentStep.RATIFICATION, 2));
    }
}
