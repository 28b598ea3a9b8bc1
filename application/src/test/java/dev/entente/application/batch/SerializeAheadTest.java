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
    void every_chunk_is_serialized_once_from_the_second_one_added_on_and_the_append_finds_them_written() {
        List<List<EventMessage<?>>> chunks = chunks(3, 4);
        // Run at once, on this thread, so that the test sees where it has got to.
        SerializeAhead ahead = SerializeAhead.over(storage(), Runnable::run);

        ahead.add(chunks.get(0));
        assertThat(serializer.calls.get()).as("a first chunk waits: it may be the only one").isZero();
        ahead.add(chunks.get(1));
        assertThat(serializer.calls.get()).as("payload and metadata of chunks 1 and 2").isEqualTo(2 * 2 * 4);
        ahead.add(chunks.get(2));
        assertThat(serializer.calls.get()).as("and of chunk 3, as soon as it is added").isEqualTo(2 * 3 * 4);

        List<byte[]> written = new ArrayList<>();
        for (List<EventMessage<?>> chunk : chunks) {
            for (EventMessage<?> event : chunk) {
                // What JdbcEventStorageEngine's append asks each message for.
                written.add(event.serializePayload(serializer, byte[].class).getData());
                event.serializeMetaData(serializer, byte[].class);
            }
        }
        assertThat(serializer.calls.get()).as("nothing serialized again by the append").isEqualTo(2 * 3 * 4);
        assertThat(written).extracting(String::new).allMatch(json -> json.startsWith("{\"day\":"));
        assertThat(new String(written.get(9))).isEqualTo("{\"day\":9}");
    }

    @Test
    void the_chunks_are_handed_to_the_executor_in_the_order_they_were_added() {
        List<List<EventMessage<?>>> chunks = chunks(4, 2);
        List<Runnable> queued = new ArrayList<>();
        SerializeAhead ahead = SerializeAhead.over(storage(), queued::add);
        chunks.forEach(ahead::add);

        assertThat(queued).hasSize(4);
        queued.get(0).run();
        assertThat(serializer.calls.get()).isEqualTo(2 * 2);
        // The first chunk's messages were serialized, the second's not yet: the append of chunk 1 finds them written.
        chunks.get(0).forEach(event -> event.serializePayload(serializer, byte[].class));
        assertThat(serializer.calls.get()).isEqualTo(2 * 2);
        chunks.get(1).get(0).serializePayload(serializer, byte[].class);
        assertThat(serializer.calls.get()).isEqualTo(2 * 2 + 1);
    }

    @Test
    void a_storage_that_serializes_nothing_or_a_single_chunk_starts_nothing() {
        List<Runnable> queued = new ArrayList<>();
        SerializeAhead inMemory = SerializeAhead.over(new InMemoryEventStorageEngine(), queued::add);
        chunks(3, 4).forEach(inMemory::add);
        SerializeAhead.over(storage(), queued::add).add(chunks(1, 4).get(0));

        assertThat(queued).isEmpty();
        assertThat(serializer.calls.get()).isZero();
    }

    @Test
    void once_closed_it_serializes_nothing_more() {
        List<List<EventMessage<?>>> chunks = chunks(3, 4);
        List<Runnable> queued = new ArrayList<>();
        SerializeAhead ahead = SerializeAhead.over(storage(), queued::add);
        ahead.add(chunks.get(0));
        ahead.add(chunks.get(1));

        ahead.close();
        ahead.add(chunks.get(2));
        queued.forEach(Runnable::run);

        assertThat(queued).as("chunks 1 and 2, queued before the close").hasSize(2);
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
