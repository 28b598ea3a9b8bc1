package dev.entente.adapters.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code entente} command and its subcommands. */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        description = {"The history of relations between states: chronicles in, the relationship's state over time out."},
        subcommands = {DemoCommand.class, ApplyCommand.class, QueryCommands.State.class, QueryCommands.Timeline.class,
                QueryCommands.Agreements.class, QueryCommands.Visits.class, SeriesCommand.class, ChartCommand.class,
                ReplayCommand.class, ExportCommand.class,
                ImportCommand.class, CheckCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a rule refused a command (nothing was written)",
                "2:bad input or usage, a file that cannot be read or written, or a store that cannot be written "
                        + "(nothing was written; an event log refused by import lists every problem)",
                "3:something else went wrong (e.g. the store stayed busy with another process's write)",
                "4:check found the store damaged (every problem is listed)"},
        footerHeading = "%nEnvironment:%n",
        footer = {"  ENTENTE_STORE          the store when --store is not given (default ./" + Store.DEFAULT_DIRECTORY + ")",
                "  ENTENTE_DB_USER, ENTENTE_DB_PASSWORD   credentials for a jdbc:postgresql: store"})
final class EntenteCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Read by {@link Main} before anything logs; declared here so that every command's help shows it. */
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Show what Entente and Axon log.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a command, e.g. entente demo");
    }
}
