package dev.entente.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.entente.application.analysis.DyadSeries;
import dev.entente.application.analysis.Granularity;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente series}: a dyad's CAMEO-coded event series per period (docs/analysis.md). */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = "The event series of two countries per period: coded events by CAMEO root code and quad class, "
                + "summed and mean Goldstein value (see docs/analysis.md). An empty period shows empty, not zero.")
final class SeriesCommand implements Callable<Integer> {

    @Mixin
    DyadArguments countries;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "month",
            description = "day, week, month (default), quarter or year.")
    String by;

    @Option(names = "--from", paramLabel = "DATE", description = "The first day (yyyy-MM-dd); the first coded event by default.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "The last day (yyyy-MM-dd); the last coded event by default.")
    LocalDate to;

    @Option(names = "--directed", description = "One row per direction (A to B, then B to A) in each period.")
    boolean directed;

    @Mixin
    StoreOption store;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        Dyad dyad = countries.dyad();
        Country first = Country.of(countries.a);
        Country second = Country.of(countries.b);
        Granularity granularity = Granularity.parse(by);
        DyadSeries.checkRange(from, to);
        Format as = format.format();
        DyadSeries series;
        try (Session session = Session.forQuestions(store.store())) {
            series = DyadSeries.of(session.readModels().records(dyad), first, second, granularity, from, to, directed);
        }
        if (as == Format.JSON) {
            new Output(System.out, as).json(series);
        } else if (as == Format.CSV) {
            printCsv(series);
        } else {
            printText(dyad, series);
        }
        return ExitCode.OK;
    }

    private static List<String> columns(DyadSeries series) {
        List<String> columns = new ArrayList<>(List.of("period", "start", "end"));
        if (series.directed()) {
            columns.addAll(List.of("source", "target"));
        }
        columns.add("events");
        series.rootCodes().forEach(root -> columns.add("root " + root));
        DyadSeries.QUAD_CLASSES.forEach(quad -> columns.add("quad " + quad));
        columns.addAll(List.of("goldstein sum", "goldstein mean"));
        return columns;
    }

    private static Map<String, String> row(DyadSeries series, DyadSeries.Period period) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("period", period.name());
        row.put("start", period.start().toString());
        row.put("end", period.end().toString());
        if (series.directed()) {
            row.put("source", period.source().code());
            row.put("target", period.target().code());
        }
        // An empty period is missing data, not a count of zero: its fields stay empty.
        boolean empty = period.empty();
        row.put("events", empty ? "" : Integer.toString(period.events()));
        series.rootCodes().forEach(root -> row.put("root " + root,
                empty ? "" : Integer.toString(period.byRoot().getOrDefault(root, 0))));
        DyadSeries.QUAD_CLASSES.forEach(quad -> row.put("quad " + quad,
                empty ? "" : Integer.toString(period.byQuadClass().getOrDefault(quad, 0))));
        row.put("goldstein sum", empty ? "" : number(period.goldsteinSum()));
        row.put("goldstein mean", empty ? "" : number(period.goldsteinMean()));
        return row;
    }

    private static void printCsv(DyadSeries series) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns(series).forEach(schema::addColumn);
        List<Map<String, String>> rows = series.periods().stream().map(p -> row(series, p)).toList();
        try {
            System.out.print(new CsvMapper().writer(schema.build()).writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the series as CSV: " + e.getOriginalMessage(), e);
        }
    }

    private static void printText(Dyad dyad, DyadSeries series) {
        int events = series.periods().stream().mapToInt(DyadSeries.Period::events).sum();
        System.out.println(Output.title(dyad) + ", by " + series.by().label()
                + (series.directed() ? ", directed" : "") + ": " + series.periods().size() + " period"
                + (series.periods().size() == 1 ? "" : "s") + ", " + events + " coded event" + (events == 1 ? "" : "s"));
        List<String> columns = columns(series);
        List<List<String>> lines = new ArrayList<>();
        lines.add(columns.stream().filter(c -> !c.equals("start") && !c.equals("end")).toList());
        for (DyadSeries.Period period : series.periods()) {
            Map<String, String> row = row(series, period);
            lines.add(columns.stream().filter(c -> !c.equals("start") && !c.equals("end"))
                    .map(c -> row.get(c).isEmpty() ? "–" : row.get(c)).toList());
        }
        int[] widths = new int[lines.get(0).size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder(" ");
            for (int i = 0; i < line.size(); i++) {
                text.append(' ').append(i == 0 ? pad(line.get(i), widths[i]) : padLeft(line.get(i), widths[i]));
            }
            System.out.println(text.toString().stripTrailing());
        }
    }

    private static String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }
}
