package dev.entente.adapters.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.entente.domain.Aggregates;
import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.shared.StoredEvent;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The event serializer: stores each {@code @StoredEvent} under its stable name and revision (e.g.
 * {@code agreement.signed}, {@code 2}) rather than its class name, so that events survive a class being renamed or
 * moved. Anything else (metadata, unknown names) keeps Axon's class-name behaviour.
 */
public final class StoredNameSerializer implements Serializer {

    /** The event roots of the domain, from its registry; their permitted subclasses are every event Entente stores. */
    public static final List<Class<?>> DOMAIN_EVENTS = Aggregates.eventRoots();

    /**
     * Events every aggregate's stream may hold beside its own family: a withdrawal of earlier events (ADR 0022).
     */
    public static final List<Class<?>> SHARED_EVENTS = List.of(FactWithdrawn.class);

    private final JacksonSerializer delegate;
    private final Map<String, Class<?>> classByName = new HashMap<>();
    private final Map<Class<?>, SerializedType> typeByClass = new HashMap<>();
    /** A reader per stored event, made once: the delegate would resolve the class by name and make one per event. */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
    private final ObjectMapper mapper;

    /** The serializer for the domain's events, on {@link EntenteJson#mapper()}. */
    public StoredNameSerializer() {
        this(EntenteJson.mapper(), Stream.concat(DOMAIN_EVENTS.stream(), SHARED_EVENTS.stream()).toList());
    }

    /**
     * A serializer for the given event types: each is a {@code @StoredEvent} class or a sealed interface whose
     * permitted subclasses are (recursively).
     */
    public StoredNameSerializer(ObjectMapper mapper, Collection<Class<?>> eventTypes) {
        for (Class<?> event : concreteClasses(eventTypes)) {
            StoredEvent stored = event.getAnnotation(StoredEvent.class);
            if (stored == null) {
                throw new IllegalArgumentException(event.getName() + " has no @StoredEvent name");
            }
            Class<?> taken = classByName.putIfAbsent(stored.name(), event);
            if (taken != null && taken != event) {
                throw new IllegalArgumentException("stored name " + stored.name() + " is used by both "
                        + taken.getName() + " and " + event.getName());
            }
            typeByClass.put(event, new SimpleSerializedType(stored.name(), stored.revision()));
        }
        this.mapper = mapper;
        this.delegate = JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(new StoredRevisionResolver())
                .build();
    }

    /** The metadata serialized last, by any thread: immutable, so the same instance gives the same bytes. */
    private volatile Serialized lastMetaData = new Serialized(null, null, null);

    /** {@code object} as serialized to {@code representation}. */
    private record Serialized(Object object, Class<?> representation, SerializedObject<?> serialized) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object instanceof MetaData) {
            // Every event of a batch entry carries the entry's one MetaData, and each message serializes it for
            // itself: the same instance's bytes are made once (issue 8, seventh session: a third of a batch's
            // serializing was metadata).
            Serialized last = lastMetaData;
            if (last.object() != object || last.representation() != expectedRepresentation) {
                last = new Serialized(object, expectedRepresentation,
                        delegate.serialize(object, expectedRepresentation));
                lastMetaData = last;
            }
            return (SerializedObject<T>) last.serialized();
        }
        SerializedObject<T> serialized = delegate.serialize(object, expectedRepresentation);
        SerializedType stored = object == null ? null : storedType(object.getClass());
        return stored == null ? serialized
                : new SimpleSerializedObject<>(serialized.getData(), serialized.getContentType(), stored);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        SerializedType type = serializedObject.getType();
        Class<?> event = classByName.get(type.getName());
        if (event == null) {
            return delegate.deserialize(serializedObject);
        }
        String current = typeByClass.get(event).getRevision();
        if (!Objects.equals(current, type.getRevision())) {
            // Reading another revision as the current shape would silently drop what it stored, since unknown
            // properties are ignored: an older one must be upcast first, and a newer one needs newer code.
            throw new SerializationException("Cannot read " + type.getName() + " revision " + type.getRevision()
                    + " as " + event.getSimpleName() + ", whose revision is " + current
                    + "; is the upcaster chain configured on the event store?");
        }
        if (serializedObject.getData() instanceof byte[] bytes) {
            // As the delegate reads bytes, with the class and reader already known (a replay reads every event).
            try {
                return readers.computeIfAbsent(event, mapper::readerFor).readValue(bytes);
            } catch (IOException e) {
                throw new SerializationException("Error while deserializing object", e);
            }
        }
        return delegate.deserialize(new SimpleSerializedObject<>(serializedObject.getData(),
                serializedObject.getContentType(), event.getName(), type.getRevision()));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        Class<?> event = classByName.get(type.getName());
        return event != null ? event : delegate.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        SerializedType stored = type == null ? null : storedType(type);
        return stored != null ? stored : delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

    private SerializedType storedType(Class<?> type) {
        SerializedType stored = typeByClass.get(type);
        if (stored == null && type.isAnnotationPresent(StoredEvent.class)) {
            // Written under its stored name, it could never be read back: refuse now rather than on the next load.
            throw new SerializationException(type.getName() + " is a @StoredEvent this serializer was not given");
        }
        return stored;
    }

    private static List<Class<?>> concreteClasses(Collection<Class<?>> types) {
        List<Class<?>> classes = new ArrayList<>();
        Deque<Class<?>> pending = new ArrayDeque<>(types);
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (type.isSealed()) {
                pending.addAll(List.of(type.getPermittedSubclasses()));
            } else {
                classes.add(type);
            }
        }
        return classes;
    }

    /** The revision of an event from its {@code @StoredEvent}; Axon's {@code @Revision} for anything else. */
    private static final class StoredRevisionResolver implements RevisionResolver {

        private final RevisionResolver otherwise = new AnnotationRevisionResolver();

        @Override
        public String revisionOf(Class<?> payloadType) {
            StoredEvent stored = payloadType.getAnnotation(StoredEvent.class);
            return stored != null ? stored.revision() : otherwise.revisionOf(payloadType);
        }
    }
}
