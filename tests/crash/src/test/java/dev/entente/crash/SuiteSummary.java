package dev.entente.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * The module's closing line, printed once every suite of the run has ended (and written to
 * target/suite-summary.txt): the crash suite's kill points tried and survived, the events lost, and the fuzz cases
 * run. Registered with the JUnit Platform in META-INF/services.
 */
public final class SuiteSummary implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        int chronicles = ChronicleFuzzTest.TRIED.get();
        int logs = EventLogFuzzTest.TRIED.get();
        CrashSuiteTest.Totals crashes = CrashSuiteTest.totals();
        if (crashes.tried() == 0 && chronicles + logs == 0) {
            return;
        }
        String line = String.format(Locale.ROOT, "%nCrash and fuzzing summary: kill points tried %d, survived %d, "
                        + "events lost %,d; fuzz cases run %d (%d chronicles, %d event logs), refused %d%n",
                crashes.tried(), crashes.survived(), crashes.eventsLost(), chronicles + logs, chronicles, logs,
                ChronicleFuzzTest.REFUSED.get() + EventLogFuzzTest.REFUSED.get());
        System.out.print(line);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            try {
                Files.writeString(target.resolve("suite-summary.txt"), line, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
