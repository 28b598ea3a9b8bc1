package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Chronicles that create an id twice, or speak of an id never created, applied to a store that holds the reference
 * chronicle: each is refused by the domain's rule (exit 1) with its code, the command's location and the id, and not a
 * byte of the store changes. A date outside the years Entente records is bad input (exit 2).
 */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RefusalTest extends ChroniclesOnAPopulatedStore {

    private static final String AGREEMENT = "az-pk-consular-affairs-mou-2024";

    private static String at(Path file, String needle) {
        return file + ":" + Cli.locate(Cli.read(file), needle);
    }

    private static String schedule(String id, String from, String to) {
        return "    {\"type\": \"ScheduleVisit\", \"visitId\": \"" + id + "\", \"occurredOn\": \"" + from + "\", "
                + "\"guest\": {\"name\": \"Ilham Aliyev\", \"office\": \"head-of-state\", \"country\": \"AZ\"}, "
                + "\"host\": \"PK\", \"kind\": \"state\", \"plannedFrom\": \"" + from + "\", \"plannedTo\": \"" + to
                + "\"}";
    }

    @Test
    void a_visit_id_scheduled_twice_in_one_chronicle_is_refused_naming_the_id() {
        Path file = chronicle("twice.json", schedule("aliyev-baku-2025", "2025-03-01", "2025-03-02"),
                schedule("aliyev-baku-2025", "2025-04-01", "2025-04-02"));

        Cli.Result result = apply(1, file);

        String second = at(file, "{\"type\": \"ScheduleVisit\", \"visitId\": \"aliyev-baku-2025\", \"occurredOn\": "
                + "\"2025-04-01\"");
        assertThat(result.err().lines()).containsExactly(
                second + " ScheduleVisit: ScheduleVisit refused by rule visit.already-scheduled: Visit "
                        + "aliyev-baku-2025 cannot be scheduled on 2025-04-01: it was already scheduled on 2025-03-01; "
                        + "an id is scheduled once (postpone or cancel the visit, or give the new one another id).",
                "entente: nothing was written.");
    }

    @Test
    void an_agreement_id_concluded_again_after_an_earlier_chronicle_is_refused_naming_the_id() {
        Path file = chronicle("again.json",
                "    {\"type\": \"ConcludeAgreement\", \"agreementId\": \"" + AGREEMENT + "\", \"occurredOn\": "
                        + "\"2024-09-01\", \"title\": \"Another text\", \"kind\": \"agreement\", "
                        + "\"parties\": [\"AZ\", \"PK\"], \"sectors\": [\"trade\"]}");

        Cli.Result result = apply(1, file);

        assertThat(result.err().lines()).hasSize(2);
        assertThat(result.err().lines().findFirst().orElseThrow())
                .startsWith(at(file, "{\"type\"") + " ConcludeAgreement: ConcludeAgreement refused by rule "
                        + "agreement.already-concluded: Agreement " + AGREEMENT + " cannot be concluded on 2024-09-01: "
                        + "it was already concluded on ");
        assertThat(result.err()).endsWith("entente: nothing was written." + System.lineSeparator());
    }

    @Test
    void a_signature_of_an_agreement_concluded_nowhere_is_refused_naming_the_id() {
        Path file = chronicle("unknown-agreement.json",
                "    {\"type\": \"SignAgreement\", \"agreementId\": \"az-pk-never-concluded\", \"occurredOn\": "
                        + "\"2024-09-01\", \"signatures\": [{\"party\": \"AZ\"}, {\"party\": \"PK\"}]}");

        Cli.Result result = apply(1, file);

        assertThat(result.err().lines()).containsExactly(
                at(file, "{\"type\"") + " SignAgreement: SignAgreement refused by rule agreement.unknown: Agreement "
                        + "az-pk-never-concluded is unknown: it was never concluded, so nothing can happen to it yet "
                        + "(refused: SignAgreement on 2024-09-01).",
                "entente: nothing was written.");
    }

    @Test
    void an_arrival_at_a_visit_never_scheduled_is_refused_naming_the_id() {
        Path file = chronicle("unknown-visit.json",
                "    {\"type\": \"RecordArrival\", \"visitId\": \"aliyev-lahore-2024\", \"occurredOn\": \"2024-07-11\", "
                        + "\"place\": \"Lahore\"}");

        Cli.Result result = apply(1, file);

        assertThat(result.err().lines()).containsExactly(
                at(file, "{\"type\"") + " RecordArrival: RecordArrival refused by rule visit.unknown: Visit "
                        + "aliyev-lahore-2024 is unknown: it was never scheduled, so nothing can happen to it yet "
                        + "(refused: RecordArrival on 2024-07-11).",
                "entente: nothing was written.");
    }

    @Test
    void a_date_outside_the_years_1000_to_2999_is_bad_input() {
        Path file = chronicle("years.json", schedule("aliyev-baku-0224", "0224-03-01", "0224-03-02"),
                schedule("aliyev-baku-9999", "2025-03-01", "9999-12-31"));

        Cli.Result result = apply(2, file);

        // Located at the command: the value is checked when the command is made from its fields.
        assertThat(result.err()).contains(at(file, "{\"type\": \"ScheduleVisit\", \"visitId\": \"aliyev-baku-0224\"")
                        + ": date the visit was scheduled 0224-03-01 is out of range: Entente records dates in the "
                        + "years 1000 to 2999 (date.out-of-range) [chronicle.invalid-value]")
                .contains(at(file, "{\"type\": \"ScheduleVisit\", \"visitId\": \"aliyev-baku-9999\"")
                        + ": last planned day 9999-12-31 is out of range")
                .contains("entente: nothing was written (2 errors).");
    }
}
