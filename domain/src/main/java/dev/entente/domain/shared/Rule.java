package dev.entente.domain.shared;

/** A named rule of the domain; its code is stable and safe to match on. */
public interface Rule {

    /** The stable code, such as {@code agreement.already-signed-by-party}. */
    String code();
}
