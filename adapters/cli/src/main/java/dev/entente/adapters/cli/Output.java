package dev.entente.adapters.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.application.query.AgreementEntry;
import dev.entente.application.query.LinkedInstrument;
import dev.entente.application.query.VisitLogEntry;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.Alternative;
import dev.entente.application.readmodel.AnnotatedFact;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.Describe;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Office;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.visit.VisitEvent;
import dev.entente.domain.visit.VisitKind;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints results as readable text, as JSON for scripts, or as CSV for tables. */
final class Output {

    /** Built on first use: a question answered as text needs no mapper of its own (docs/adr/0014). */
    private static final class Json {
        static final ObjectMapper MAPPER = EntenteJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private final PrintStream out;
    private final Format format;

    Output(PrintStream out, Format format) {
        this.out = out;
        this.format = format;
    }

    // --- the relationship on a date ----------------------------------------------------------------------------

    void state(RelationshipState state) {
        if (format == Format.JSON) {
            json(state);
            return;
        }
        Map<String, String> lines = new LinkedHashMap<>();
        // "not on record" rather than "none": the store knows only what was recorded, and an empty answer must not
        // read as a fact about the world.
        lines.put("Diplomatic relations", switch (state.diplomaticRelations()) {
            case NONE -> "not on record";
            case ESTABLISHED -> "established, since " + state.relationsSinceWritten();
            case SEVERED -> "severed, since " + state.relationsSinceWritten();
        });
        List<String> recognitions = new ArrayList<>();
        for (var r : state.recognitions()) {
            recognitions.add(r.recognising().name() + " recognised " + r.recognised().name() + " (" + r.writtenDate()
                    + ")");
        }
        for (var r : state.governmentRecognitions()) {
            recognitions.add(r.recognising().name() + " recognised "
                    + (r.government() == null ? "the government" : r.government()) + " of " + r.recognised().name()
                    + " (" + r.writtenDate() + ")");
        }
        lines.put("Recognitions", recognitions.isEmpty() ? "not on record" : String.join("\n", recognitions));
        lines.put("Partnership", state.partnership() == null ? "not on record"
                : state.partnership().level() + ", since " + state.partnership().sinceWritten() + ", last affirmed "
                        + state.partnership().lastAffirmedWritten());
        List<String> supports = new ArrayList<>();
        for (var s : state.supports()) {
            supports.add(s.supporter().name() + " supports " + s.supported().name() + "'s position on " + s.issue()
                    + (s.forum() == null ? "" : " at " + s.forum()) + " (" + s.writtenDate() + ")");
        }
        lines.put("Declared support", supports.isEmpty() ? "not on record" : String.join("\n", supports));
        List<String> pledges = new ArrayList<>();
        for (var p : state.pledges()) {
            pledges.add(p.pledgedBy().name() + " pledged " + p.pledge() + (p.amount() == null ? "" : " (" + p.amount()
                    + ")") + " (" + p.writtenDate() + ")");
        }
        lines.put("Pledges", pledges.isEmpty() ? "not on record" : String.join("\n", pledges));
        int agreements = 0;
        List<String> byStatus = new ArrayList<>();
        for (Map.Entry<AgreementStatus, Integer> e : state.agreementsByStatus().entrySet()) {
            agreements += e.getValue();
            if (e.getValue() > 0) {
                byStatus.add(e.getValue() + " " + label(e.getKey()));
            }
        }
        lines.put("Agreements", agreements == 0 ? "not on record" : agreements + ": " + String.join(", ", byStatus));
        lines.put("In force by sector", state.agreementsInForceBySector().isEmpty() ? "none"
                : counts(state.agreementsInForceBySector()));
        int visits = 0;
        for (int count : state.visitsByKind().values()) {
            visits += count;
        }
        lines.put("Visits", visits == 0 ? "not on record" : visits + " took place: " + counts(state.visitsByKind())
                + "; by " + counts(state.visitsByGuestOffice()));
        RelationshipState.VisitSummary last = state.lastHighLevelVisit();
        if (last == null) {
            lines.put("Last high-level visit", "not on record");
        } else {
            StringBuilder visit = new StringBuilder(last.guest() + " in " + last.host().name() + ", "
                    + last.kind().label() + ", " + last.arrivedWritten()
                    + (last.concludedOn() == null ? ", under way" : " to " + last.concludedWritten()));
            for (AnnotatedFact fact : last.annotations()) {
                for (String line : annotationLines(fact.annotations())) {
                    visit.append('\n').append(withoutPrefix(fact.kind(), "visit.")).append(": ").append(line);
                }
            }
            lines.put("Last high-level visit", visit.toString());
        }
        // Only when there are some: a pair of states that never met with others reads as it did before meetings.
        RelationshipState.MeetingSummary meeting = state.lastMultilateralMeeting();
        if (meeting != null) {
            List<String> participants = new ArrayList<>();
            for (Country participant : meeting.participants()) {
                participants.add(participant.code());
            }
            lines.put("Multilateral meetings", state.multilateralMeetings() + "; last: " + meeting.title()
                    + (meeting.title().equals(meeting.kind().label()) ? "" : " (" + meeting.kind().label() + ")")
                    + " at " + meeting.place() + ", " + meeting.heldWritten() + ", among "
                    + String.join(", ", participants));
        }
        if (format == Format.CSV) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (Map.Entry<String, String> line : lines.entrySet()) {
                rows.add(row("field", line.getKey(), "value", line.getValue().replace('\n', ';')));
            }
            csv(rows, "field", "value");
            return;
        }
        out.println(title(state.dyad()) + " on " + state.asOf());
        for (Map.Entry<String, String> line : lines.entrySet()) {
            String[] parts = line.getValue().split("\n");
            out.printf(Locale.ROOT, "  %-22s %s%n", line.getKey(), parts[0]);
            for (int i = 1; i < parts.length; i++) {
                out.printf(Locale.ROOT, "  %-22s %s%n", "", parts[i]);
            }
        }
    }

