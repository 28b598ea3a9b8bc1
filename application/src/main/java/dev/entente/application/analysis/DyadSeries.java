package dev.entente.application.analysis;

import dev.entente.application.query.DyadRecords;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dyad's event series: per period (and per direction when directed), the number of coded events by CAMEO root code
 * and by quad class, and their summed and mean Goldstein value. A period without events is empty — its counts and
 * values are absent, not zero — as in the R {@code events} package's dyads.
 */
public record DyadSeries(Country first, Country second, Granularity by, LocalDate from, LocalDate to, boolean directed,
                         List<String> rootCodes, List<Period> periods) {

    /** The root codes a series counts: those of every CAMEO code in the coding table, in order. */
    public static final List<String> ROOT_CODES = Arrays.stream(CameoCode.values()).map(CameoCode::rootCode).distinct()
            .sorted().toList();

    /** The quad classes, 1 to 4. */
    public static final List<Integer> QUAD_CLASSES = List.of(1, 2, 3, 4);

    public DyadSeries {
        rootCodes = List.copyOf(rootCodes);
        periods = List.copyOf(periods);
    }

    /**
     * One period of the series, in one direction ({@code source} to {@code target}) or both ({@code source} and
     * {@code target} null). {@code byRoot} and {@code byQuadClass} list only what occurred; the Goldstein sum and
     * mean are null when the period is empty.
     */
    public record Period(LocalDate start, LocalDate end, String name, Country source, Country target, int events,
                         Map<String, Integer> byRoot, Map<Integer, Integer> byQuadClass, Double goldsteinSum,
                         Double goldsteinMean) {

        public Period {
            byRoot = Map.copyOf(byRoot);
            byQuadClass = Map.copyOf(byQuadClass);
        }

        /** Whether no coded event fell in it. */
        public boolean empty() {
            return events == 0;
        }
    }

    /**
     * Checks a series' arguments before any store is opened.
     *
     * @throws InvalidValue {@code series.range-out-of-order} when {@code to} comes before {@code from}
     */
    public static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValue("series.range-out-of-order", "the series cannot run from " + from + " back to " + to);
        }
    }

    /**
     * The series of {@code first} and {@code second} from their records. Without {@code from} it starts with the
     * period of their first coded event, without {@code to} it ends with that of their last; only events dated
     * within {@code from}–{@code to} count. Directed, each period has a row for {@code first} → {@code second},
     * then one for {@code second} → {@code first}.
     */
    public static DyadSeries of(DyadRecords records, Country first, Country second, Granularity by, LocalDate from,
                                LocalDate to, boolean directed) {
        Values.required(by, "period");
        Dyad dyad = Dyad.of(first, second);
        if (!dyad.equals(records.dyad())) {
            throw new IllegalArgumentException("records of " + records.dyad() + " for a series of " + dyad);
        }
        checkRange(from, to);
        List<CodedEvent> events = CodedEvents.of(records).stream()
                .filter(e -> (from == null || !e.day().isBefore(from)) && (to == null || !e.day().isAfter(to)))
                .toList();
        LocalDate start = from != null ? from : events.isEmpty() ? null : events.get(0).day();
        LocalDate end = to != null ? to : events.isEmpty() ? null : events.get(events.size() - 1).day();
        List<Period> periods = new ArrayList<>();
        if (start != null && end != null) {
            // The events are in order of day: one pass hands each period its own.
            int index = 0;
            for (LocalDate period = by.start(start); !period.isAfter(end); period = by.next(period)) {
                LocalDate next = by.next(period);
                LocalDate last = next.minusDays(1);
                List<CodedEvent> within = new ArrayList<>();
                while (index < events.size() && events.get(index).day().isBefore(next)) {
                    within.add(events.get(index++));
                }
                if (directed) {
                    periods.add(period(by, period, last, first, second, within));
                    periods.add(period(by, period, last, second, first, within));
                } else {
                    periods.add(period(by, period, last, null, null, within));
                }
            }
        }
        return new DyadSeries(first, second, by, from, to, directed, ROOT_CODES, periods);
    }

    private static Period period(Granularity by, LocalDate start, LocalDate end, Country source, Country target,
                                 List<CodedEvent> within) {
        Map<String, Integer> byRoot = new TreeMap<>();
        Map<Integer, Integer> byQuad = new TreeMap<>();
        int count = 0;
        double sum = 0;
        for (CodedEvent event : within) {
            if (source != null && !(event.source().equals(source) && event.target().equals(target))) {
                continue;
            }
            count++;
            sum += event.goldstein();
            byRoot.merge(event.code().rootCode(), 1, Integer::sum);
            byQuad.merge(event.code().quadClass(), 1, Integer::sum);
        }
        return new Period(start, end, by.name(start), source, target, count, byRoot, byQuad,
                count == 0 ? null : round(sum), count == 0 ? null : round(sum / count));
    }

    // Goldstein values have one decimal; sums and means are kept to four so that 0.1 steps do not print as 182.70000001.
    private static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }
}
