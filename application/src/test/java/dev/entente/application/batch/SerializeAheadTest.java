package dev.entente.application.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SerializeAheadTest {

    private final Counting serializer = new Counting(JacksonSerializer.defaultSerializer());

    @Test
    void the_chunks_after_the_first_are_serialized_once_and_the_append_finds_them_written() throws Exception {
        List<List<EventMessage<?>>> chunks = chunks(3, 4);

        // Run at once, on this thread, so that the test sees where it has got to.
        SerializeAhead.start(storage(), chunks, Runnable::run);

        assertThat(serializer.calls.get()).as("payload and metadata of chunks 2 and 3").isEqualTo(2 * 2 * 4);
        List<byte[]> written = new ArrayList<>();
        for (List<EventMessage<?>> chunk : chunks) {
            for (EventMessage<?> event : chunk) {
                // What JdbcEventStorageEngine's append asks each message for.
                written.add(event.serializePayload(serializer, byte[].class).getData());
                event.serializeMetaData(serializer, byte[].class);
            }
        }
        assertThat(serializer.calls.get()).as("the first chunk only, by the append").isEqualTo(2 * 3 * 4);
        assertThat(written).extracting(String::new).allMatch(json -> json.startsWith("{\"day\":"));
        assertThat(new String(written.get(9))).isEqualTo("{\"day\":9}");
    }

    @Test
    void a_storage_that_serializes_nothing_or_a_single_chunk_starts_nothing() throws Exception {
        SerializeAhead.start(new InMemoryEventStorageEngine(), chunks(3, 4), Runnable::run);
        SerializeAhead.start(storage(), chunks(1, 4), Runnable::run);

        assertThat(serializer.calls.get()).isZero();
    }

    @Test
    void once_closed_it_serializes_nothing_more() throws Exception {
        List<List<EventMessage<?>>> chunks = chunks(3, 4);
        List<Runnable> queued = new ArrayList<>();
        SerializeAhead ahead = SerializeAhead.start(storage(), chunks, queued::add);

        ahead.close();
        queued.forEach(Runnable::run);

        assertThat(queued).hasSize(1);
        assertThat(serializer.calls.get()).isZero();
    }

    private EventStorageEngine storage() {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(() -> {
                    throw new IllegalStateException("no database in this test");
                })
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    private static List<List<EventMessage<?>>> chunks(int count, int size) {
        List<List<EventMessage<?>>> chunks = new ArrayList<>();
        int day = 0;
        for (int c = 0; c < count; c++) {
            List<EventMessage<?>> chunk = new ArrayList<>();
            for (int i = 0; i < size; i++, day++) {
                chunk.add(new GenericDomainEventMessage<>("Visit", "visit-1", day, Map.of("day", day)));
            }
            chunks.add(chunk);
        }
        return chunks;
    }

    /** A serializer that counts what it serializes. */
    private static final class Counting implements Serializer {
        private final Serializer delegate;
        final AtomicInteger calls = new AtomicInteger();

        Counting(Serializer delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            calls.incrementAndGet();
            return delegate.serialize(object, expectedRepresentation);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return delegate.canSerializeTo(expectedRepresentation);
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            return delegate.deserialize(serializedObject);
        }

        @Override
        public Class classForType(SerializedType type) {
            return delegate.classForType(type);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return delegate.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return delegate.getConverter();
        }
    }
}
