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
import java.util.function.Consumer;

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

    private PlainQuestion() {
    }

    /** The question {@code args} ask, ready to call; null when picocli must read them. */
    static Callable<Integer> parse(String... args) {
        if (args.length == 0) {
            return null;
        }
        Plain plain = new Plain();
        Callable<Integer> question = switch (args[0]) {
            case "state" -> {
                QueryCommands.State state = new QueryCommands.State();
                state.countries = plain.countries();
                plain.date("--as-of", date -> state.asOf = date);
                state.store = plain.store();
                state.recorded = plain.recorded();
                state.format = plain.format();
                yield state;
            }
            case "timeline" -> {
                QueryCommands.Timeline timeline = new QueryCommands.Timeline();
                timeline.countries = plain.countries();
                plain.date("--from", date -> timeline.from = date);
                plain.date("--to", date -> timeline.to = date);
                timeline.store = plain.store();
                timeline.recorded = plain.recorded();
                timeline.format = plain.format();
                yield timeline;
            }
            case "agreements" -> {
                QueryCommands.Agreements agreements = new QueryCommands.Agreements();
                plain.text("--party", value -> agreements.party = value);
                plain.text("--sector", value -> agreements.sector = value);
                plain.text("--kind", value -> agreements.kind = value);
                plain.text("--status", value -> agreements.status = value);
                plain.date("--as-of", date -> agreements.asOf = date);
                agreements.store = plain.store();
                agreements.recorded = plain.recorded();
                agreements.format = plain.format();
                yield agreements;
            }
            case "visits" -> {
                QueryCommands.Visits visits = new QueryCommands.Visits();
                visits.countries = plain.countries();
                plain.date("--as-of", date -> visits.asOf = date);
                visits.store = plain.store();
                visits.recorded = plain.recorded();
                visits.format = plain.format();
                yield visits;
            }
            default -> null;
        };
        return question != null && plain.read(args) ? question : null;
    }

    /** The options and positions of one question, and how each fills its field. */
    private static final class Plain {
        private final Map<String, Consumer<String>> valued = new HashMap<>();
        private final Map<String, Runnable> flags = new HashMap<>();
        private final List<Consumer<String>> positions = new ArrayList<>();

        DyadArguments countries() {
            DyadArguments countries = new DyadArguments();
            positions.add(value -> countries.a = value);
            positions.add(value -> countries.b = value);
            return countries;
        }

        StoreOption store() {
            StoreOption store = new StoreOption();
            // picocli's default, ${env:ENTENTE_STORE}: the variable, or null when it is not set.
            store.store = System.getenv("ENTENTE_STORE");
            text("--store", value -> store.store = value);
            flags.put("--read-only", () -> store.readOnly = true);
            return store;
        }

        RecordedAtOption recorded() {
            RecordedAtOption recorded = new RecordedAtOption();
            text("--as-recorded-at", value -> recorded.recordedAt = value);
            return recorded;
        }

        FormatOption format() {
            FormatOption format = new FormatOption();
            format.format = "text";
            text("--format", value -> format.format = value);
            return format;
        }

        void text(String option, Consumer<String> field) {
            valued.put(option, field);
        }

        /** A date as picocli converts it ({@link LocalDate#parse}); one it cannot read is left to picocli. */
        void date(String option, Consumer<LocalDate> field) {
            valued.put(option, value -> field.accept(LocalDate.parse(value)));
        }

        /** Fills the fields from {@code args} after the command's name; false when picocli must read them. */
        boolean read(String[] args) {
            Set<String> given = new HashSet<>();
            int position = 0;
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.isEmpty() || arg.startsWith("@")) {
                    return false;
                }
                if (arg.startsWith("-")) {
                    int equals = arg.indexOf('=');
                    String name = equals < 0 ? arg : arg.substring(0, equals);
                    if (!given.add(name.equals("-v") ? "--verbose" : name)) {
                        return false;
                    }
                    if (equals < 0 && (name.equals("-v") || name.equals("--verbose"))) {
                        continue; // read by Main before the command runs
                    }
                    if (equals < 0 && flags.containsKey(name)) {
                        flags.get(name).run();
                        continue;
                    }
                    Consumer<String> field = valued.get(name);
                    if (field == null) {
                        return false;
                    }
                    String value;
                    if (equals >= 0) {
                        value = arg.substring(equals + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        return false;
                    }
                    if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                        return false;
                    }
                    try {
                        field.accept(value);
                    } catch (DateTimeParseException notADate) {
                        return false;
                    }
                } else if (position < positions.size()) {
                    positions.get(position++).accept(arg);
                } else {
                    return false;
                }
            }
            return position == positions.size();
        }
    }
}
