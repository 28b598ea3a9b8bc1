package dev.entente.adapters.cli;

import dev.entente.adapters.json.chronicle.ChronicleError;
import dev.entente.adapters.json.chronicle.ChronicleException;
import dev.entente.application.batch.BatchContended;
import dev.entente.application.batch.BatchRefused;
import dev.entente.adapters.jdbc.eventlog.EventLogException;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.RuleViolation;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** The entry point of the {@code entente} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code (see {@link ExitCode}). */
    public static int run(String... args) {
        boolean verbose = verbose(args);
        quietLogging(verbose);
        QuestionPreload.startFor(args);
        // After the logging is set: sqlite-jdbc logs through SLF4J, which reads its level once.
        SqliteNativeLibrary.useKeptCopy();
        Callable<Integer> question = PlainQuestion.parse(args);
        if (question != null) {
            // Run as picocli would run it, its failures reported the same way, without building picocli's model.
            try {
                return question.call();
            } catch (Exception exception) {
                return report(exception, stderr(), verbose);
            } finally {
                Store.closePools();
            }
        }
        CommandLine commandLine = EntenteCommand.commandLine(args)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((exception, command, parseResult) ->
                        report(exception, command.getErr(), verbose));
        try {
            return commandLine.execute(args);
        } finally {
            Store.closePools();
        }
    }

    /** Whether {@code -v} or {@code --verbose} is among the arguments (a loop: a question links no lambda for it). */
    private static boolean verbose(String... args) {
        for (String arg : args) {
            if (arg.equals("-v") || arg.equals("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Logging stays quiet unless asked: the results are the output, not the framework's chatter. */
    private static void quietLogging(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "error");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("disable-axoniq-console-message", "true");
    }

    /** Standard error as picocli writes to it ({@code CommandLine.getErr()}): in its encoding, flushed per line. */
    private static PrintWriter stderr() {
        String name = System.getProperty("sun.stderr.encoding");
        Charset charset;
        try {
            charset = name == null ? Charset.defaultCharset()
                    : Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
        } catch (RuntimeException unknown) {
            charset = Charset.defaultCharset();
        }
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.err, charset)), true);
    }

    private static int report(Exception exception, PrintWriter err, boolean verbose) {
        exception = Store.explained(exception);
        int code;
        if (exception instanceof ChronicleException invalid) {
            for (ChronicleError error : invalid.errors()) {
                err.println(error);
            }
            err.println("entente: nothing was written (" + invalid.errors().size() + " error"
                    + (invalid.errors().size() == 1 ? "" : "s") + ").");
            code = ExitCode.BAD_INPUT;
        } else if (exception instanceof BatchRefused refused && refused.getCause() instanceof RuleViolation rule) {
            err.println(refused.command().label() + ": " + refused.command().command().getClass().getSimpleName()
                    + " refused by rule " + rule.code() + ": " + rule.getMessage());
            err.println("entente: nothing was written.");
            code = ExitCode.REFUSED;
        } else if (exception instanceof BatchRefused refused && refused.getCause() instanceof InvalidValue invalid) {
            err.println(refused.command().label() + ": " + invalid.getMessage() + " [" + invalid.code() + "]");
            err.println("entente: nothing was written.");
            code = ExitCode.BAD_INPUT;
        } else if (exception instanceof BatchContended contended) {
            err.println("entente: " + contended.getMessage());
            code = ExitCode.FAILED;
        } else if (exception instanceof RuleViolation rule) {
            err.println("entente: refused by rule " + rule.code() + ": " + rule.getMessage());
            code = ExitCode.REFUSED;
        } else if (exception instanceof InvalidValue invalid) {
            err.println("entente: " + invalid.getMessage() + " [" + invalid.code() + "]");
            code = ExitCode.BAD_INPUT;
        } else if (exception instanceof UsageError || exception instanceof EventLogException) {
            err.println("entente: " + exception.getMessage());
            code = ExitCode.BAD_INPUT;
        } else {
            err.println("entente: " + (exception.getMessage() == null ? exception.getClass().getSimpleName()
                    : exception.getMessage()));
            code = ExitCode.FAILED;
        }
        if (verbose) {
            exception.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
