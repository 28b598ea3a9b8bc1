package dev.entente.domain.visit;

/**
 * A gun salute of a number of rounds. {@code exceptional} says the host honoured the guest above the office's
 * custom (e.g. 21 rounds for a head of government).
 */
public record GunSalute(int rounds, boolean exceptional) {

    public static GunSalute of(int rounds) {
        return new GunSalute(rounds, false);
    }

    public static GunSalute exceptional(int rounds) {
        return new GunSalute(rounds, true);
    }
}
