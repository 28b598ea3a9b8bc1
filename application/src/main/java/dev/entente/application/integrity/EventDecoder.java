package dev.entente.application.integrity;

import dev.entente.application.EventMetadata;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.spi.Serialization;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.correction.FactWithdrawn;
import dev.entente.domain.meeting.MeetingEvent;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.shared.Fact;
import dev.entente.domain.shared.StoredEvent;
import dev.entente.domain.visit.VisitEvent;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

/**
 * Reads one stored event the way the event store will: its stored name resolved by the event serializer, older
 * revisions through the real upcaster chain, the payload deserialized into the domain's record (whose constructor
 * validates it), and the payload's own id held against the aggregate it is stored under. What cannot be read is
 * reported, not thrown, so that a caller can list every problem.
 */
public final class EventDecoder {

    private static final byte[] NO_META_DATA = "{}".getBytes(StandardCharsets.UTF_8);

    /** Why an event cannot be read; {@link #suffix()} ends the stable code of every caller's report. */
    public enum Fault {
        /** No domain event is stored under the name. */
        UNKNOWN_EVENT("unknown-event"),
        /** The name is known, but neither the current revision nor one an upcaster reads. */
        UNKNOWN_REVISION("unknown-revision"),
        /** The payload does not make a valid domain event, or names another aggregate than its own. */
        INVALID_PAYLOAD("invalid-payload"),
        /** The metadata is not a readable map. */
        INVALID_META_DATA("invalid-metadata");

        private final String suffix;

        Fault(String suffix) {
            this.suffix = suffix;
        }

        /** E.g. {@code unknown-event}. */
        public String suffix() {
            return suffix;
        }
    }

    /**
     * What reading gave: the domain event, the digest of the command that wrote it (when stamped) and the
     * annotations recorded with that command, or a fault and a sentence.
     */
    public record Decoded(Object event, String commandDigest, Fault fault, String reason, Annotations annotations) {

        static Decoded read(Object event, String commandDigest, Annotations annotations) {
            return new Decoded(event, commandDigest, null, null, annotations);
        }

        static Decoded refused(Fault fault, String reason) {
            return new Decoded(null, null, fault, reason, Annotations.NONE);
        }

        /** Whether the event was read. */
        public boolean readable() {
            return fault == null;
        }
    }

    private final Serializer serializer;
    private final EventUpcasterChain upcasters;
    /** The application's own aggregates the serialization stores events of (docs/extending.md). */
    private final List<AggregateType<?, ?, ?>> extensions;

    /** A decoder on the serializer and upcasters the event store is configured with. */
    public EventDecoder(Serialization serialization) {
        this.serializer = serialization.events();
        this.upcasters = new EventUpcasterChain(serialization.upcasters());
        this.extensions = serialization.aggregates().extensions();
    }

