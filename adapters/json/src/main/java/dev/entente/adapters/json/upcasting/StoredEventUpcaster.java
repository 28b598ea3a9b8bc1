package dev.entente.adapters.json.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entente.domain.shared.Values;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads one revision of a stored event as the next, by rewriting its JSON: how an application upcasts its own events
 * without writing an Axon class (docs/extending.md). Chain several, one per step, to read revision 1 as 3.
 */
public final class StoredEventUpcaster extends SingleEventUpcaster {

    private final String name;
    private final String fromRevision;
    private final SimpleSerializedType to;
    private final UnaryOperator<ObjectNode> rewrite;

    private StoredEventUpcaster(String name, String fromRevision, String toRevision, UnaryOperator<ObjectNode> rewrite) {
        this.name = Values.text(name, "stored name");
        this.fromRevision = Values.text(fromRevision, "revision upcast from");
        this.to = new SimpleSerializedType(name, Values.text(toRevision, "revision upcast to"));
        this.rewrite = Objects.requireNonNull(rewrite, "rewrite");
    }

    /**
     * An upcaster that reads the event stored as {@code name} at {@code fromRevision} as {@code toRevision}, with its
     * JSON object rewritten by {@code rewrite} (given a copy, which it may change and return).
     */
    public static StoredEventUpcaster of(String name, String fromRevision, String toRevision,
                                         UnaryOperator<ObjectNode> rewrite) {
        return new StoredEventUpcaster(name, fromRevision, toRevision, rewrite);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        SerializedType type = representation.getType();
        return name.equals(type.getName()) && fromRevision.equals(type.getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class,
                payload -> rewrite.apply(((ObjectNode) payload).deepCopy()));
    }
}
