package dev.entente.application.inmemory;

import dev.entente.application.spi.CommandLog;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The applied commands' digests, in memory. */
public final class InMemoryCommandLog implements CommandLog {

    private final Map<String, String> applied = new ConcurrentHashMap<>();

    @Override
    public boolean contains(String digest) {
        return applied.containsKey(digest);
    }

    @Override
    public void record(String digest, String label) {
        applied.putIfAbsent(digest, label);
    }
}
