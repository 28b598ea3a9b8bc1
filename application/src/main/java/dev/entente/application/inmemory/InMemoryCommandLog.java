package dev.entente.application.inmemory;

import dev.entente.application.spi.AppliedCommand;
import dev.entente.application.spi.CommandLog;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** The applied commands, in memory. */
public final class InMemoryCommandLog implements CommandLog {

    private final Map<String, AppliedCommand> applied = new ConcurrentSkipListMap<>();

    @Override
    public boolean contains(String digest) {
        return applied.containsKey(digest);
    }

    @Override
    public void record(AppliedCommand command) {
        applied.putIfAbsent(command.digest(), command);
    }

    @Override
    public List<AppliedCommand> entries() {
        return List.copyOf(applied.values());
    }
}
