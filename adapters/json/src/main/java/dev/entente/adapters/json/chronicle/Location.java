package dev.entente.adapters.json.chronicle;

import java.util.Objects;

/** A place in a chronicle file: its name, and a 1-based line and column (counted in characters). */
public record Location(String file, int line, int column) {

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
