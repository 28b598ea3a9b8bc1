package dev.entente.adapters.cli;

import dev.entente.adapters.json.chronicle.Chronicle;
import dev.entente.adapters.json.chronicle.ChronicleException;
import dev.entente.adapters.json.chronicle.ChronicleReader;
import dev.entente.application.EntenteEngine;
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
    public Integer call() throws ChronicleException, IOException {
        Chronicle chronicle = new ChronicleReader().read("examples/" + CHRONICLE, reference());
        Path directory = Files.createTempDirectory("entente-demo-");
        Store store = Store.of(directory.toString());
        try {
            ApplyCommand.apply(store, chronicle.planned());
            System.out.println("Entente demo: " + chronicle.title());
            System.out.println("Applied the " + chronicle.commands().size() + " commands of examples/" + CHRONICLE
                    + " to a fresh store; every command cites its sources.");
            Output output = new Output(System.out, Format.TEXT);
            try (Session session = Session.open(store)) {
                EntenteEngine engine = session.engine();
                System.out.println();
                System.out.println("== Before the visit ==");
                output.state(engine.stateOf(AZ_PK, LocalDate.of(2024, 7, 10)));
                System.out.println();
                System.out.println("== After the visit ==");
                output.state(engine.stateOf(AZ_PK, LocalDate.of(2024, 7, 13)));
                System.out.println();
                System.out.println("== Timeline, July 2024 ==");
                output.timeline(AZ_PK, engine.timeline(AZ_PK, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31)),
                        "July 2024");
                System.out.println();
                System.out.println("== Agreements signed during the visit, by sector ==");
                for (VisitLogEntry visit : engine.visits(AZ_PK)) {
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
