package dev.entente.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where the fuzzing suites report how many cases they ran: standard output and target/fuzz-summary.txt. */
final class Fuzzing {

    private Fuzzing() {
    }

    static synchronized void report(String summary) {
        System.out.print(summary);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            try {
                Files.writeString(target.resolve("fuzz-summary.txt"), summary, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