    /*
     * The state is written with loops rather than streams and lambdas: it is what every `entente state` prints, at
     * the end of a start-up that linking each lambda lengthened (docs/adr/0034).
     */

    /** Counts by sector, visit kind or office, in the map's order, each after its label: "economy 1, energy 2". */
    private static String counts(Map<?, Integer> counts) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<?, Integer> e : counts.entrySet()) {
            Object key = e.getKey();
            String label = key instanceof Sector sector ? sector.label()
                    : key instanceof VisitKind kind ? kind.label() : ((Office) key).label();
            text.append(text.length() == 0 ? "" : ", ").append(label).append(' ').append(e.getValue());
        }
        return text.toString();
    }

    /** {@code text} without {@code prefix} at its start, as {@code replaceFirst("^prefix", "")} gives it. */
    private static String withoutPrefix(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    // --- the timeline ------------------------------------------------------------------------------------------

    void timeline(Dyad dyad, List<TimelineEntry> entries, String range) {
        if (format == Format.JSON) {
            json(entries);
        } else if (format == Format.CSV) {
            csv(entries.stream().map(e -> row("date", e.writtenDate().toString(), "kind", e.kind(), "subject",
                    e.subject(), "summary", e.summary(), "sources", sources(e.sources()),
                    "note", e.annotations().note(), "alternatives", alternatives(e.annotations()))).toList(),
                    "date", "kind", "subject", "summary", "sources", "note", "alternatives");
        } else {
            out.println(title(dyad) + ", " + range + ": " + entries.size() + (entries.size() == 1 ? " entry" : " entries"));
            for (TimelineEntry entry : entries) {
                out.println("  " + pad(entry.writtenDate().toString()) + "  " + entry.summary());
                if (!entry.sources().isEmpty()) {
                    out.println("              sources: " + sources(entry.sources()));
                }
                for (String line : annotationLines(entry.annotations())) {
                    out.println("              " + line);
                }
            }
        }
    }

    // --- the agreement register --------------------------------------------------------------------------------

    void agreements(List<AgreementEntry> entries, String heading) {
        if (format == Format.JSON) {
            json(entries);
            return;
        }
        List<Map<String, String>> rows = new ArrayList<>(entries.size());
        for (AgreementEntry entry : entries) {
            rows.add(agreementRow(entry));
        }
        if (format == Format.CSV) {
            csv(rows, "id", "status", "kind", "parties", "sectors", "areas", "concluded", "signed", "in force",
                    "title", "amends", "supersedes", "amended or superseded by", "notes", "alternatives");
            return;
        }
        out.println(heading + ": " + entries.size() + (entries.size() == 1 ? " agreement" : " agreements"));
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            out.printf(Locale.ROOT, "  %-22s %-10s %-28s %s%n", row.get("status"), row.get("concluded"),
                    row.get("kind"), row.get("title"));
            out.printf(Locale.ROOT, "  %-22s %-10s %-28s sectors: %s%s%n", "", "", "",
                    row.get("sectors"), row.get("areas").isEmpty() ? "" : "; areas: " + row.get("areas"));
            for (String note : agreementNotes(entries.get(i))) {
                out.printf(Locale.ROOT, "  %-22s %-10s %-28s %s%n", "", "", "", note);
            }
            for (AnnotatedFact fact : entries.get(i).agreement().annotations()) {
                for (String line : annotationLines(fact.annotations())) {
                    out.printf(Locale.ROOT, "  %-22s %-10s %-28s %s: %s%n", "", "", "",
                            withoutPrefix(fact.kind(), "agreement."), line);
                }
            }
        }
    }

    /**
     * The lines under an agreement of the register, for what only some agreements have: an observed entry into force
     * that its rule disagrees with, a renewing term, a link to the agreement it amends or supersedes, and the
     * instruments amending or superseding it.
     */
    private static List<String> agreementNotes(AgreementEntry entry) {
        AgreementRecord a = entry.agreement();
        List<String> notes = new ArrayList<>();
        AgreementEnteredIntoForce disagreeing = a.derivedEntryDisagreeing();
        if (disagreeing != null) {
            notes.add("in force since " + a.inForceFromWritten() + " as the sources state; its rule ("
                    + disagreeing.derivedFrom() + ") gives " + disagreeing.writtenDate());
        }
        if (a.renewal() != null) {
            notes.add("term: " + a.term() + ", renewed automatically for periods of " + a.renewal()
                    + " unless denounced");
        }
        if (a.amends() != null) {
            notes.add("amends " + a.amends());
        }
        if (a.supersedes() != null) {
            notes.add("supersedes " + a.supersedes());
        }
        for (LinkedInstrument linked : entry.linked()) {
            notes.add(linked.describe());
        }
        return notes;
    }

    // --- the visit log -----------------------------------------------------------------------------------------

    void visits(Dyad dyad, List<VisitLogEntry> entries) {
        if (format == Format.JSON) {
            json(entries);
            return;
        }
        if (format == Format.CSV) {
            csv(entries.stream().map(e -> {
                VisitRecord v = e.visit();
                return row("id", v.id().value(), "guest", v.guest().name(), "office", v.guest().office().label(),
                        "from", v.guest().country().code(), "host", v.host().code(), "kind", v.kind().label(),
                        "planned from", v.plannedFrom().toString(), "planned to", v.plannedTo().toString(),
                        "arrived", v.arrival() == null ? "" : v.arrival().writtenDate().toString(),
                        "concluded", v.conclusion() == null ? "" : v.conclusion().writtenDate().toString(),
                        "honours", v.arrival() == null ? "" : Describe.honours(v.arrival().honours()).replace("; honours: ", ""),
                        "agreements signed", e.agreementsSigned().stream().map(a -> a.id().value())
                                .collect(Collectors.joining(" ")),
                        "documents signed in all", e.documentsSignedInAll() == null ? ""
                                : e.documentsSignedInAll().toString(),
                        "notes", notes(v.annotations()), "alternatives", alternatives(v.annotations()));
            }).toList(), "id", "guest", "office", "from", "host", "kind", "planned from", "planned to", "arrived",
                    "concluded", "honours", "agreements signed", "documents signed in all", "notes", "alternatives");
            return;
        }
        out.println(title(dyad) + ": " + entries.size() + (entries.size() == 1 ? " visit" : " visits"));
        for (VisitLogEntry entry : entries) {
            VisitRecord visit = entry.visit();
            out.println("  " + visit.id() + ": " + visit.kind().label() + " of " + visit.guest() + " to "
                    + visit.host().name() + ", planned " + visit.plannedFrom() + " to " + visit.plannedTo()
                    + " (" + label(visit) + ")");
            for (VisitEvent step : visit.steps()) {
                out.println("    " + step.writtenDate() + "  " + Describe.visit(step, visit, visit.position()).summary());
                for (String line : annotationLines(visit.annotationsOf(step))) {
                    out.println("                " + line);
                }
            }
            if (entry.documentsSignedInAll() != null) {
                out.println("    Documents signed: " + entry.documentsSignedInAll() + " in all, "
                        + entry.agreementsSigned().size() + " on record");
            }
            if (!entry.agreementsSigned().isEmpty()) {
                out.println("    Agreements signed during the visit: " + entry.agreementsSigned().size());
                for (AgreementRecord agreement : entry.agreementsSigned()) {
                    out.println("      " + sectors(agreement.sectors()) + ": " + agreement.title());
                }
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    void json(Object value) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the result as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private void csv(List<Map<String, String>> rows, String... columns) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        for (String column : columns) {
            schema.addColumn(column);
        }
        try {
            out.print(new CsvMapper().writer(schema.build()).writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the result as CSV: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, String> agreementRow(AgreementEntry entry) {
        AgreementRecord a = entry.agreement();
        AgreementStatus status = entry.status();
        boolean notOnRecord = status == AgreementStatus.SIGNED && a.entryIntoForceNotOnRecord();
        return row("id", a.id().value(),
                "status", notOnRecord ? "signed; entry into force not on record" : label(status),
                "kind", a.kind().label(),
                "parties", joined(a.parties(), " "),
                "sectors", sectors(a.sectors()),
                "areas", joined(a.areas(), ", "),
                "concluded", a.concludedWritten().toString(),
                "signed", a.firstSignedOn() == null ? "" : a.firstSignedWritten().toString(),
                "in force", a.inForceFrom() == null ? "" : a.inForceFromWritten().toString(),
                "title", a.title(),
                "amends", a.amends() == null ? "" : a.amends().value(),
                "supersedes", a.supersedes() == null ? "" : a.supersedes().value(),
                "amended or superseded by", linked(entry.linked()),
                "notes", notes(a.annotations()), "alternatives", alternatives(a.annotations()));
    }

    /*
     * The register's cells are joined in loops rather than streams: `entente agreements` makes one row per agreement
     * at the end of a start-up that each lambda lengthened (docs/adr/0034).
     */

    /** The notes of annotated facts in one cell, each after the kind of its fact. */
    private static String notes(List<AnnotatedFact> facts) {
        StringBuilder cell = new StringBuilder();
        for (AnnotatedFact fact : facts) {
            if (fact.annotations().note() != null) {
                cell.append(cell.length() == 0 ? "" : " | ").append(fact.kind()).append(": ")
                        .append(fact.annotations().note());
            }
        }
        return cell.toString();
    }

    /** The alternative claims of annotated facts in one cell, each after the kind of its fact. */
    private static String alternatives(List<AnnotatedFact> facts) {
        StringBuilder cell = new StringBuilder();
        for (AnnotatedFact fact : facts) {
            if (!fact.annotations().alternatives().isEmpty()) {
                cell.append(cell.length() == 0 ? "" : " | ").append(fact.kind()).append(": ")
                        .append(alternatives(fact.annotations()));
            }
        }
        return cell.toString();
    }

    /** Each value's text, in order, {@code separator} between them. */
    private static String joined(List<?> values, String separator) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            text.append(text.length() == 0 ? "" : separator).append(value instanceof Country country ? country.code()
                    : String.valueOf(value));
        }
        return text.toString();
    }

    private static String linked(List<LinkedInstrument> linked) {
        StringBuilder text = new StringBuilder();
        for (LinkedInstrument instrument : linked) {
            text.append(text.length() == 0 ? "" : "; ").append(instrument.describe());
        }
        return text.toString();
    }

    private static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1]);
        }
        return row;
    }

    static String label(AgreementStatus status) {
        return status == null ? "not yet concluded" : status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String label(VisitRecord visit) {
        if (visit.cancellation() != null) {
            return "cancelled on " + visit.cancellation().writtenDate();
        }
        if (visit.conclusion() != null) {
            return "concluded";
        }
        return visit.arrival() != null ? "under way" : "scheduled";
    }

    private static String sectors(List<Sector> sectors) {
        StringBuilder text = new StringBuilder();
        for (Sector sector : sectors) {
            text.append(text.length() == 0 ? "" : ", ").append(sector.label());
        }
        return text.toString();
    }

    /** The note and each alternative claim, a line each, for text output. */
    private static List<String> annotationLines(Annotations annotations) {
        List<String> lines = new ArrayList<>();
        if (annotations.note() != null) {
            lines.add("note: " + annotations.note());
        }
        for (Alternative alternative : annotations.alternatives()) {
            lines.add("also claimed: " + alternative.field() + " " + alternative.value() + " ("
                    + sources(alternative.sources()) + ")");
        }
        return lines;
    }

    /** The alternative claims in one cell: "place = Islamabad International Airport (Azernews, 2024-07-13)". */
    private static String alternatives(Annotations annotations) {
        StringBuilder cell = new StringBuilder();
        for (Alternative a : annotations.alternatives()) {
            cell.append(cell.length() == 0 ? "" : " | ").append(a.field()).append(" = ").append(a.value())
                    .append(" (").append(sources(a.sources())).append(')');
        }
        return cell.toString();
    }

    private static String sources(List<Source> sources) {
        StringBuilder text = new StringBuilder();
        for (Source source : sources) {
            text.append(text.length() == 0 ? "" : "; ").append(source.publisher()).append(", ")
                    .append(source.published());
        }
        return text.toString();
    }

    /** A date as written, padded to the width of a day so that the timeline's summaries line up. */
    private static String pad(String date) {
        return date.length() >= 10 ? date : String.format(Locale.ROOT, "%-10s", date);
    }

    static String title(Dyad dyad) {
        return dyad.first().name() + "–" + dyad.second().name() + " (" + dyad + ")";
    }
}
