package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.entente.adapters.json.chronicle.ObjectSpan.Member;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The first pass over a chronicle's text: checks its structure and finds each source and command object, with its
 * span and location, without binding them (Jackson's trees carry no locations, so objects are bound from their spans).
 */
final class ChronicleScanner {

    /** Members whose string value the scan keeps: enough to tell what an object is and to report on it. */
    // occurredOn too: the binder keeps a date a relationship fact gives in part ("1992-06") as written.
    private static final Set<String> KEPT = Set.of("type", "id", "format", "title", "occurredOn");

    /**
     * The members a command's or declared source's span is ever asked for ({@link ObjectSpan#member}): the binder's
     * and the annotations'. Only the first non-blank line of JSON Lines (it may be the header, whose every member is
     * checked) keeps all of its members; a command keeps only these, since every span lives until the whole
     * chronicle is bound and the collector copies it as the read goes on (issue 8, ninth session: seven members a
     * command, 772,124 of them for 100,000 commands, a fifth of the objects the read keeps).
     */
    private static final Set<String> ASKED = Set.of("type", "id", "occurredOn", "note", "alternatives");

    private final JsonFactory factory;
    private final String file;

    ChronicleScanner(JsonFactory factory, String file) {
        this.factory = factory;
        this.file = file;
    }

    /**
     * Whether the text is a JSON document rather than JSON Lines: by the name's extension ({@code .json};
     * {@code .jsonl}, {@code .ndjson}), otherwise by content: a document starts with '{' and its first object has a
     * top-level "commands" member or spans several lines (a JSON Lines object is on one line).
     */
    boolean isDocument(String text) {
        String name = file.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return false;
        }
        if (name.endsWith(".json")) {
            return true;
        }
        String start = text.stripLeading();
        if (!start.startsWith("{")) {
            return false;
        }
        try (JsonParser parser = factory.createParser(text)) {
            parser.nextToken();
            int firstLine = parser.currentTokenLocation().getLineNr();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (parser.currentTokenLocation().getLineNr() != firstLine) {
                    return true;
                }
                if (token == JsonToken.FIELD_NAME && parser.getParsingContext().getParent().inRoot()
                        && "commands".equals(parser.currentName())) {
                    return true;
                }
                if (token == JsonToken.END_OBJECT && parser.getParsingContext().inRoot()) {
                    return false;
                }
            }
        } catch (IOException unreadable) {
            // The JSON Lines reading reports it, on its own line.
        }
        return false;
    }

    Scan document(String text) {
        Scan scan = new Scan();
        Location origin = new Location(file, 1, 1);
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                scan.fatal(first == null ? origin : at(origin, parser.currentTokenLocation()),
                        ChronicleError.NOT_A_CHRONICLE, "a chronicle is a JSON object with \"format\" and "
                                + "\"commands\", found " + JsonText.describe(first));
                return scan;
            }
            Location start = at(origin, parser.currentTokenLocation());
            Set<String> seen = new HashSet<>();
            Member format = null;
            boolean commands = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation nameAt = parser.currentTokenLocation();
                Location nameLocation = at(origin, nameAt);
                JsonToken value = parser.nextToken();
                JsonLocation valueAt = parser.currentTokenLocation();
                Location valueLocation = at(origin, valueAt);
                if (!seen.add(name)) {
                    scan.error(nameLocation, ChronicleError.MALFORMED, "the chronicle gives \"" + name + "\" twice");
                    parser.skipChildren();
                    continue;
                }
                switch (name) {
                    case "format" -> format = Member.of(name, value,
                            value == JsonToken.VALUE_STRING ? parser.getText() : null, origin, nameAt, valueAt);
                    case "title" -> {
                        if (value == JsonToken.VALUE_STRING) {
                            scan.title = parser.getText();
                        } else if (value != JsonToken.VALUE_NULL) {
                            scan.error(valueLocation, ChronicleError.WRONG_TYPE,
                                    "title must be a string, found " + JsonText.describe(value));
                        }
                    }
                    case "sources" -> {
                        if (value == JsonToken.START_ARRAY) {
                            objects(parser, text, origin, scan, true);
                        } else if (value != JsonToken.VALUE_NULL) {
                            scan.error(valueLocation, ChronicleError.WRONG_TYPE,
                                    "sources must be an array of source objects, found " + JsonText.describe(value));
                        }
                    }
                    case "commands" -> {
                        commands = true;
                        if (value == JsonToken.START_ARRAY) {
                            objects(parser, text, origin, scan, false);
                        } else {
                            scan.fatal(valueLocation, ChronicleError.NOT_A_CHRONICLE,
                                    "commands must be an array of command objects, found " + JsonText.describe(value));
                        }
                    }
                    default -> scan.error(nameLocation, ChronicleError.UNKNOWN_FIELD, "unknown field '" + name
                            + "' in the chronicle; known fields: format, title, sources, commands");
                }
                parser.skipChildren();
            }
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                scan.fatal(at(origin, parser.currentTokenLocation()), ChronicleError.MALFORMED,
                        "a JSON document holds one object, found " + JsonText.describe(trailing)
                                + " after the chronicle's closing '}' (write JSON Lines in a .jsonl file)");
            }
            checkFormat(scan, format, start);
            if (!commands) {
                scan.fatal(start, ChronicleError.NOT_A_CHRONICLE,
                        "a chronicle needs \"commands\", an array of commands (it may be empty)");
            }
        } catch (JsonProcessingException unreadable) {
            scan.errors.add(syntaxError(unreadable, origin));
            scan.fatal = true;
        } catch (IOException unreadable) {
            scan.fatal(origin, ChronicleError.MALFORMED, String.valueOf(unreadable.getMessage()));
        }
        return scan;
    }

    /**
     * The objects of a JSON Lines text, one per line. The first line that is not blank may be the header, read here;
     * the rest is cut into pieces of about {@value #PIECE} characters at line ends, scanned in parallel (each line
     * stands alone), and the pieces' findings joined in the text's order: what one pass in order finds.
     */
    Scan lines(String text) {
        Scan scan = new Scan();
        int position = 0;
        int lineNumber = 0;
        while (position < text.length()) {
            int end = lineEnd(text, position, text.length());
            lineNumber++;
            String line = line(text, position, end);
            int lineStart = position;
            position = end + 1;
            if (line.isBlank()) {
                continue;
            }
            ObjectSpan span = line(line, text, lineStart, new Location(file, lineNumber, 1), scan, true);
            if (span != null && span.member("format") != null && span.member("type") == null) {
                header(span, scan);
                if (scan.fatal) {
                    return scan;
                }
            } else if (span != null) {
                add(span, scan);
            }
            break;
        }
        List<Integer> starts = new ArrayList<>();
        for (int start = position; start < text.length(); ) {
            starts.add(start);
            int end = Math.min(text.length(), start + PIECE);
            start = end == text.length() ? end : lineEnd(text, end, text.length()) + 1;
        }
        starts.add(text.length());
        int pieces = starts.size() - 1;
        int[] firstLines = new int[pieces];
        int[] newlines = IntStream.range(0, pieces).parallel()
                .map(piece -> newlines(text, starts.get(piece), starts.get(piece + 1))).toArray();
        for (int piece = 0, next = lineNumber + 1; piece < pieces; next += newlines[piece], piece++) {
            firstLines[piece] = next;
        }
        IntStream indexes = IntStream.range(0, pieces);
        List<Scan> scanned = (pieces > 1 ? indexes.parallel() : indexes)
                .mapToObj(piece -> lines(text, starts.get(piece), starts.get(piece + 1), firstLines[piece]))
                .toList();
        for (Scan part : scanned) {
            scan.sources.addAll(part.sources);
            scan.commands.addAll(part.commands);
            scan.errors.addAll(part.errors);
        }
        return scan;
    }

    /** Characters of JSON Lines scanned on one thread. */
    private static final int PIECE = 1 << 18;

    /** The lines from {@code from} (a line's start) to {@code to} (after a line's end, or the text's end). */
    private Scan lines(String text, int from, int to, int firstLine) {
        Scan scan = new Scan();
        int lineNumber = firstLine;
        for (int position = from; position < to; lineNumber++) {
            int end = lineEnd(text, position, to);
            String line = line(text, position, end);
            int lineStart = position;
            position = end + 1;
            if (!line.isBlank()) {
                ObjectSpan span = line(line, text, lineStart, new Location(file, lineNumber, 1), scan, false);
                if (span != null) {
                    add(span, scan);
                }
            }
        }
        return scan;
    }

    private static void add(ObjectSpan span, Scan scan) {
        if ("Source".equals(span.string("type"))) {
            scan.sources.add(span);
        } else {
            scan.commands.add(span);
        }
    }

    /** Where the line at {@code position} ends: its '\n', or {@code limit}. */
    private static int lineEnd(String text, int position, int limit) {
        int newline = text.indexOf('\n', position);
        return newline < 0 || newline > limit ? limit : newline;
    }

    /** The line from {@code start} to {@code end}, without the '\r' of a Windows line end. */
    private static String line(String text, int start, int end) {
        return text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /**
     * The object on {@code line}, which starts at {@code lineStart} in {@code text}: its span is kept in {@code text},
     * not in the line, so that the line's copy is garbage as soon as it is scanned.
     */
    private ObjectSpan line(String line, String text, int lineStart, Location origin, Scan scan,
                            boolean everyMember) {
        try (JsonParser parser = factory.createParser(line)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                scan.error(at(origin, parser.currentTokenLocation()), ChronicleError.NOT_A_CHRONICLE,
                        "each line of a JSON Lines chronicle is one object, found " + JsonText.describe(first));
                return null;
            }
            ObjectSpan span = object(parser, text, lineStart, origin, everyMember, scan);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                scan.error(at(origin, parser.currentTokenLocation()), ChronicleError.MALFORMED,
                        "JSON Lines holds one object per line, found " + JsonText.describe(trailing) + " after it");
                return null;
            }
            return span;
        } catch (JsonProcessingException unreadable) {
            // Not fatal: each JSON Lines line stands alone, so the other lines can still be read.
            scan.errors.add(syntaxError(unreadable, origin));
            return null;
        } catch (IOException unreadable) {
            scan.error(origin, ChronicleError.MALFORMED, String.valueOf(unreadable.getMessage()));
            return null;
        }
    }

    private void header(ObjectSpan header, Scan scan) {
        for (Member member : header.memberList()) {
            switch (member.name()) {
                case "format" -> {
                }
                case "title" -> {
                    if (member.token() == JsonToken.VALUE_STRING) {
                        scan.title = member.text();
                    } else if (member.token() != JsonToken.VALUE_NULL) {
                        scan.error(member.valueLocation(), ChronicleError.WRONG_TYPE,
                                "title must be a string, found " + JsonText.describe(member.token()));
                    }
                }
                default -> scan.error(member.nameLocation(), ChronicleError.UNKNOWN_FIELD, "unknown field '"
                        + member.name() + "' in the header line; known fields: format, title");
            }
        }
        checkFormat(scan, header.member("format"), header.location());
    }

    private static void checkFormat(Scan scan, Member format, Location start) {
        if (format == null) {
            scan.fatal(start, ChronicleError.UNSUPPORTED_FORMAT,
                    "the chronicle does not say its format: add \"format\": \"" + ChronicleReader.FORMAT + "\"");
        } else if (format.token() != JsonToken.VALUE_STRING) {
            scan.fatal(format.valueLocation(), ChronicleError.UNSUPPORTED_FORMAT, "format must be the string \""
                    + ChronicleReader.FORMAT + "\", found " + JsonText.describe(format.token()));
        } else if (!ChronicleReader.FORMAT.equals(format.text())) {
            scan.fatal(format.valueLocation(), ChronicleError.UNSUPPORTED_FORMAT, "unsupported format '"
                    + format.text() + "': this reader supports " + ChronicleReader.FORMAT);
        }
    }

    /** The objects of an array (the parser is at its start), to bind later; anything else in it is an error. */
    private void objects(JsonParser parser, String text, Location origin, Scan scan, boolean sources)
            throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == JsonToken.START_OBJECT) {
                (sources ? scan.sources : scan.commands).add(object(parser, text, 0, origin, false, scan));
            } else {
                scan.error(at(origin, parser.currentTokenLocation()), ChronicleError.WRONG_TYPE, (sources
                        ? "a declared source must be an object with id, title, publisher and published"
                        : "a command must be an object with a \"type\"") + ", found " + JsonText.describe(token));
                parser.skipChildren();
            }
        }
    }

    /**
     * Reads the object the parser is at, keeping its span (in {@code text}, where the parsed text starts at
     * {@code offset}) and top-level members, the first of each name (every name, or only those {@link #ASKED} for);
     * leaves the parser at its end.
     */
    private ObjectSpan object(JsonParser parser, String text, int offset, Location origin, boolean everyMember,
                              Scan scan) throws IOException {
        JsonLocation start = parser.currentTokenLocation();
        List<Member> members = new ArrayList<>(12);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonLocation nameAt = parser.currentTokenLocation();
            JsonToken value = parser.nextToken();
            String kept = value == JsonToken.VALUE_STRING && KEPT.contains(name) ? parser.getText() : null;
            if (kept != null && name.equals("type")) {
                // A chronicle names a few types many times: one string for each, kept by every span of it.
                kept = scan.typeNames.computeIfAbsent(kept, Function.identity());
            }
            if ((everyMember || ASKED.contains(name)) && !named(members, name)) {
                members.add(Member.of(name, value, kept, origin, nameAt, parser.currentTokenLocation()));
            }
            parser.skipChildren();
        }
        int end = (int) parser.currentTokenLocation().getCharOffset() + 1;
        return new ObjectSpan(text, offset + (int) start.getCharOffset(), offset + end, at(origin, start),
                members.toArray(Member[]::new));
    }

    private static boolean named(List<Member> members, String name) {
        for (Member member : members) {
            if (member.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static ChronicleError syntaxError(JsonProcessingException unreadable, Location origin) {
        Location location = at(origin, unreadable.getLocation());
        // Jackson reports some ends of input (after a ',' in an array) as a plain parse exception.
        if (unreadable instanceof JsonEOFException
                || String.valueOf(unreadable.getOriginalMessage()).contains("end-of-input")) {
            return new ChronicleError(location, ChronicleError.TRUNCATED,
                    "the input ends before the JSON is complete: " + JsonText.syntaxMessage(unreadable, origin));
        }
        return new ChronicleError(location, ChronicleError.MALFORMED,
                "not valid JSON: " + JsonText.syntaxMessage(unreadable, origin));
    }

    private static Location at(Location origin, JsonLocation location) {
        return JsonText.shift(origin, location);
    }
}
