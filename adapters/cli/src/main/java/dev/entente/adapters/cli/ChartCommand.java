package dev.entente.adapters.cli;

import dev.entente.application.analysis.DyadSeries;
import dev.entente.application.analysis.RelationshipChart;
import dev.entente.application.query.DyadRecords;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente chart}: a picture of a relationship over time, as SVG or as an HTML page. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = "Draws the relationship of two countries over time: visits as spans, agreements by status, "
                + "declared support, the partnership level as a step line and the monthly Goldstein sum as bars. "
                + "Writes SVG (FILE.svg) or an HTML page (FILE.html).")
final class ChartCommand implements Callable<Integer> {

    @Mixin
    DyadArguments countries;

    @Option(names = "--from", paramLabel = "DATE", description = "The first day (yyyy-MM-dd); the month of the first fact by default.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "The last day (yyyy-MM-dd): only facts dated by then are drawn; "
            + "the month of the last fact by default.")
    LocalDate to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "The file to write: .svg or .html.")
    Path output;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws IOException {
        Dyad dyad = countries.dyad();
        Country first = Country.of(countries.a);
        Country second = Country.of(countries.b);
        DyadSeries.checkRange(from, to);
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm");
        if (!html && !name.endsWith(".svg")) {
            throw new UsageError("-o names the chart's file, ending in .svg or .html, not '" + output + "'");
        }
        try (OutputFile file = OutputFile.open(output)) {
            DyadRecords records;
            try (Session session = Session.forQuestions(store.store())) {
                records = session.readModels().records(dyad);
            }
            String chart = html ? RelationshipChart.html(records, first, second, from, to)
                    : RelationshipChart.svg(records, first, second, from, to);
            try {
                file.stream().write(chart.getBytes(StandardCharsets.UTF_8));
            } catch (IOException writing) {
                throw FileProblem.cannotWrite(output, writing);
            }
            file.commit();
        }
        System.err.println("Wrote the chart of " + RelationshipChart.title(first, second) + " to " + output + ".");
        return ExitCode.OK;
    }
}
