package dev.entente.adapters.cli;

import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.jdbc.eventlog.AsRecorded;
import dev.entente.application.query.ReadModels;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The {@code --as-recorded-at} option of every question: answer from what the store had recorded at that instant,
 * events recorded later (later facts, later corrections) ignored. Combines with {@code --as-of}.
 */
final class RecordedAtOption {

    @Option(names = "--as-recorded-at", paramLabel = "INSTANT",
            description = "Answer as the store knew it at this instant (e.g. 2026-11-29T16:00:00Z; a date means the "
                    + "end of that day, UTC): events recorded later are ignored. Everything recorded by default.")
    String recordedAt;

    /** The instant asked for; null when the option is not given. */
    Instant instant() {
        if (recordedAt == null) {
            return null;
        }
        String text = recordedAt.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notWithOffset) {
                try {
                    return LocalDate.parse(text).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
                } catch (DateTimeParseException notADate) {
                    throw new UsageError("--as-recorded-at takes an instant such as 2026-11-29T16:00:00Z, a date-time "
                            + "with an offset, or a date (yyyy-MM-dd), not '" + recordedAt + "'");
                }
            }
        }
    }

    /**
     * In text, a first line saying the answer is the store's knowledge at the instant, so that it is not taken for
     * the store's answer today; JSON and CSV stay as they are, for scripts.
     */
    void announce(Format format) {
        Instant instant = instant();
        if (instant != null && format == Format.TEXT) {
            System.out.println("As recorded at " + instant + ":");
        }
    }

    /**
     * Answers {@code question} from the read models of {@code store}: as recorded at the instant when the option is
     * given (the store opened read-only, nothing written), otherwise as they stand.
     */
    <T> T answer(Store store, Function<ReadModels, T> question) {
        Instant instant = instant();
        if (instant == null) {
            try (Session session = Session.forQuestions(store)) {
                return question.apply(session.readModels());
            }
        }
        Session.requireExisting(store);
        try (JdbcStorage storage = store.openReadOnly()) {
            return question.apply(AsRecorded.readModels(storage, instant));
        }
    }
}
