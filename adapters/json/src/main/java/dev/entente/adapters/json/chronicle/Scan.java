package dev.entente.adapters.json.chronicle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a first pass over a chronicle found: its title, the objects to bind, and the errors of its structure. */
final class Scan {

    String title;
    final List<ObjectSpan> sources = new ArrayList<>();
    final List<ObjectSpan> commands = new ArrayList<>();
    final List<ChronicleError> errors = new ArrayList<>();
    /** Each command type named so far, once (the spans share it). */
    final Map<String, String> typeNames = new HashMap<>();
    /** Set when the rest cannot be read, or should not be (an unsupported format): nothing is bound. */
    boolean fatal;

    void error(Location location, String code, String message) {
        errors.add(new ChronicleError(location, code, message));
    }

    void fatal(Location location, String code, String message) {
        error(location, code, message);
        fatal = true;
    }
}
