package dev.entente.domain.shared;

/**
 * A value that cannot exist, such as an unknown country code or a blank name: bad input, refused before any rule
 * of an aggregate is asked.
 */
public final class InvalidValue extends IllegalArgumentException {

    private final String code;

    public InvalidValue(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, machine-readable code such as {@code country.unknown}. */
    public String code() {
        return code;
    }
}
