package dev.entente.test;

import dev.entente.domain.agreement.AgreementCommand;
import dev.entente.domain.agreement.AgreementDecider;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.agreement.AgreementState;
import dev.entente.domain.meeting.MeetingCommand;
import dev.entente.domain.meeting.MeetingDecider;
import dev.entente.domain.meeting.MeetingEvent;
import dev.entente.domain.meeting.MeetingState;
import dev.entente.domain.relationship.RelationshipCommand;
import dev.entente.domain.relationship.RelationshipDecider;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.relationship.RelationshipStanding;
import dev.entente.domain.visit.VisitCommand;
import dev.entente.domain.visit.VisitDecider;
import dev.entente.domain.visit.VisitEvent;
import dev.entente.domain.visit.VisitState;
import dev.entente.domain.shared.Decider;
import java.util.List;

/** Given–when–then fixtures for Entente's aggregates, each starting with no history. */
public final class EntenteFixtures {

    private EntenteFixtures() {
    }

    /** A fixture over the rules of a visit. */
    public static DeciderFixture<VisitState, VisitCommand, VisitEvent> visits() {
        return new DeciderFixture<>(VisitDecider.INSTANCE, List.of());
    }

    /** A fixture over the rules of an agreement. */
    public static DeciderFixture<AgreementState, AgreementCommand, AgreementEvent> agreements() {
        return new DeciderFixture<>(AgreementDecider.INSTANCE, List.of());
    }

    /** A fixture over the rules of a relationship between two states. */
    public static DeciderFixture<RelationshipStanding, RelationshipCommand, RelationshipEvent> relationships() {
        return new DeciderFixture<>(RelationshipDecider.INSTANCE, List.of());
    }

    /** A fixture over the rules of a multilateral meeting. */
    public static DeciderFixture<MeetingState, MeetingCommand, MeetingEvent> meetings() {
        return new DeciderFixture<>(MeetingDecider.INSTANCE, List.of());
    }

    /** A fixture over the rules of an application's own aggregate (docs/extending.md). */
    public static <S, C, E> DeciderFixture<S, C, E> rulesOf(Decider<S, C, E> decider) {
        return new DeciderFixture<>(decider, List.of());
    }
}
