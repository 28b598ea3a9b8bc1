package dev.entente.adapters.cli;

import dev.entente.application.ReplayReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Rebuilds every read model from the full history, showing progress and the event rate. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Rebuilds every read model from the full history, with a progress bar and the event rate.")
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Session session = Session.openExisting(store.store());
             ProgressBar bar = new ProgressBarBuilder()
                     .setTaskName("Replaying")
                     .setStyle(ProgressBarStyle.ASCII)
                     .setConsumer(new ConsoleProgressBarConsumer(System.err))
                     .setUnit(" events", 1)
                     .build()) {
            ReplayReport report = session.engine().replay((position, head, handled, rate) -> {
                bar.maxHint(Math.max(head, 1));
                bar.stepTo(Math.min(position, Math.max(head, 1)));
                bar.setExtraMessage(String.format(Locale.ROOT, "%,.0f events/s", rate));
            });
            bar.close();
            System.out.printf(Locale.ROOT, "Replayed %,d events in %.1f s (%,.0f events/s); every read model is rebuilt.%n",
                    report.events(), report.took().toMillis() / 1000.0, report.eventsPerSecond());
        }
        return ExitCode.OK;
    }
}
