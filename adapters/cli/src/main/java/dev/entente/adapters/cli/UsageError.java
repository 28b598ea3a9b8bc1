package dev.entente.adapters.cli;

/** Bad input or usage that is not a picocli parameter error: reported with exit code 2. */
final class UsageError extends RuntimeException {

    UsageError(String message) {
        super(message);
    }
}
