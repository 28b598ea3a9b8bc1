package dev.entente.adapters.cli;

import dev.entente.adapters.json.chronicle.Chronicle;
import dev.entente.adapters.json.chronicle.ChronicleReader;
import dev.entente.application.query.ReadModels;
import dev.entente.application.query.VisitLogEntry;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job in one command: applies the reference chronicle to a fresh temporary store and shows the
 * Azerbaijan–Pakistan relationship before and after the state visit of July 2024.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Applies the reference chronicle (the state visit of President Aliyev to Pakistan, "
                + "11-12 July 2024) to a fresh temporary store and prints the Azerbaijan-Pakistan state before and "
                + "after the visit, the timeline of July 2024 and the agreements signed."})
final class DemoCommand implements Callable<Integer> {

    static final String CHRONICLE = "azerbaijan-pakistan-2024.json";
    private static final Dyad AZ_PK = Dyad.of("AZ", "PK");

    @Option(names = "--keep", description = "Keep the temporary store and print where it is.")
    boolean keep;

    @Override
    public Integer call() throws Exception {
        Chronicle chronicle = new ChronicleReader().read("examples/" + CHRONICLE, reference());
        Path directory = Files.createTempDirectory("entente-demo-");
        Store store = Store.of(directory.toString());
        try {
            ApplyCommand.apply(store, chronicle.planned());
            System.out.println("Entente demo: " + chronicle.title());
            System.out.println("Applied the " + chronicle.commands().size() + " commands of examples/" + CHRONICLE
                    + " to a fresh store; every command cites its sources.");
            Output output = new Output(System.out, Format.TEXT);
            // The states are asked as `entente state` asks them, so that the class-data archive the entente script
            // records from the demo holds the path of a question too (docs/adr/0014).
            System.out.println();
            System.out.println("== Before the visit ==");
            ask("state", "AZ", "PK", "--as-of", "2024-07-10", "--store", directory.toString());
            System.out.println();
            System.out.println("== After the visit ==");
            ask("state", "AZ", "PK", "--as-of", "2024-07-13", "--store", directory.toString());
            try (Session session = Session.forQuestions(store)) {
                ReadModels models = session.readModels();
                System.out.println();
                System.out.println("== Timeline, July 2024 ==");
                output.timeline(AZ_PK, models.timeline(AZ_PK, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31)),
                        "July 2024");
                System.out.println();
                System.out.println("== Agreements signed during the visit, by sector ==");
                for (VisitLogEntry visit : models.visits(AZ_PK)) {
                    List<AgreementRecord> signed = visit.agreementsSigned().stream()
                            .sorted(Comparator.comparing((AgreementRecord a) -> a.sectors().get(0))
                                    .thenComparing(AgreementRecord::title))
                            .toList();
                    System.out.println(visit.visit().id() + ": " + signed.size() + " instruments on record"
                            + (visit.documentsSignedInAll() == null ? ""
                                    : ", of " + visit.documentsSignedInAll() + " documents signed in all"));
                    for (AgreementRecord agreement : signed) {
                        System.out.printf("  %-18s %-12s %s%s%n", agreement.sectors().stream().map(Sector::label)
                                        .reduce((x, y) -> x + ", " + y).orElse(""),
                                Output.label(agreement.statusOn(LocalDate.of(2024, 7, 13))), agreement.title(),
                                agreement.areas().isEmpty() ? "" : " [areas: " + agreement.areas().stream()
                                        .map(Object::toString).reduce((x, y) -> x + ", " + y).orElse("") + "]");
                    }
                }
            }
            if (keep) {
                System.out.println();
                System.out.println("The store is kept in " + directory + " (use --store " + directory + ").");
            }
        } finally {
            if (!keep) {
                delete(directory);
            }
        }
        return ExitCode.OK;
    }

    private static void ask(String... question) throws Exception {
        Callable<Integer> asked = PlainQuestion.parse(question);
        if (asked == null || asked.call() != ExitCode.OK) {
            throw new IllegalStateException("The demo's question failed: " + String.join(" ", question));
        }
    }

    private static byte[] reference() throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream("/examples/" + CHRONICLE)) {
            if (in == null) {
                throw new IllegalStateException("The reference chronicle is missing from the command's jar");
            }
            return in.readAllBytes();
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("entente: could not remove the temporary store " + directory + ": " + e.getMessage());
        }
    }
}
