package dev.entente.adapters.cli;

import dev.entente.adapters.json.StreamingEventDecoder;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.StoredEventIndex;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

    private static final CountDownLatch DONE = new CountDownLatch(0);

    /*
     * Counted down once the preload has made the time zone's rules, and sqlite-jdbc's date format, or failed to: the
     * main thread waits for the one it needs rather than making it a second time beside the preload (the JDK's and
     * the library's caches keep the first made, but both threads would make one, docs/adr/0034).
     */
    private static volatile CountDownLatch zone = DONE;
    private static volatile CountDownLatch dateFormat = DONE;

    private QuestionPreload() {
    }

    /** Waits, a second at most, until a preload under way has made the time zone's rules; at once if there is none. */
    static void awaitZone() {
        await(zone);
    }

    /** Waits, a second at most, until a preload under way has made sqlite-jdbc's date format; at once if none. */
    static void awaitDateFormat() {
        await(dateFormat);
    }

    /** Whether neither wait would wait: no preload under way, or one that has made both (for tests). */
    static boolean madeWhatMainWaitsFor() {
        return zone.getCount() == 0 && dateFormat.getCount() == 0;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Starts the preload on a daemon thread, which it returns, unless the arguments ask something other than a
     * question (null then): a longer command gains nothing from it.
     */
    static Thread startFor(String... args) {
        if (args.length == 0 || QueryCommands.byName(args[0]) == null) {
            return null;
        }
        CountDownLatch zoneMade = new CountDownLatch(1);
        CountDownLatch dateFormatMade = new CountDownLatch(1);
        zone = zoneMade;
        dateFormat = dateFormatMade;
        // A class rather than a method reference: the first lambda a process links costs more than it saves here.
        Thread thread = new Thread(new Runnable() {
            @Override
            public void run() {
                preload(zoneMade, dateFormatMade);
            }
        }, "entente-preload");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void preload(CountDownLatch zoneMade, CountDownLatch dateFormatMade) {
        // Nothing here logs (SLF4J starts on the main thread meanwhile, and would report calls made while it starts),
        // and nothing here loads sqlite-jdbc's native library, whose location the main thread sets first.
        try {
            try {
                ZoneId.systemDefault().getRules();
            } finally {
                zoneMade.countDown();
            }
            try {
                new SQLiteConfig();
            } finally {
                dateFormatMade.countDown();
            }
            Country.of("AZ").name();
            StoredEventIndex.byName("");
            new StreamingEventDecoder();
        } catch (RuntimeException | LinkageError ignored) {
            // The main thread does the same work and reports what fails there.
        }
    }
}
