package dev.entente.application.analysis;

import dev.entente.application.query.DyadRecords;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.InvalidValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A picture of a relationship over time, as SVG (or an HTML page around it): visits as spans, multilateral meetings
 * both states attended as rings on the visits' lane, agreements as marks
 * that change with their status (signed, in force, ended), declared support as marks, the partnership level as a
 * step line, and the monthly sum of Goldstein values as bars, with a legend, dates on the axis and the dyad as title.
 * Drawn only from facts dated within the range asked for, so a chart to a date shows what was known by then.
 */
public final class RelationshipChart {

    /** The legend's entries, in order: what a reader looks for in the page. */
    public static final List<String> LEGEND = List.of("Visit (arrival to departure)", "Multilateral meeting",
            "Agreement signed",
            "Agreement in force", "Agreement ended", "Support declared", "Partnership level",
            "Goldstein sum per month (per day over two months or less)");

    private static final int WIDTH = 1100;
    private static final int HEIGHT = 560;
    private static final int LEFT = 170;
    private static final int RIGHT = 40;
    private static final int VISITS_Y = 118;
    private static final int AGREEMENTS_Y = 168;
    private static final int SUPPORT_Y = 218;
    private static final int PARTNERSHIP_TOP = 253;
    private static final int PARTNERSHIP_BOTTOM = 313;
    private static final int BARS_TOP = 338;
    private static final int BARS_BOTTOM = 488;
    private static final int AXIS_Y = 500;

    private static final String VISIT_COLOUR = "#4C78A8";
    private static final String MEETING_COLOUR = "#9D755D";
    private static final String SIGNED_COLOUR = "#F58518";
    private static final String IN_FORCE_COLOUR = "#54A24B";
    private static final String ENDED_COLOUR = "#E45756";
    private static final String SUPPORT_COLOUR = "#B279A2";
    private static final String PARTNERSHIP_COLOUR = "#333333";
    private static final String COOPERATION_COLOUR = "#72B7B2";
    private static final String CONFLICT_COLOUR = "#E45756";

    private final String title;
    private final LocalDate from;
    private final LocalDate to;
    private final StringBuilder svg = new StringBuilder();

    private RelationshipChart(String title, LocalDate from, LocalDate to) {
        this.title = title;
        this.from = from;
        this.to = to;
    }

    /** The chart's title for a dyad: {@code Azerbaijan–Pakistan (AZ-PK)}. */
    public static String title(Country first, Country second) {
        return first.name() + "–" + second.name() + " (" + first.code() + "-" + second.code() + ")";
    }

    /**
     * The chart of {@code first} and {@code second} as an SVG document. Without {@code from} it starts with the month
     * of their first dated fact, without {@code to} it ends with the month of their last.
     */
    public static String svg(DyadRecords records, Country first, Country second, LocalDate from, LocalDate to) {
        DyadSeries.checkRange(from, to);
        Dyad dyad = Dyad.of(first, second);
        if (!dyad.equals(records.dyad())) {
            throw new IllegalArgumentException("records of " + records.dyad() + " for a chart of " + dyad);
        }
        List<LocalDate> dates = datesOf(records, to == null ? LocalDate.MAX : to).filter(d -> (from == null || !d.isBefore(from))
                && (to == null || !d.isAfter(to))).sorted().toList();
        if (dates.isEmpty() && (from == null || to == null)) {
            throw new InvalidValue("chart.nothing-to-draw", "nothing between " + first.name() + " and " + second.name()
                    + " is on record" + (from == null && to == null ? "" : " in that range")
                    + "; give both --from and --to to draw an empty chart");
        }
        LocalDate start = from != null ? from : dates.get(0).withDayOfMonth(1);
        LocalDate end = to != null ? to : dates.get(dates.size() - 1).withDayOfMonth(1).plusMonths(1).minusDays(1);
        if (!end.isAfter(start)) {
            end = start.plusDays(1);
        }
        RelationshipChart chart = new RelationshipChart(title(first, second), start, end);
        chart.draw(records, first, second);
        return chart.svg.toString();
    }

    /** The chart as a page of HTML with the SVG inline, readable without anything else. */
    public static String html(DyadRecords records, Country first, Country second, LocalDate from, LocalDate to) {
        String svg = svg(records, first, second, from, to);
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + escape(title(first, second)) + "</title>\n<style>body{margin:16px;font-family:sans-serif;"
                + "background:#fff}</style>\n</head>\n<body>\n" + svg.substring(svg.indexOf("<svg")) + "</body>\n</html>\n";
    }

