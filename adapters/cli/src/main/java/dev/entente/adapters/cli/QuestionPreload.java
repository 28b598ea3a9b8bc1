package dev.entente.adapters.cli;

import dev.entente.adapters.json.StreamingEventDecoder;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.StoredEventIndex;
import java.time.ZoneId;
import org.sqlite.SQLiteConfig;

/**
 * Work a question's main thread would otherwise do in turn, done ahead of it on a second thread while the main
 * thread sets up logging, finds the native library and reads the arguments (ADR 0033): the time zone's rules,
 * sqlite-jdbc's date format (which every connection's configuration builds, and which loads the locale's calendar
 * data), the countries' English names, and the index of stored events. Each of these is cached by the JDK or the
 * library, so the main thread finds it ready, or waits for it where it is still being made; a failure here changes
 * nothing, as the main thread does the same work again and reports its own failure.
 */
final class QuestionPreload {

    private QuestionPreload() {
    }

    /**
     * Starts the preload on a daemon thread, which it returns, unless the arguments ask something other than a
     * question (null then): a longer command gains nothing from it.
     */
    static Thread startFor(String... args) {
        if (args.length == 0 || QueryCommands.byName(args[0]) == null) {
            return null;
        }
        // A class rather than a method reference: the first lambda a process links costs more than it saves here.
        Thread thread = new Thread(new Runnable() {
            @Override
            public void run() {
                preload();
            }
        }, "entente-preload");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void preload() {
        // Nothing here logs (SLF4J starts on the main thread meanwhile, and would report calls made while it starts),
        // and nothing here loads sqlite-jdbc's native library, whose location the main thread sets first.
        try {
            ZoneId.systemDefault().getRules();
            new SQLiteConfig();
            Country.of("AZ").name();
            StoredEventIndex.byName("");
            new StreamingEventDecoder();
        } catch (RuntimeException | LinkageError ignored) {
            // The main thread does the same work and reports what fails there.
        }
    }
}
