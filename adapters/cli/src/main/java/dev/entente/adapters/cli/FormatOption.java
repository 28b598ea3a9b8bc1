package dev.entente.adapters.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that print results. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, or csv (for tables).")
    String format;

    Format format() {
        try {
            return Format.valueOf(format.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError("--format takes text, json or csv, not '" + format + "'");
        }
    }
}