    private static Stream<LocalDate> datesOf(DyadRecords records, LocalDate known) {
        List<LocalDate> dates = new ArrayList<>();
        for (VisitRecord visit : records.visits()) {
            if (visit.arrival() != null) {
                dates.add(visit.arrival().occurredOn());
            }
            if (visit.conclusion() != null) {
                dates.add(visit.conclusion().occurredOn());
            }
        }
        for (AgreementRecord agreement : records.agreements()) {
            agreement.signings().forEach(s -> dates.add(s.occurredOn()));
            if (agreement.inForceFrom() != null) {
                dates.add(agreement.inForceFrom());
            }
            LocalDate ended = endedOn(agreement, known);
            if (ended != null) {
                dates.add(ended);
            }
        }
        records.meetings().forEach(m -> dates.add(m.heldOn()));
        RelationshipRecord relationship = records.relationship();
        relationship.supports().forEach(s -> dates.add(s.occurredOn()));
        relationship.partnership().forEach(p -> dates.add(p.on()));
        return dates.stream();
    }

    /** When the agreement ended by expiry or by a termination decided by {@code known}; null if it had not. */
    private static LocalDate endedOn(AgreementRecord agreement, LocalDate known) {
        // A termination decided after the date is not known on it, even with an effect from an earlier day.
        LocalDate terminated = agreement.termination() == null || agreement.termination().occurredOn().isAfter(known)
                ? null : agreement.termination().effectiveOn();
        LocalDate expired = agreement.expiresOn();
        if (terminated == null) {
            return expired;
        }
        return expired == null || terminated.isBefore(expired) ? terminated : expired;
    }

