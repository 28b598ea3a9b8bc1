package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** {@code entente demo}: the reference chronicle on a fresh store, and the article's facts in what it prints. */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DemoTest {

    private static Cli.Result demo;
    private static List<String> lines;
    private static Set<String> workingDirectoryBefore;
    private static Set<String> workingDirectoryAfter;
    private static Set<String> demoStoresBefore;
    private static Set<String> demoStoresAfter;

    @BeforeAll
    static void runTheDemoOnce() throws IOException {
        workingDirectoryBefore = names(Path.of(""));
        demoStoresBefore = demoStores();
        demo = Cli.run("demo");
        lines = demo.outLines();
        workingDirectoryAfter = names(Path.of(""));
        demoStoresAfter = demoStores();
    }

    @Test
    void the_demo_exits_0_and_says_what_it_applied() {
        assertThat(demo.exitCode()).as("%s", demo).isZero();
        assertThat(demo.err()).isEmpty();
        assertThat(lines).startsWith(
                "Entente demo: Azerbaijan and Pakistan: the state visit of President Ilham Aliyev, 11-12 July 2024",
                "Applied the 32 commands of examples/azerbaijan-pakistan-2024.json to a fresh store; every command "
                        + "cites its sources.");
    }

    @Test
    void before_the_visit_relations_and_recognition_are_on_record_and_nothing_of_the_visit_is() {
        // What is not recorded is "not on record", never "none": the store knows only what was recorded.
        assertThat(Cli.section(lines, "== Before the visit ==")).containsExactly(
                "Azerbaijan–Pakistan (AZ-PK) on 2024-07-10",
                "  Diplomatic relations   established, since 1992-06-09",
                "  Recognitions           Pakistan recognised Azerbaijan (1991-12-12)",
                "  Partnership            not on record",
                "  Declared support       not on record",
                "  Pledges                not on record",
                "  Agreements             not on record",
                "  In force by sector     none",
                "  Visits                 not on record",
                "  Last high-level visit  not on record");
    }

    @Test
    void after_the_visit_the_partnership_the_support_the_agreements_and_the_visit_are_on_record() {
        assertThat(Cli.section(lines, "== After the visit ==")).containsExactlyElementsOf(Cli.STATE_AFTER_THE_VISIT);
    }

    @Test
    void the_timeline_shows_the_arrival_at_Nur_Khan_Airbase_with_its_honours_sources_and_the_other_claim() {
        List<String> timeline = Cli.section(lines, "== Timeline, July 2024 ==");
        assertThat(timeline.get(0)).isEqualTo("Azerbaijan–Pakistan (AZ-PK), July 2024: 37 entries");
        assertThat(timeline).containsSubsequence(
                "  2024-07-11  State visit of Ilham Aliyev (head of state, AZ) to Pakistan scheduled for 2024-07-11 "
                        + "to 2024-07-12",
                "              sources: News.az, 2024-07-12; Azernews, 2024-07-13; NNI News Agency, 2024-07-11",
                "  2024-07-11  Ilham Aliyev arrived in Pakistan at Nur Khan Airbase, Rawalpindi, received by Shehbaz "
                        + "Sharif (head of government, PK), Mohsin Naqvi (minister, PK), Attaullah Tarar (minister, "
                        + "PK); honours: guard of honour, 21-gun salute, red carpet, bouquets presented by two "
                        + "children in traditional dress",
                "              sources: The Express Tribune, 2024-07-11; NNI News Agency, 2024-07-11; Daily Express "
                        + "(Urdu), 2024-07-11; Azernews, 2024-07-13",
                "              note: Sources disagree on where the guest landed: the reports of 11 July place the "
                        + "arrival at Nur Khan Airbase, the seed article at Islamabad International Airport.",
                "              also claimed: place Islamabad International Airport (Azernews, 2024-07-13)");
        assertThat(timeline).containsSubsequence(
                "  2024-07-12  Azerbaijan and Pakistan reaffirmed their strategic partnership",
                "  2024-07-12  Ilham Aliyev departed; the state visit ended",
                "  2024-07-13  Pakistan declared support for Azerbaijan's position on Karabakh",
                "  2024-07-13  Azerbaijan declared support for Pakistan's position on Kashmir");
        assertThat(timeline).containsSubsequence(
                "  2024-07-11  Signing ceremony: Agreements and memoranda of understanding signed in the presence of "
                        + "President Aliyev and Prime Minister Sharif (Prime Minister's House, Islamabad); 15 documents "
                        + "signed in all",
                "              sources: ARY News, 2024-07-12",
                "  2024-07-11  Azerbaijan pledged investment in mutually beneficial projects ($2 billion, an initial "
                        + "figure) to Pakistan; sectors: investment");
        assertThat(timeline.stream().filter(line -> line.startsWith("  2024-07-"))).hasSize(37);
    }

    @Test
    void the_agreements_signed_during_the_visit_are_listed_one_per_line_by_sector() {
        assertThat(Cli.section(lines, "== Agreements signed during the visit, by sector ==")).containsExactly(
                "aliyev-pakistan-2024: 10 instruments on record, of 15 documents signed in all",
                "  trade, transport   signed       Agreement on Transit Trade between the Government of Azerbaijan "
                        + "and the Government of Pakistan [areas: transit trade]",
                "  trade              signed       Preferential Trade Agreement between the Government of Azerbaijan "
                        + "and the Government of Pakistan [areas: preferential trade, agriculture, pharmaceuticals, "
                        + "textiles]",
                "  economy            in force     Memorandum of Understanding between the Ministry of Economy of "
                        + "Azerbaijan and the Ministry of Privatization of Pakistan on cooperation in the "
                        + "privatization of state property [areas: privatisation of state property]",
                "  energy             in force     Memorandum on energy cooperation (title as described by Azernews) "
                        + "[areas: oil and gas exploration, renewable energy]",
                "  mining             in force     Memorandum of Understanding between the Governments of Pakistan "
                        + "and Azerbaijan on cooperation in the field of mineral resources and geology [areas: "
                        + "mineral resources and geology]",
                "  defence            signed       Agreement on cooperation in defence production and military "
                        + "training (as described by Azernews) [areas: defence production, military training]",
                "  education          in force     Document on educational exchanges (as described by Azernews) "
                        + "[areas: educational exchange]",
                "  culture            in force     Cultural Exchange Programme between Pakistan and Azerbaijan for "
                        + "the years 2024-2029 [areas: cultural programmes]",
                "  justice            in force     Memorandum of Cooperation between the Ministry of Justice of "
                        + "Azerbaijan and the Ministry of Law and Justice of Pakistan",
                "  consular affairs   in force     Memorandum of Understanding between the Ministries of Foreign "
                        + "Affairs of Azerbaijan and Pakistan on Consular Affairs");
    }

    @Test
    void the_demo_leaves_no_store_behind() {
        // Nothing new in the working directory: in particular no ./entente-data, the default store.
        assertThat(workingDirectoryAfter).as("the working directory").isEqualTo(workingDirectoryBefore);
        assertThat(demoStoresAfter).as("temporary demo stores").isEqualTo(demoStoresBefore);
        assertThat(demo.out()).doesNotContain("The store is kept in");
    }

    private static Set<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory.toAbsolutePath())) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static Set<String> demoStores() throws IOException {
        return names(Path.of(System.getProperty("java.io.tmpdir"))).stream()
                .filter(name -> name.startsWith("entente-demo-"))
                .collect(Collectors.toSet());
    }
}
