package dev.entente.engine;

import dev.entente.application.spi.Storage;
import dev.entente.application.spi.StorageSettings;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

/**
 * A storage whose tailing reads (those that may block, as the event store's read-ahead thread makes them) take a
 * few milliseconds an event, so that the reader is still at work when the engine closes; it records every event
 * read after {@link #close()} began, which on a real pool fails with an ERROR in the log.
 */
final class ReadAfterClose extends ForwardingStorage {

    private final List<String> readsAfterClose = new CopyOnWriteArrayList<>();
    private volatile boolean closing;

    ReadAfterClose(Storage storage) {
        super(storage);
    }

    /** The threads that read an event after the storage began to close. */
    List<String> readsAfterClose() {
        return readsAfterClose;
    }

    @Override
    public EventStorageEngine eventStorage(StorageSettings settings) {
        EventStorageEngine engine = storage.eventStorage(settings);
        return (EventStorageEngine) Proxy.newProxyInstance(ReadAfterClose.class.getClassLoader(),
                new Class<?>[]{EventStorageEngine.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(engine, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    boolean tailing = method.getName().equals("readEvents") && args.length == 2
                            && (args[0] == null || args[0] instanceof TrackingToken) && Boolean.TRUE.equals(args[1]);
                    return tailing ? ((Stream<?>) result).peek(event -> slowly()) : result;
                });
    }

    private void slowly() {
        if (closing) {
            readsAfterClose.add(Thread.currentThread().getName());
        }
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing = true;
        storage.close();
    }
}
