package dev.entente.spring;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the auto-configured engine keeps its history: {@code entente.embedded.directory} for the embedded SQLite
 * store, {@code entente.in-memory=true} for an engine that forgets on close; with neither, the application's
 * {@code DataSource} (PostgreSQL).
 */
@ConfigurationProperties("entente")
public class EntenteProperties {

    private final Embedded embedded = new Embedded();
    private boolean inMemory;

    /** The embedded store's settings. */
    public Embedded getEmbedded() {
        return embedded;
    }

    /** Whether the engine keeps everything in memory, gone when the application stops. */
    public boolean isInMemory() {
        return inMemory;
    }

    /** Keep everything in memory (for tests and demonstrations). */
    public void setInMemory(boolean inMemory) {
        this.inMemory = inMemory;
    }

    /** The embedded SQLite store. */
    public static class Embedded {

        private Path directory;

        /** The directory of the embedded store, created on first start; {@code null} when not set. */
        public Path getDirectory() {
            return directory;
        }

        /** Keep the history in the SQLite store {@code entente.db} in this directory. */
        public void setDirectory(Path directory) {
            this.directory = directory;
        }
    }
}