    private boolean within(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    private double x(LocalDate date) {
        double span = ChronoUnit.DAYS.between(from, to.plusDays(1));
        double at = ChronoUnit.DAYS.between(from, date);
        return LEFT + (WIDTH - LEFT - RIGHT) * Math.max(0, Math.min(span, at)) / span;
    }

    private void draw(DyadRecords records, Country first, Country second) {
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        text(WIDTH / 2.0, 28, "middle", 18, "bold", "chart-title", title);
        text(WIDTH / 2.0, 46, "middle", 12, "normal", null, from + " to " + to);
        legend();
        laneLabel(VISITS_Y, "Visits");
        laneLabel(AGREEMENTS_Y, "Agreements");
        laneLabel(SUPPORT_Y, "Declared support");
        laneLabel((PARTNERSHIP_TOP + PARTNERSHIP_BOTTOM) / 2, "Partnership level");
        laneLabel((BARS_TOP + BARS_BOTTOM) / 2, "Goldstein (" + barsBy().label() + ")");
        visits(records.visits());
        meetings(records.meetings());
        agreements(records.agreements());
        supports(records.relationship().supports());
        partnership(records.relationship());
        goldstein(records, first, second);
        axis();
        svg.append("</svg>\n");
    }

    private void legend() {
        double at = LEFT;
        int y = 66;
        svg.append("<g class=\"legend\">\n");
        for (int i = 0; i < LEGEND.size(); i++) {
            String label = LEGEND.get(i);
            double width = 22 + label.length() * 6.2 + 18;
            if (at + width > WIDTH - RIGHT) {
                at = LEFT;
                y += 18;
            }
            switch (i) {
                case 0 -> rect(at, y - 9, 18, 10, VISIT_COLOUR, 1, null);
                case 1 -> ring(at + 6, y - 4, 5, MEETING_COLOUR, null);
                case 2 -> circle(at + 6, y - 4, 5, SIGNED_COLOUR, null);
                case 3 -> diamond(at + 6, y - 4, 6, IN_FORCE_COLOUR, null);
                case 4 -> cross(at + 6, y - 4, 5, ENDED_COLOUR, null);
                case 5 -> triangle(at + 6, y - 4, 6, SUPPORT_COLOUR, null);
                case 6 -> svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %d h8 v-8 h10\" stroke=\"%s\" "
                        + "stroke-width=\"2\" fill=\"none\"/>%n", at, y, PARTNERSHIP_COLOUR));
                default -> rect(at, y - 10, 8, 10, COOPERATION_COLOUR, 1, null);
            }
            text(at + 22, y, "start", 11, "normal", "legend-item", label);
            at += width;
        }
        svg.append("</g>\n");
    }

    private void laneLabel(int y, String label) {
        text(LEFT - 12, y + 4, "end", 12, "bold", null, label);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eeeeee\"/>%n",
                LEFT, y, WIDTH - RIGHT, y));
    }

    private void visits(List<VisitRecord> visits) {
        for (VisitRecord visit : visits) {
            if (visit.arrival() == null || visit.arrival().occurredOn().isAfter(to)) {
                continue;
            }
            LocalDate arrived = visit.arrival().occurredOn();
            LocalDate departed = visit.conclusion() == null || visit.conclusion().occurredOn().isAfter(to)
                    ? to : visit.conclusion().occurredOn();
            if (departed.isBefore(from)) {
                continue;
            }
            double left = x(arrived.isBefore(from) ? from : arrived);
            double width = Math.max(4, x(departed.plusDays(1)) - left);
            String tip = visit.guest() + " in " + visit.host().name() + ", " + visit.kind().label() + ", " + arrived
                    + (visit.conclusion() != null && !visit.conclusion().occurredOn().isAfter(to)
                    ? " to " + visit.conclusion().occurredOn() : "");
            rect(left, VISITS_Y - 12, width, 24, VISIT_COLOUR, 1, tip);
        }
    }

    private void meetings(List<MeetingRecord> meetings) {
        // Meetings of the same day are drawn once, with their number beside them, as agreements are.
        Map<LocalDate, List<MeetingRecord>> byDay = new TreeMap<>();
        for (MeetingRecord meeting : meetings) {
            if (within(meeting.heldOn())) {
                byDay.computeIfAbsent(meeting.heldOn(), k -> new ArrayList<>()).add(meeting);
            }
        }
        byDay.forEach((day, held) -> {
            String tip = day + ": " + held.stream().map(m -> m.held().title() + " at " + m.held().place() + " ("
                    + m.held().participants().stream().map(Country::code).collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining("; "));
            ring(x(day) + 3, VISITS_Y, 7, MEETING_COLOUR, tip);
            if (held.size() > 1) {
                text(x(day) + 12, VISITS_Y + 4, "start", 10, "normal", null, "×" + held.size());
            }
        });
    }

    private void agreements(List<AgreementRecord> agreements) {
        // Marks of the same kind on the same day are drawn once, with their number beside them.
        Map<String, List<String>> marks = new TreeMap<>();
        for (AgreementRecord agreement : agreements) {
            LocalDate signed = agreement.firstSignedOn();
            if (within(signed)) {
                marks.computeIfAbsent(signed + " signed", k -> new ArrayList<>()).add(agreement.title());
            }
            if (within(agreement.inForceFrom())) {
                marks.computeIfAbsent(agreement.inForceFrom() + " in-force", k -> new ArrayList<>()).add(agreement.title());
            }
            LocalDate ended = endedOn(agreement, to);
            if (within(ended)) {
                marks.computeIfAbsent(ended + " ended", k -> new ArrayList<>()).add(agreement.title());
            }
        }
        for (Map.Entry<String, List<String>> mark : marks.entrySet()) {
            String[] key = mark.getKey().split(" ");
            LocalDate day = LocalDate.parse(key[0]);
            List<String> titles = mark.getValue();
            String tip = key[0] + ", " + key[1].replace('-', ' ') + ": " + String.join("; ", titles);
            double cx = x(day) + 3;
            switch (key[1]) {
                case "signed" -> circle(cx, AGREEMENTS_Y - 10, 6, SIGNED_COLOUR, tip);
                case "in-force" -> diamond(cx, AGREEMENTS_Y + 2, 7, IN_FORCE_COLOUR, tip);
                default -> cross(cx, AGREEMENTS_Y + 14, 6, ENDED_COLOUR, tip);
            }
            if (titles.size() > 1) {
                double y = key[1].equals("signed") ? AGREEMENTS_Y - 6 : key[1].equals("in-force") ? AGREEMENTS_Y + 6
                        : AGREEMENTS_Y + 18;
                text(cx + 9, y, "start", 10, "normal", null, "×" + titles.size());
            }
        }
    }

    private void supports(List<SupportDeclared> supports) {
        Map<String, List<SupportDeclared>> byDay = new TreeMap<>();
        for (SupportDeclared support : supports) {
            if (within(support.occurredOn())) {
                byDay.computeIfAbsent(support.occurredOn().toString(), k -> new ArrayList<>()).add(support);
            }
        }
        for (List<SupportDeclared> day : byDay.values()) {
            int i = 0;
            for (SupportDeclared support : day) {
                String tip = support.occurredOn() + ": " + support.supporter().name() + " supports "
                        + support.supported().name() + " on " + support.issue();
                triangle(x(support.occurredOn()) + 3 + 36 * i, SUPPORT_Y, 7, SUPPORT_COLOUR, tip);
                text(x(support.occurredOn()) + 3 + 36 * i, SUPPORT_Y + 18, "middle", 9, "normal", null,
                        support.supporter().code() + "→" + support.supported().code());
                i++;
            }
        }
    }

    private void partnership(RelationshipRecord relationship) {
        // Levels step up in the order they were first declared: a later, different level sits one step higher.
        Map<PartnershipLevel, Integer> steps = new LinkedHashMap<>();
        List<double[]> points = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (RelationshipRecord.PartnershipChange change : relationship.partnership()) {
            if (change.on().isAfter(to)) {
                continue;
            }
            steps.putIfAbsent(change.level(), steps.size() + 1);
            points.add(new double[] {x(change.on().isBefore(from) ? from : change.on()), steps.get(change.level())});
            labels.add(change.level().name() + (change.reaffirmation() ? " (reaffirmed " : " (declared ") + change.on() + ")");
        }
        int levels = Math.max(1, steps.size());
        double stepHeight = (PARTNERSHIP_BOTTOM - PARTNERSHIP_TOP) / (double) levels;
        StringBuilder path = new StringBuilder(String.format(Locale.ROOT, "M%d %d", LEFT, PARTNERSHIP_BOTTOM));
        for (double[] point : points) {
            double y = PARTNERSHIP_BOTTOM - point[1] * stepHeight;
            path.append(String.format(Locale.ROOT, " H%.1f V%.1f", point[0], y));
        }
        path.append(String.format(Locale.ROOT, " H%d", WIDTH - RIGHT));
        svg.append(String.format(Locale.ROOT, "<path class=\"partnership\" d=\"%s\" stroke=\"%s\" stroke-width=\"2\" "
                + "fill=\"none\"/>%n", path, PARTNERSHIP_COLOUR));
        for (int i = 0; i < points.size(); i++) {
            double y = PARTNERSHIP_BOTTOM - points.get(i)[1] * stepHeight;
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s</title>"
                    + "</circle>%n", points.get(i)[0], y, PARTNERSHIP_COLOUR, escape(labels.get(i))));
        }
        if (steps.isEmpty()) {
            text(LEFT + 6, PARTNERSHIP_BOTTOM - 6, "start", 10, "normal", null, "no partnership level on record");
        }
        steps.forEach((level, step) -> text(WIDTH - RIGHT - 4, PARTNERSHIP_BOTTOM - step * stepHeight - 4, "end", 10,
                "normal", null, level.name()));
    }

    private void goldstein(DyadRecords records, Country first, Country second) {
        DyadSeries series = DyadSeries.of(records, first, second, barsBy(), from, to, false);
        double max = 1;
        double min = 0;
        for (DyadSeries.Period period : series.periods()) {
            if (!period.empty()) {
                max = Math.max(max, period.goldsteinSum());
                min = Math.min(min, period.goldsteinSum());
            }
        }
        double range = max - min;
        double zero = BARS_BOTTOM - (0 - min) / range * (BARS_BOTTOM - BARS_TOP);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999999\"/>%n",
                LEFT, zero, WIDTH - RIGHT, zero));
        text(LEFT - 4, BARS_TOP + 4, "end", 10, "normal", null, String.format(Locale.ROOT, "%.1f", max));
        text(LEFT - 4, zero + 4, "end", 10, "normal", null, "0");
        if (min < 0) {
            text(LEFT - 4, BARS_BOTTOM + 4, "end", 10, "normal", null, String.format(Locale.ROOT, "%.1f", min));
        }
        for (DyadSeries.Period period : series.periods()) {
            if (period.empty()) {
                continue;
            }
            LocalDate start = period.start().isBefore(from) ? from : period.start();
            LocalDate end = period.end().isAfter(to) ? to : period.end();
            double left = x(start) + 1;
            double width = Math.max(3, x(end.plusDays(1)) - x(start) - 2);
            double sum = period.goldsteinSum();
            double top = BARS_BOTTOM - (Math.max(sum, 0) - min) / range * (BARS_BOTTOM - BARS_TOP);
            double height = Math.abs(sum) / range * (BARS_BOTTOM - BARS_TOP);
            rect(left, top, width, Math.max(1, height), sum >= 0 ? COOPERATION_COLOUR : CONFLICT_COLOUR, 1,
                    period.name() + ": " + period.events() + " coded events, Goldstein sum "
                            + String.format(Locale.ROOT, "%.1f", sum));
        }
    }

    /** Bars per month; per day when the chart spans two months or less, where one bar per month says nothing. */
    private Granularity barsBy() {
        return ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) < 2 ? Granularity.DAY
                : Granularity.MONTH;
    }

    private void axis() {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\"/>%n",
                LEFT, AXIS_Y, WIDTH - RIGHT, AXIS_Y));
        long months = ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
        List<LocalDate> ticks = new ArrayList<>();
        String pattern;
        if (months <= 2) {
            // A short range: a tick every week (Mondays), labelled with the day.
            for (LocalDate d = Granularity.WEEK.start(from); !d.isAfter(to); d = d.plusWeeks(1)) {
                ticks.add(d.isBefore(from) ? from : d);
            }
            pattern = "day";
        } else if (months <= 24) {
            for (LocalDate d = from.withDayOfMonth(1); !d.isAfter(to); d = d.plusMonths(1)) {
                ticks.add(d.isBefore(from) ? from : d);
            }
            pattern = "month";
        } else {
            int every = months <= 12 * 15 ? 1 : 10;
            for (LocalDate d = LocalDate.of(from.getYear() - from.getYear() % every, 1, 1); !d.isAfter(to);
                 d = d.plusYears(every)) {
                if (!d.isBefore(from)) {
                    ticks.add(d);
                }
            }
            pattern = "year";
        }
        for (LocalDate tick : ticks.stream().distinct().toList()) {
            double at = x(tick);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333333\"/>%n",
                    at, AXIS_Y, at, AXIS_Y + 5));
            String label = switch (pattern) {
                case "day" -> tick.toString();
                case "month" -> tick.toString().substring(0, 7);
                default -> Integer.toString(tick.getYear());
            };
            text(at, AXIS_Y + 18, "middle", 10, "normal", "axis-date", label);
        }
        text(WIDTH / 2.0, HEIGHT - 12, "middle", 10, "normal", null,
                "Goldstein values from GDELT's CAMEO table; coding: docs/analysis.md");
    }

    private void text(double x, double y, String anchor, int size, String weight, String cssClass, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                + "font-weight=\"%s\"%s fill=\"#222222\">%s</text>%n", x, y, anchor, size, weight,
                cssClass == null ? "" : " class=\"" + cssClass + "\"", escape(content)));
    }

    private void rect(double x, double y, double width, double height, String colour, double opacity, String tip) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                + "fill-opacity=\"%.2f\">%s</rect>%n", x, y, width, height, colour, opacity, tip(tip)));
    }

    private void circle(double cx, double cy, double r, String colour, String tip) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\">%s</circle>%n",
                cx, cy, r, colour, tip(tip)));
    }

    /** A circle drawn as its outline: it stays visible over a visit's span on the same lane. */
    private void ring(double cx, double cy, double r, String colour, String tip) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#ffffff\" "
                + "stroke=\"%s\" stroke-width=\"3\">%s</circle>%n", cx, cy, r, colour, tip(tip)));
    }

    private void diamond(double cx, double cy, double r, String colour, String tip) {
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"%s\">"
                + "%s</path>%n", cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy, colour, tip(tip)));
    }

    private void cross(double cx, double cy, double r, String colour, String tip) {
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f L%.1f %.1f M%.1f %.1f L%.1f %.1f\" stroke=\"%s\" "
                + "stroke-width=\"3\">%s</path>%n", cx - r, cy - r, cx + r, cy + r, cx - r, cy + r, cx + r, cy - r,
                colour, tip(tip)));
    }

    private void triangle(double cx, double cy, double r, String colour, String tip) {
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f L%.1f %.1f L%.1f %.1f Z\" fill=\"%s\">%s</path>%n",
                cx, cy - r, cx + r, cy + r * 0.8, cx - r, cy + r * 0.8, colour, tip(tip)));
    }

    private static String tip(String tip) {
        return tip == null ? "" : "<title>" + escape(tip) + "</title>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
