package dev.entente.adapters.cli;

import dev.entente.adapters.json.JsonSerialization;
import dev.entente.application.analysis.CodedEvent;
import dev.entente.application.analysis.CodedEvents;
import dev.entente.application.analysis.StoredEvents;
import dev.entente.application.spi.Storage;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Source;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the coded events of a store's history, one row per coded event, in the order recorded: GDELT 2.0's event
 * table (tab-separated, its 61 columns, those that do not apply left empty) or Entente's own CSV. Both are described
 * column by column in docs/analysis.md.
 */
final class CodedExport {

    /** The export formats of coded events. */
    enum Kind {
        GDELT, CSV
    }

    /** Entente's own columns. */
    static final List<String> CSV_COLUMNS = List.of("global_event_id", "day", "source", "target", "event_code",
            "base_code", "root_code", "quad_class", "goldstein", "plover", "cameo_label", "entente_event", "subject",
            "status", "origin", "position", "recorded_at", "sources", "source_urls");

    /** GDELT 2.0's event table, in order (GDELT Event Codebook V2.0). */
    static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
            "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
            "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
            "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
            "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
            "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName",
            "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
            "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
            "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    private static final Map<String, Integer> GDELT_INDEX = IntStream.range(0, GDELT_COLUMNS.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(GDELT_COLUMNS::get, i -> i));
    private static final Pattern BREAKS = Pattern.compile("[\\t\\r\\n]+");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter DATE_ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Ids leave room for this many coded events per stored event (a signature among 32 parties gives 992). */
    static final long IDS_PER_EVENT = 1000;

    private CodedExport() {
    }

    /** Writes every coded event of {@code storage} to {@code out} (flushed, left open); returns how many. */
    static long write(Storage storage, OutputStream out, Kind kind) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long[] count = {0};
        try {
            // GDELT's files have no header and no quoting (fields are cleaned of tabs and line breaks instead): its
            // rows are written as they are; Entente's CSV is RFC 4180 with a header.
            CSVPrinter printer = kind == Kind.CSV
                    ? new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get())
                    : null;
            CodedEvents.Stream coder = new CodedEvents.Stream();
            StoredEvents.forEach(storage, new JsonSerialization(), recorded -> {
                List<CodedEvent> coded = coder.code(recorded);
                for (int i = 0; i < coded.size(); i++) {
                    CodedEvent event = coded.get(i);
                    long id = recorded.position() * IDS_PER_EVENT + i;
                    try {
                        if (printer == null) {
                            writer.write(String.join("\t", gdelt(id, event)));
                            writer.write('\n');
                        } else {
                            printer.printRecord(csv(id, event, coder));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    private static List<String> csv(long id, CodedEvent event, CodedEvents.Stream coder) {
        return List.of(Long.toString(id), event.day().toString(), event.source().code(), event.target().code(),
                event.code().eventCode(), event.code().baseCode(), event.code().rootCode(),
                Integer.toString(event.code().quadClass()), goldstein(event), event.code().plover(),
                event.code().label(), event.kind(), event.subject(), coder.status(event).orElse(""),
                event.derived() ? "derived" : "observed", Objects.toString(event.position(), ""),
                event.recordedAt() == null ? "" : event.recordedAt().toString(),
                event.sources().stream().map(s -> s.publisher() + ": " + s.title() + " (" + s.published() + ")")
                        .collect(Collectors.joining("; ")),
                event.sources().stream().filter(s -> s.url() != null).map(s -> s.url().toString())
                        .collect(Collectors.joining(" ")));
    }

    private static List<String> gdelt(long id, CodedEvent event) {
        String[] row = new String[GDELT_COLUMNS.size()];
        Arrays.fill(row, "");
        LocalDate day = event.day();
        set(row, "GLOBALEVENTID", Long.toString(id));
        set(row, "SQLDATE", DAY.format(day));
        set(row, "MonthYear", String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        set(row, "Year", Integer.toString(day.getYear()));
        // GDELT's own formula: the year plus (month * 30 + day) / 365, to four decimals.
        set(row, "FractionDate", String.format(Locale.ROOT, "%.4f",
                day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0));
        actor(row, "Actor1", event.source());
        actor(row, "Actor2", event.target());
        set(row, "IsRootEvent", "1");
        set(row, "EventCode", event.code().eventCode());
        set(row, "EventBaseCode", event.code().baseCode());
        set(row, "EventRootCode", event.code().rootCode());
        set(row, "QuadClass", Integer.toString(event.code().quadClass()));
        set(row, "GoldsteinScale", goldstein(event));
        List<Source> sources = event.sources();
        set(row, "NumMentions", Integer.toString(sources.size()));
        set(row, "NumSources", Long.toString(sources.stream().map(Source::publisher).distinct().count()));
        set(row, "NumArticles", Integer.toString(sources.size()));
        if (event.recordedAt() != null) {
            set(row, "DATEADDED", DATE_ADDED.format(event.recordedAt()));
        }
        set(row, "SOURCEURL", sources.stream().filter(s -> s.url() != null).map(s -> s.url().toString())
                .findFirst().orElse(""));
        List<String> cleaned = new ArrayList<>(row.length);
        for (String field : row) {
            cleaned.add(field.isEmpty() ? field : BREAKS.matcher(field).replaceAll(" "));
        }
        return cleaned;
    }

    private static void actor(String[] row, String prefix, Country country) {
        String alpha3 = country.alpha3();
        // A state acting through its government: CAMEO's country code followed by the GOV role.
        set(row, prefix + "Code", alpha3 + "GOV");
        set(row, prefix + "Name", country.name().toUpperCase(Locale.ROOT));
        set(row, prefix + "CountryCode", alpha3);
        set(row, prefix + "Type1Code", "GOV");
    }

    private static void set(String[] row, String column, String value) {
        Integer index = GDELT_INDEX.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no GDELT column " + column);
        }
        row[index] = value;
    }

    private static String goldstein(CodedEvent event) {
        return String.format(Locale.ROOT, "%.1f", event.goldstein());
    }
}
