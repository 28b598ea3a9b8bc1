package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applying an edited chronicle records a correction, shown first by {@code apply --dry-run}; a {@code Withdraw}
 * entry withdraws; every query {@code --as-recorded-at} an instant before shows what was known then (ADR 0022).
 * The example: the reference chronicle's arrival place corrected.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CorrectionCommandTest {

    private static final String AIRBASE = "\"place\": \"Nur Khan Airbase, Rawalpindi\"";
    private static final String AIRPORT = "\"place\": \"Islamabad International Airport\"";
    private static final String ARRIVAL_KEY = "visit:aliyev-pakistan-2024/RecordArrival#1@azerbaijan-pakistan-2024.json";

    @TempDir
    Path directory;

    private String store;

    private Instant appliedTheReference() throws InterruptedException {
        store = directory.resolve("store").toString();
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", store);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        return between;
    }

    private Path corrected() throws java.io.IOException {
        String reference = Cli.read(Cli.example(Cli.REFERENCE));
        assertThat(reference).containsOnlyOnce(AIRBASE);
        // Under the same file name: an entry's key counts its ordinal within the chronicle it is written in.
        Path edited = java.nio.file.Files.createDirectories(directory.resolve("edited"));
        return Cli.write(edited.resolve(Cli.REFERENCE), reference.replace(AIRBASE, AIRPORT));
    }

    private List<String> timeline(String... more) {
        List<String> arguments = new java.util.ArrayList<>(List.of("timeline", "AZ", "PK", "--store", store));
        arguments.addAll(List.of(more));
        return Cli.ok(arguments.toArray(String[]::new)).outLines();
    }

    @Test
    void a_dry_run_of_the_edited_chronicle_says_the_arrival_will_be_corrected_and_the_rest_is_applied()
            throws Exception {
        appliedTheReference();

        List<String> lines = Cli.ok("apply", "--dry-run", corrected().toString(), "--store", store).outLines();

        assertThat(lines.get(1)).isEqualTo("Would apply 1 command (2 events); would skip 31 applied before:");
        assertThat(lines).filteredOn(line -> line.startsWith("  ~ ")).singleElement().satisfies(line -> assertThat(line)
                .contains("changed since applied, will correct: ", "RecordArrival -> visit:aliyev-pakistan-2024: ",
                        "place: Nur Khan Airbase, Rawalpindi → Islamabad International Airport"));
        assertThat(lines).filteredOn(line -> line.startsWith("  = already applied: ")).hasSize(31);
    }

    @Test
    void applying_the_edited_chronicle_corrects_the_arrival_and_the_answers_show_the_new_place() throws Exception {
        appliedTheReference();

        Cli.Result applied = Cli.ok("apply", corrected().toString(), "--store", store);

        assertThat(applied.outLines()).contains("  Corrected " + ARRIVAL_KEY + " ("
                + corrected() + ":110:5 RecordArrival): place: Nur Khan Airbase, Rawalpindi → Islamabad International"
                + " Airport");
        assertThat(timeline()).anySatisfy(line -> assertThat(line).contains("arrived in Pakistan at Islamabad International Airport"))
                .noneSatisfy(line -> assertThat(line).contains("arrived in Pakistan at Nur Khan Airbase"));
        assertThat(Cli.ok("visits", "AZ", "PK", "--store", store, "--format", "json").out())
                .contains("Islamabad International Airport").doesNotContain("Nur Khan Airbase, Rawalpindi");
        assertThat(Cli.ok("check", "--store", store).out()).startsWith("The store is whole");
    }

    @Test
    void as_recorded_before_the_correction_the_old_place_shows_and_after_it_the_new() throws Exception {
        Instant before = appliedTheReference();
        Cli.ok("apply", corrected().toString(), "--store", store);

        assertThat(timeline("--as-recorded-at", before.toString()))
                .anySatisfy(line -> assertThat(line).contains("arrived in Pakistan at Nur Khan Airbase"))
                .noneSatisfy(line -> assertThat(line).contains("arrived in Pakistan at Islamabad International Airport"));
        List<String> now = timeline("--as-recorded-at", Instant.now().toString());
        assertThat(now.get(0)).startsWith("As recorded at ");
        assertThat(now.subList(1, now.size())).isEqualTo(timeline());
        assertThat(Cli.ok("state", "AZ", "PK", "--as-of", "2024-07-12", "--store", store, "--as-recorded-at",
                before.toString(), "--format", "json").out()).contains("Nur Khan Airbase");
    }

    @Test
    void applying_the_corrected_chronicle_again_adds_nothing() throws Exception {
        appliedTheReference();
        Cli.ok("apply", corrected().toString(), "--store", store);

        Cli.Result again = Cli.ok("apply", corrected().toString(), "--store", store);

        assertThat(again.outLines().get(0)).startsWith("Applied 0 commands; skipped 32 applied before");
    }

    @Test
    void a_withdraw_entry_withdraws_the_welcome_ceremony_and_withdrawing_it_again_is_refused() throws Exception {
        Instant before = appliedTheReference();
        Path withdraw = Cli.write(directory.resolve("withdraw.jsonl"), """
                {"type": "Withdraw", "key": "visit:aliyev-pakistan-2024/HoldCeremony#1@azerbaijan-pakistan-2024.json", "reason": "recorded in error", "sources": [{"title": "Correction", "publisher": "Dawn", "published": "2024-07-14"}]}
                """);
        String dryRun = Cli.ok("apply", "--dry-run", withdraw.toString(), "--store", store).out();

        Cli.ok("apply", withdraw.toString(), "--store", store);

        assertThat(dryRun).contains("  - will withdraw: ", "visit.ceremony-held on 2024-07-11 (recorded in error)");
        assertThat(timeline()).noneSatisfy(line -> assertThat(line).contains("Official welcome ceremony"));
        assertThat(timeline("--as-recorded-at", before.toString()))
                .anySatisfy(line -> assertThat(line).contains("Official welcome ceremony"));
        String again = Cli.write(directory.resolve("again.jsonl"), Cli.read(withdraw).replace("in error",
                "in error, again")).toString();
        Cli.Result refused = Cli.run("apply", again, "--store", store);
        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err()).contains("withdrawal.already-withdrawn");
    }

    @Test
    void the_event_log_carries_the_correction_into_another_store() throws Exception {
        appliedTheReference();
        Cli.ok("apply", corrected().toString(), "--store", store);
        Path log = directory.resolve("log.jsonl");
        String imported = directory.resolve("imported").toString();

        Cli.ok("export", "-o", log.toString(), "--store", store);
        Cli.ok("import", log.toString(), "--store", imported);

        assertThat(Cli.read(log)).contains("\"fact.withdrawn\"", "\"entente.key\"");
        assertThat(Cli.ok("timeline", "AZ", "PK", "--store", imported).out())
                .isEqualTo(Cli.ok("timeline", "AZ", "PK", "--store", store).out());
        assertThat(Cli.ok("check", "--store", imported).out()).startsWith("The store is whole");
    }

    @Test
    void the_same_entry_in_a_chronicle_of_another_name_is_a_new_command_to_the_rules() throws Exception {
        appliedTheReference();
        Path renamed = Cli.write(directory.resolve("renamed.json"), Cli.read(corrected()));

        Cli.Result result = Cli.run("apply", renamed.toString(), "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("visit.already-concluded");
    }

    @Test
    void withdrawing_the_scheduling_of_a_visit_whose_steps_stand_is_refused() throws Exception {
        appliedTheReference();
        Path withdraw = Cli.write(directory.resolve("withdraw.jsonl"), """
                {"type": "Withdraw", "key": "visit:aliyev-pakistan-2024/ScheduleVisit#1@azerbaijan-pakistan-2024.json", "reason": "no such visit", "sources": [{"title": "Correction", "publisher": "Dawn", "published": "2024-07-14"}]}
                """);

        Cli.Result result = Cli.run("apply", withdraw.toString(), "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("withdrawal.first-event-before-later-ones");
    }

    @Test
    void the_coded_export_counts_the_corrected_arrival_once() throws Exception {
        appliedTheReference();
        Path before = directory.resolve("before.csv");
        Path after = directory.resolve("after.csv");
        Cli.ok("export", "--format", "csv", "-o", before.toString(), "--store", store);

        Cli.ok("apply", corrected().toString(), "--store", store);
        Cli.ok("export", "--format", "csv", "-o", after.toString(), "--store", store);

        assertThat(Cli.read(after).lines().count()).isEqualTo(Cli.read(before).lines().count()).isGreaterThan(1);
    }
}
