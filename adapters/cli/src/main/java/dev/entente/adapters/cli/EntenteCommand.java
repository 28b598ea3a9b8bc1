package dev.entente.adapters.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code entente} command and its subcommands. They are added when the command line is built rather than named in
 * the annotation, so that a question builds picocli's model of its own command only (docs/adr/0014).
 */
@Command(name = "entente", mixinStandardHelpOptions = true, version = "entente 0.1.0",
        description = {"The history of relations between states: chronicles in, the relationship's state over time out."},
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

    /** Every subcommand, in the order the usage help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(DemoCommand.class, ApplyCommand.class, QueryCommands.State.class,
            QueryCommands.Timeline.class, QueryCommands.Agreements.class, QueryCommands.Visits.class,
            SeriesCommand.class, ChartCommand.class, ReplayCommand.class, ExportCommand.class, ImportCommand.class,
            CheckCommand.class);

    /**
     * The command line for {@code args}. When they start with the name of a question ({@code state},
     * {@code timeline}, {@code agreements}, {@code visits}), only that subcommand is added: picocli builds its model
     * of a command by reflection, and building all twelve took about a third of a question's start-up. What the
     * question parses, prints and refuses is the same either way, since a subcommand's usage and errors name only
     * itself and the options it inherits.
     */
    static CommandLine commandLine(String... args) {
        CommandLine root = new CommandLine(new EntenteCommand());
        Class<?> question = args.length == 0 ? null : QueryCommands.byName(args[0]);
        for (Class<?> subcommand : question != null ? List.<Class<?>>of(question) : SUBCOMMANDS) {
            root.addSubcommand(subcommand);
        }
        return root;
    }

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
