package dev.entente.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code entente export --format gdelt|csv} on the reference chronicle, read back with commons-csv: one row per coded
 * event (33, the hand count of SeriesCommandTest), GDELT's 61 columns, and the visit's two rows as CAMEO codes them.
 */
@Isolated
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CodedExportTest {

    private static final DateTimeFormatter DATE_ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    @TempDir
    static Path shared;
    private static String store;
    private static Instant applied;

    @BeforeAll
    static void applyTheReference() {
        store = shared.resolve("store").toString();
        // Whole seconds, as DATEADDED has them.
        applied = Instant.now().minusSeconds(1);
        Cli.ok("apply", Cli.example(Cli.REFERENCE).toString(), "--store", store);
    }

    private static List<CSVRecord> read(Path file, CSVFormat format) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(reader).getRecords();
        }
    }

    private static CSVFormat gdelt() {
        return CSVFormat.TDF.builder().setQuote(null).setHeader(CodedExport.GDELT_COLUMNS.toArray(String[]::new))
                .setIgnoreSurroundingSpaces(false).setTrim(false).setIgnoreEmptyLines(false).get();
    }

    @Test
    void gdelt_rows_have_the_61_columns_and_the_reference_s_codes() throws IOException {
        Path file = shared.resolve("events.tsv");
        Cli.Result result = Cli.ok("export", "--format", "gdelt", "-o", file.toString(), "--store", store);
        assertThat(result.err()).contains("Exported 33 coded events");
        List<CSVRecord> rows = read(file, gdelt());
        assertThat(rows).hasSize(33).allSatisfy(row -> assertThat(row.size()).isEqualTo(61));
        assertThat(Files.readString(file)).doesNotStartWith("GLOBALEVENTID");
        Map<String, Long> byCode = rows.stream().collect(Collectors.groupingBy(r -> r.get("EventCode"),
                Collectors.counting()));
        assertThat(byCode).containsExactlyInAnyOrderEntriesOf(Map.of("036", 1L, "0311", 1L, "042", 1L, "043", 1L,
                "046", 2L, "054", 3L, "057", 20L, "050", 2L, "052", 2L));
        assertThat(rows.stream().map(r -> r.get("GLOBALEVENTID")).distinct()).hasSize(33);

        CSVRecord visit = rows.stream().filter(r -> r.get("EventCode").equals("042")).findFirst().orElseThrow();
        assertThat(visit.get("SQLDATE")).isEqualTo("20240711");
        assertThat(visit.get("MonthYear")).isEqualTo("202407");
        assertThat(visit.get("Year")).isEqualTo("2024");
        assertThat(visit.get("FractionDate")).isEqualTo("2024.6055");
        assertThat(visit.get("Actor1Code")).isEqualTo("AZEGOV");
        assertThat(visit.get("Actor1Name")).isEqualTo("AZERBAIJAN");
        assertThat(visit.get("Actor1CountryCode")).isEqualTo("AZE");
        assertThat(visit.get("Actor2CountryCode")).isEqualTo("PAK");
        assertThat(visit.get("EventBaseCode")).isEqualTo("042");
        assertThat(visit.get("EventRootCode")).isEqualTo("04");
        assertThat(visit.get("QuadClass")).isEqualTo("1");
        assertThat(visit.get("GoldsteinScale")).isEqualTo("1.9");
        assertThat(visit.get("NumArticles")).isEqualTo("4");
        assertThat(visit.get("AvgTone")).isEmpty();
        assertThat(visit.get("ActionGeo_CountryCode")).isEmpty();
        assertThat(visit.get("SOURCEURL")).isEqualTo("https://tribune.com.pk/story/2478804");
        Instant added = Instant.from(DATE_ADDED.parse(visit.get("DATEADDED")));
        assertThat(added).isBetween(applied.minusSeconds(1), Instant.now());

        CSVRecord hosted = rows.stream().filter(r -> r.get("EventCode").equals("043")).findFirst().orElseThrow();
        assertThat(hosted.get("Actor1CountryCode")).isEqualTo("PAK");
        assertThat(hosted.get("Actor2CountryCode")).isEqualTo("AZE");
        assertThat(hosted.get("GoldsteinScale")).isEqualTo("2.8");
        assertThat(rows.stream().filter(r -> r.get("EventCode").equals("057")))
                .allSatisfy(r -> assertThat(r.get("GoldsteinScale")).isEqualTo("8.0"));
    }

    @Test
    void the_csv_has_entente_s_columns_and_the_same_events_as_the_gdelt_rows() throws IOException {
        Path csv = shared.resolve("events.csv");
        Path tsv = shared.resolve("same.tsv");
        Cli.ok("export", "--format", "csv", "-o", csv.toString(), "--store", store);
        Cli.ok("export", "--format", "gdelt", "-o", tsv.toString(), "--store", store);
        List<CSVRecord> rows = read(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
        assertThat(rows).hasSize(33);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(CodedExport.CSV_COLUMNS);
        Map<String, CSVRecord> gdeltById = read(tsv, gdelt()).stream()
                .collect(Collectors.toMap(r -> r.get("GLOBALEVENTID"), Function.identity()));
        for (CSVRecord row : rows) {
            CSVRecord same = gdeltById.get(row.get("global_event_id"));
            assertThat(same).as(row.get("global_event_id")).isNotNull();
            assertThat(same.get("EventCode")).isEqualTo(row.get("event_code"));
            assertThat(same.get("SQLDATE")).isEqualTo(row.get("day").replace("-", ""));
            assertThat(row.get("origin")).isEqualTo("observed");
            assertThat(Long.parseLong(row.get("position")) * CodedExport.IDS_PER_EVENT)
                    .isLessThanOrEqualTo(Long.parseLong(row.get("global_event_id")));
        }
        CSVRecord trade = rows.stream().filter(r -> r.get("subject").equals("az-pk-preferential-trade-agreement-2024")
                && r.get("source").equals("PK")).findFirst().orElseThrow();
        assertThat(trade.get("target")).isEqualTo("AZ");
        assertThat(trade.get("event_code")).isEqualTo("057");
        assertThat(trade.get("plover")).isEqualTo("SUPPORT");
        assertThat(trade.get("entente_event")).isEqualTo("agreement.signed");
        assertThat(trade.get("status")).isEqualTo("signed");
        assertThat(trade.get("sources")).isNotEmpty();
        CSVRecord support = rows.stream().filter(r -> r.get("event_code").equals("052") && r.get("source").equals("PK"))
                .findFirst().orElseThrow();
        assertThat(support.get("target")).isEqualTo("AZ");
        assertThat(support.get("day")).isEqualTo("2024-07-13");
        assertThat(support.get("status")).isEmpty();
        assertThat(rows.stream().filter(r -> r.get("entente_event").equals("visit.guest-arrived")))
                .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("in progress"));
    }

    @Test
    void a_format_that_is_not_one_is_bad_input_and_writes_nothing() {
        Path file = shared.resolve("never.tsv");
        Cli.Result result = Cli.run("export", "--format", "gdelt2", "-o", file.toString(), "--store", store);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--format takes event-log, gdelt or csv");
        assertThat(file).doesNotExist();
    }
}