    /** Reads {@code raw}; never throws for anything the stored bytes hold. */
    public Decoded decode(RawEvent raw) {
        String name = raw.name();
        if (!isStoredName(name)) {
            return Decoded.refused(Fault.UNKNOWN_EVENT, "no domain event is stored under the name " + name);
        }
        IntermediateEventRepresentation upcast;
        try {
            List<IntermediateEventRepresentation> upcasted = upcasters.upcast(Stream.of(new InitialEventRepresentation(
                    new GenericDomainEventEntry<>(null, raw.aggregateId(), raw.sequence(), raw.eventId(),
                            raw.recordedAt(), name, raw.revision(), raw.payload(),
                            raw.metaData() != null ? raw.metaData() : NO_META_DATA), serializer))).toList();
            if (upcasted.size() != 1) {
                return Decoded.refused(Fault.INVALID_PAYLOAD, "the upcasters turned " + name + " revision "
                        + raw.revision() + " into " + upcasted.size() + " events instead of one");
            }
            upcast = upcasted.get(0);
        } catch (RuntimeException e) {
            return Decoded.refused(Fault.INVALID_PAYLOAD, "the payload of " + name + " revision " + raw.revision()
                    + " could not be upcast: " + reason(e));
        }
        SimpleSerializedType readAs = new SimpleSerializedType(upcast.getType().getName(),
                upcast.getType().getRevision());
        String current = serializer.typeForClass(serializer.classForType(readAs)).getRevision();
        if (!isStoredName(readAs.getName()) || !Objects.equals(current, readAs.getRevision())) {
            return Decoded.refused(Fault.UNKNOWN_REVISION, name + " revision " + raw.revision()
                    + " is neither the current revision " + current + " nor one an upcaster reads");
        }
        Object event;
        try {
            event = serializer.deserialize(upcast.getData());
        } catch (RuntimeException e) {
            return Decoded.refused(Fault.INVALID_PAYLOAD, "the payload is not a valid " + name + ": " + reason(e));
        }
        String owner = aggregateIdOf(event);
        if (owner == null) {
            owner = extensionAggregateIdOf(event);
        }
        if (owner == null) {
            return Decoded.refused(Fault.INVALID_PAYLOAD, "the payload of " + name
                    + " does not name the visit, agreement, dyad or meeting (or aggregate of the application's) it"
                    + " belongs to");
        }
        if (!owner.equals(raw.aggregateId())) {
            return Decoded.refused(Fault.INVALID_PAYLOAD, "the payload of " + name + " belongs to " + owner
                    + ", not to " + raw.aggregateId() + " under which it is stored");
        }
        if (event instanceof Fact fact && fact.occurredOn() == null) {
            // Every fact is dated; the read models order and file it by that date, so an undated one cannot be kept.
            return Decoded.refused(Fault.INVALID_PAYLOAD, "the payload of " + name
                    + " gives no date it happened on (occurredOn)");
        }
        if (event instanceof AgreementConcluded concluded && concluded.kind() == null) {
            // Every agreement was concluded as some kind of instrument (the command requires it); the read models
            // file and judge it by its kind, so one without cannot be kept.
            return Decoded.refused(Fault.INVALID_PAYLOAD, "the payload of " + name
                    + " gives no kind of instrument (kind)");
        }
        Object digest;
        MetaData metaData;
        try {
            metaData = upcast.getMetaData().getObject();
            digest = metaData.get(EventMetadata.COMMAND_DIGEST);
        } catch (RuntimeException e) {
            return Decoded.refused(Fault.INVALID_META_DATA, "the metadata is not a readable map: " + reason(e));
        }
        Annotations annotations;
        try {
            annotations = Annotations.fromMetadata(metaData);
        } catch (RuntimeException e) {
            return Decoded.refused(Fault.INVALID_META_DATA, "the note or alternative claims in the metadata ("
                    + Annotations.NOTE + ", " + Annotations.ALTERNATIVES + ") are not readable: " + reason(e));
        }
        return Decoded.read(event, digest == null ? null : digest.toString(), annotations);
    }

    /** Whether the serializer resolves {@code name} to a stored event that it would write under that same name. */
    private boolean isStoredName(String name) {
        if (name == null) {
            return false;
        }
        Class<?> type;
        try {
            type = serializer.classForType(new SimpleSerializedType(name, null));
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
        // A Java class name resolves too, through the serializer's fallback; only a stored name maps back to itself.
        return type != UnknownSerializedType.class && type.isAnnotationPresent(StoredEvent.class)
                && name.equals(serializer.typeForClass(type).getName());
    }

    /** The application's aggregate an event belongs to, by its own id function; null when it gives none. */
    private String extensionAggregateIdOf(Object event) {
        for (AggregateType<?, ?, ?> type : extensions) {
            if (type.eventRoot().isInstance(event)) {
                try {
                    return type.sourceOf(event);
                } catch (RuntimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The aggregate an event belongs to, by the id it carries; null when it carries none or is no domain event. */
    static String aggregateIdOf(Object event) {
        if (event instanceof VisitEvent visit) {
            return visit.visitId() == null ? null : visit.visitId().aggregateId();
        }
        if (event instanceof AgreementEvent agreement) {
            return agreement.agreementId() == null ? null : agreement.agreementId().aggregateId();
        }
        if (event instanceof RelationshipEvent relationship) {
            return relationship.dyad() == null ? null : Relationship.aggregateIdOf(relationship.dyad());
        }
        if (event instanceof MeetingEvent meeting) {
            return meeting.meetingId() == null ? null : meeting.meetingId().aggregateId();
        }
        if (event instanceof FactWithdrawn withdrawal) {
            return withdrawal.aggregateId();
        }
        return null;
    }

    /**
     * The domain's own sentence when one of its values refused the payload; otherwise the first line of the
     * outermost message, without the parser's location details (the caller names the event).
     */
    static String reason(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getName().startsWith("dev.entente.domain.") && cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DateTimeException && cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        Throwable deepest = thrown;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() != null ? deepest.getMessage() : deepest.getClass().getSimpleName();
        int newline = message.indexOf('\n');
        message = newline >= 0 ? message.substring(0, newline) : message;
        int chain = message.indexOf(" (through reference chain");
        return (chain >= 0 ? message.substring(0, chain) : message).strip();
    }
}
