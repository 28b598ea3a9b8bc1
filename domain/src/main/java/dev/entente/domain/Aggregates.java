package dev.entente.domain;

import dev.entente.domain.agreement.Agreement;
import dev.entente.domain.agreement.AgreementCommand;
import dev.entente.domain.agreement.AgreementDecider;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.meeting.Meeting;
import dev.entente.domain.meeting.MeetingCommand;
import dev.entente.domain.meeting.MeetingDecider;
import dev.entente.domain.meeting.MeetingEvent;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.relationship.RelationshipCommand;
import dev.entente.domain.relationship.RelationshipDecider;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.AggregateType;
import dev.entente.domain.visit.Visit;
import dev.entente.domain.visit.VisitCommand;
import dev.entente.domain.visit.VisitDecider;
import dev.entente.domain.visit.VisitEvent;
import java.util.List;
import java.util.Optional;

/**
 * The one list of Entente's aggregates, with their command and event roots: the serializer's stored names, the
 * chronicle's command types, the engine's aggregates and the batch check all derive from it.
 */
public final class Aggregates {

    public static final AggregateType<?, VisitCommand, VisitEvent> VISIT = new AggregateType<>(Visit.class,
            VisitCommand.class, VisitEvent.class, VisitDecider.INSTANCE, VisitCommand::targetAggregateId,
            event -> event.visitId().aggregateId(), shell -> ((Visit) shell).state(), Visit::restore);

    public static final AggregateType<?, AgreementCommand, AgreementEvent> AGREEMENT = new AggregateType<>(
            Agreement.class, AgreementCommand.class, AgreementEvent.class, AgreementDecider.INSTANCE,
            AgreementCommand::targetAggregateId, event -> event.agreementId().aggregateId(),
            shell -> ((Agreement) shell).state(), Agreement::restore);

    public static final AggregateType<?, RelationshipCommand, RelationshipEvent> RELATIONSHIP = new AggregateType<>(
            Relationship.class, RelationshipCommand.class, RelationshipEvent.class, RelationshipDecider.INSTANCE,
            RelationshipCommand::targetAggregateId, event -> Relationship.aggregateIdOf(event.dyad()),
            shell -> ((Relationship) shell).state(), Relationship::restore);

    public static final AggregateType<?, MeetingCommand, MeetingEvent> MEETING = new AggregateType<>(Meeting.class,
            MeetingCommand.class, MeetingEvent.class, MeetingDecider.INSTANCE, MeetingCommand::targetAggregateId,
            event -> event.meetingId().aggregateId(), shell -> ((Meeting) shell).state(), Meeting::restore);

    private static final List<AggregateType<?, ?, ?>> ALL = List.of(VISIT, AGREEMENT, RELATIONSHIP, MEETING);

    private Aggregates() {
    }

    /** Every aggregate type, in a fixed order. */
    public static List<AggregateType<?, ?, ?>> all() {
        return ALL;
    }

    /** The sealed command roots, one per aggregate. */
    public static List<Class<?>> commandRoots() {
        return ALL.stream().<Class<?>>map(AggregateType::commandRoot).toList();
    }

    /** The sealed event roots, one per aggregate. */
    public static List<Class<?>> eventRoots() {
        return ALL.stream().<Class<?>>map(AggregateType::eventRoot).toList();
    }

    /** Every command record of every aggregate. */
    public static List<Class<?>> commandTypes() {
        return ALL.stream().flatMap(type -> type.commandTypes().stream()).toList();
    }

    /** Every event record of every aggregate. */
    public static List<Class<?>> eventTypes() {
        return ALL.stream().flatMap(type -> type.eventTypes().stream()).toList();
    }

    /** The aggregate type {@code command} goes to, if it is a command of Entente. */
    public static Optional<AggregateType<?, ?, ?>> forCommand(Object command) {
        return ALL.stream().filter(type -> type.handles(command)).findFirst();
    }

    /** The aggregate type stored under {@code name} (e.g. {@code Visit}), if any. */
    public static Optional<AggregateType<?, ?, ?>> named(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
