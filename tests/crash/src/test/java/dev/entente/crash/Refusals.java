package dev.entente.crash;

import java.util.regex.Pattern;

/** What a refusal printed by the command line must carry: where the fault is, and a stable code. */
final class Refusals {

    /** {@code file.json:12:5}, {@code file.jsonl:3}, or {@code Line 7} (event logs). */
    static final Pattern LOCATION = Pattern.compile("[^\\s:]+\\.(json|jsonl|ndjson):\\d+(:\\d+)?|[Ll]ine \\d+");
    /** {@code [chronicle.unknown-field]}, {@code rule visit.not-scheduled}, {@code [eventlog.sequence-gap]}. */
    static final Pattern CODE = Pattern.compile("(\\[|rule )[a-z]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    private Refusals() {
    }

    /** Why {@code err} is not a proper refusal; null when it names a location and a code. */
    static String whatIsMissing(String err) {
        boolean location = LOCATION.matcher(err).find();
        boolean code = CODE.matcher(err).find();
        if (location && code) {
            return null;
        }
        return "the refusal names " + (location ? "" : "no location ") + (location || code ? "" : "and ")
                + (code ? "" : "no code") + ":\n" + err;
    }
}
