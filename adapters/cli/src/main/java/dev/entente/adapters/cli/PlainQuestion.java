package dev.entente.adapters.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * A question's arguments read without picocli, when they are plain: the command's name, its countries, and its own
 * options each given once, as {@code --name value} or {@code --name=value}, with values that picocli would take the
 * same way. Anything else (help, version, an option picocli would refuse or read differently, a date it could not
 * convert, an {@code @file}) gives null, and picocli reads the arguments as before, with its messages. Picocli builds
 * its model of a command by reflection on every start, which took about a fifth of a question's CPU time on its main
 * thread even for the one command (docs/adr/0014); the fields filled here are those picocli fills, with the same
 * defaults.
 */
final class PlainQuestion {

    /** The options that take a value, and the positions, of each question; the common options besides. */
    private static final Set<String> STATE = Set.of("--as-of");
    private static final Set<String> TIMELINE = Set.of("--from", "--to");
    private static final Set<String> AGREEMENTS = Set.of("--party", "--sector", "--kind", "--status", "--as-of");
    private static final Set<String> VISITS = Set.of("--as-of");
    private static final Set<String> COMMON = Set.of("--store", "--as-recorded-at", "--format");

    private PlainQuestion() {
    }

    /*
     * Read into a map and filled in plain code rather than through a consumer per option: a question links each
     * lambda once at its start, which cost more than reading its arguments (docs/adr/0034).
     */

    /** The question {@code args} ask, ready to call; null when picocli must read them. */
    static Callable<Integer> parse(String... args) {
        if (args.length == 0) {
            return null;
        }
        Set<String> own;
        int positions;
        switch (args[0]) {
            case "state" -> {
                own = STATE;
                positions = 2;
            }
            case "timeline" -> {
                own = TIMELINE;
                positions = 2;
            }
            case "agreements" -> {
                own = AGREEMENTS;
                positions = 0;
            }
            case "visits" -> {
                own = VISITS;
                positions = 2;
            }
            default -> {
                return null;
            }
        }
        Plain plain = Plain.read(args, own, positions);
        if (plain == null) {
            return null;
        }
        try {
            switch (args[0]) {
                case "state" -> {
                    QueryCommands.State state = new QueryCommands.State();
                    state.countries = plain.countries();
                    state.asOf = plain.date("--as-of");
                    state.store = plain.store();
                    state.recorded = plain.recorded();
                    state.format = plain.format();
                    return state;
                }
                case "timeline" -> {
                    QueryCommands.Timeline timeline = new QueryCommands.Timeline();
                    timeline.countries = plain.countries();
                    timeline.from = plain.date("--from");
                    timeline.to = plain.date("--to");
                    timeline.store = plain.store();
                    timeline.recorded = plain.recorded();
                    timeline.format = plain.format();
                    return timeline;
                }
                case "agreements" -> {
                    QueryCommands.Agreements agreements = new QueryCommands.Agreements();
                    agreements.party = plain.values.get("--party");
                    agreements.sector = plain.values.get("--sector");
                    agreements.kind = plain.values.get("--kind");
                    agreements.status = plain.values.get("--status");
                    agreements.asOf = plain.date("--as-of");
                    agreements.store = plain.store();
                    agreements.recorded = plain.recorded();
                    agreements.format = plain.format();
                    return agreements;
                }
                default -> {
                    QueryCommands.Visits visits = new QueryCommands.Visits();
                    visits.countries = plain.countries();
                    visits.asOf = plain.date("--as-of");
                    visits.store = plain.store();
                    visits.recorded = plain.recorded();
                    visits.format = plain.format();
                    return visits;
                }
            }
        } catch (DateTimeParseException notADate) {
            // A date picocli converts the same way (LocalDate.parse), and refuses with its own message.
            return null;
        }
    }

    /** A question's arguments after its name: the values of its options, its positions, whether --read-only. */
    private static final class Plain {
        private final Map<String, String> values = new HashMap<>();
        private final List<String> positions = new ArrayList<>();
        private boolean readOnly;

        /** The arguments after the command's name; null when picocli must read them. */
        static Plain read(String[] args, Set<String> own, int positions) {
            Plain plain = new Plain();
            Set<String> given = new HashSet<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.isEmpty() || arg.startsWith("@")) {
                    return null;
                }
                if (arg.startsWith("-")) {
                    int equals = arg.indexOf('=');
                    String name = equals < 0 ? arg : arg.substring(0, equals);
                    if (!given.add(name.equals("-v") ? "--verbose" : name)) {
                        return null;
                    }
                    if (equals < 0 && (name.equals("-v") || name.equals("--verbose"))) {
                        continue; // read by Main before the command runs
                    }
                    if (equals < 0 && name.equals("--read-only")) {
                        plain.readOnly = true;
                        continue;
                    }
                    if (!own.contains(name) && !COMMON.contains(name)) {
                        return null;
                    }
                    String value;
                    if (equals >= 0) {
                        value = arg.substring(equals + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        return null;
                    }
                    if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                        return null;
                    }
                    plain.values.put(name, value);
                } else if (plain.positions.size() < positions) {
                    plain.positions.add(arg);
                } else {
                    return null;
                }
            }
            return plain.positions.size() == positions ? plain : null;
        }

        DyadArguments countries() {
            DyadArguments countries = new DyadArguments();
            countries.a = positions.get(0);
            countries.b = positions.get(1);
            return countries;
        }

        /** A date as picocli converts it ({@link LocalDate#parse}); null when not given. */
        LocalDate date(String option) {
            String value = values.get(option);
            return value == null ? null : LocalDate.parse(value);
        }

        StoreOption store() {
            StoreOption store = new StoreOption();
            // picocli's default, ${env:ENTENTE_STORE}: the variable, or null when it is not set.
            String given = values.get("--store");
            store.store = given != null ? given : System.getenv("ENTENTE_STORE");
            store.readOnly = readOnly;
            return store;
        }

        RecordedAtOption recorded() {
            RecordedAtOption recorded = new RecordedAtOption();
            recorded.recordedAt = values.get("--as-recorded-at");
            return recorded;
        }

        FormatOption format() {
            FormatOption format = new FormatOption();
            String given = values.get("--format");
            format.format = given != null ? given : "text";
            return format;
        }
    }
}
