package dev.entente.engine;

import dev.entente.application.spi.CommandLog;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.application.spi.Storage;
import dev.entente.application.spi.StorageSettings;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;

/** A storage that hands every call to another; tests override the one call they need to watch or slow down. */
abstract class ForwardingStorage implements Storage {

    protected final Storage storage;

    ForwardingStorage(Storage storage) {
        this.storage = storage;
    }

    @Override
    public EventStorageEngine eventStorage(StorageSettings settings) {
        return storage.eventStorage(settings);
    }

    @Override
    public TokenStore tokenStore(Serializer serializer) {
        return storage.tokenStore(serializer);
    }

    @Override
    public TransactionManager transactionManager() {
        return storage.transactionManager();
    }

    @Override
    public void inLargeTransaction(Runnable work) {
        storage.inLargeTransaction(work);
    }

    @Override
    public ReadModelStore readModels() {
        return storage.readModels();
    }

    @Override
    public CommandLog commandLog() {
        return storage.commandLog();
    }

    @Override
    public Optional<Set<String>> aggregatesWithEvents(Collection<String> aggregateIds) {
        return storage.aggregatesWithEvents(aggregateIds);
    }

    @Override
    public Optional<List<EventRow>> eventRows(long after, long upTo, int limit) {
        return storage.eventRows(after, upTo, limit);
    }

    @Override
    public String describe() {
        return storage.describe();
    }

    @Override
    public void close() {
        storage.close();
    }
}
