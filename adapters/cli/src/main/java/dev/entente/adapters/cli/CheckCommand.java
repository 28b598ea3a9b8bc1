package dev.entente.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.eventlog.StoreCheck;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.integrity.IntegrityProblem;
import dev.entente.application.integrity.IntegrityReport;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Checks that a store is whole, without writing to it and without starting the event processors. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks that the store is whole: every event readable, each aggregate's sequence numbers "
                + "contiguous from 0, the applied commands in agreement with the events, and the read models equal "
                + "to a fresh fold of the whole history. Writes nothing.",
                "Exits 0 when the store is whole, 4 listing every problem when it is not."})
final class CheckCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = EntenteJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        boolean json = switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> false;
            case "json" -> true;
            default -> throw new UsageError("--format takes text or json, not '" + format + "'");
        };
        Store where = store.store();
        if (!where.exists()) {
            throw new UsageError("There is no store at " + where.directory() + " to check");
        }
        IntegrityReport report;
        // An embedded store is opened read-only, so that checking it cannot change a byte of it.
        try (JdbcStorage storage = where.isPostgres() ? where.open() : where.openReadOnly()) {
            report = StoreCheck.run(storage);
        }
        if (json) {
            System.out.println(json(report));
        } else if (report.isWhole()) {
            System.out.println("The store is whole: " + report.events() + " event" + plural(report.events()) + " in "
                    + report.aggregates() + " aggregate" + plural(report.aggregates()) + ", " + report.commands()
                    + " applied command" + plural(report.commands()) + "; the read models equal a fresh fold"
                    + (report.unfolded() == 0 ? "." : " of the " + (report.events() - report.unfolded())
                    + " events they have seen; the other " + report.unfolded() + " are folded when Entente next "
                    + "runs on the store (any query or replay)."));
        } else {
            for (IntegrityProblem problem : report.problems()) {
                System.out.println(problem);
            }
            System.err.println("entente: the store is not whole: " + report.problems().size() + " problem"
                    + plural(report.problems().size()) + " in " + report.events() + " event"
                    + plural(report.events()) + ", " + report.commands() + " applied command"
                    + plural(report.commands()) + " and the read models.");
        }
        return report.isWhole() ? ExitCode.OK : ExitCode.DAMAGED;
    }

    private static String json(IntegrityReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("whole", report.isWhole());
        root.put("events", report.events());
        root.put("aggregates", report.aggregates());
        root.put("commands", report.commands());
        root.put("unfolded", report.unfolded());
        ArrayNode problems = root.putArray("problems");
        for (IntegrityProblem problem : report.problems()) {
            problems.addObject().put("code", problem.code()).put("where", problem.where())
                    .put("sentence", problem.sentence());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }
}
