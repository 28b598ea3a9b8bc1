package dev.entente.application.analysis;

import dev.entente.application.readmodel.Describe;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementRatified;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.meeting.MeetingEvent;
import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.relationship.GovernmentRecognised;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PledgeAnnounced;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Fact;
import dev.entente.domain.visit.VisitEvent;
import dev.entente.domain.visit.VisitId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Codes events with the {@link CodingTable}, reading who acts on whom from the event and from {@link Actors}. */
public final class Coder {

    /** What an event alone does not say: the two sides of its visit, the parties to its agreement. */
    public interface Actors {

        /** The guest's country and the host of a visit. */
        VisitSides visit(VisitId visit);

        /** The parties to an agreement. */
        List<Country> parties(AgreementId agreement);
    }

    /** The guest's country and the host of a visit. */
    public record VisitSides(Country guest, Country host) {
    }

    private Coder() {
    }

    /**
     * The coded events {@code event} gives, in the table's order and then by direction; none when its row says no
     * CAMEO code fits.
     *
     * @throws IllegalStateException when the table has no row for the event's type
     */
    public static List<CodedEvent> code(Object event, Long position, Instant recordedAt, Actors actors) {
        CodingTable.Row row = CodingTable.require(event.getClass());
        if (!row.coded()) {
            return List.of();
        }
        Fact fact = (Fact) event;
        String kind = Describe.kindOf(event);
        String subject = subjectOf(event);
        List<CodedEvent> coded = new ArrayList<>();
        for (CodingTable.CodedAs as : row.codes()) {
            for (Country[] pair : pairs(event, as.direction(), actors)) {
                coded.add(new CodedEvent(fact.occurredOn(), pair[0], pair[1], as.code(), kind, subject, position,
                        recordedAt, fact.sources(), row.derived()));
            }
        }
        return List.copyOf(coded);
    }

    private static String subjectOf(Object event) {
        if (event instanceof VisitEvent visit) {
            return visit.visitId().value();
        }
        if (event instanceof AgreementEvent agreement) {
            return agreement.agreementId().value();
        }
        if (event instanceof RelationshipEvent relationship) {
            return relationship.dyad().toString();
        }
        if (event instanceof MeetingEvent meeting) {
            return meeting.meetingId().value();
        }
        throw new IllegalStateException("not an event of Entente: " + event.getClass().getName());
    }

    private static List<Country[]> pairs(Object event, Direction direction, Actors actors) {
        return switch (direction) {
            case VISITOR_TO_HOST -> {
                VisitSides sides = actors.visit(((VisitEvent) event).visitId());
                yield List.<Country[]>of(new Country[] {sides.guest(), sides.host()});
            }
            case HOST_TO_VISITOR -> {
                VisitSides sides = actors.visit(((VisitEvent) event).visitId());
                yield List.<Country[]>of(new Country[] {sides.host(), sides.guest()});
            }
            case BETWEEN_VISITOR_AND_HOST -> {
                VisitSides sides = actors.visit(((VisitEvent) event).visitId());
                yield List.of(new Country[] {sides.guest(), sides.host()}, new Country[] {sides.host(), sides.guest()});
            }
            case SIGNATORY_TO_OTHER_PARTIES -> {
                AgreementSigned signed = (AgreementSigned) event;
                Set<Country> signing = new LinkedHashSet<>();
                for (Signature signature : signed.signatures()) {
                    signing.add(signature.party());
                }
                yield towardsOthers(signing, actors.parties(signed.agreementId()));
            }
            case RATIFYING_PARTY_TO_OTHER_PARTIES -> {
                AgreementRatified ratified = (AgreementRatified) event;
                yield towardsOthers(Set.of(ratified.party()), actors.parties(ratified.agreementId()));
            }
            case BETWEEN_PARTIES -> {
                List<Country> parties = actors.parties(((AgreementEvent) event).agreementId());
                yield towardsOthers(new LinkedHashSet<>(parties), parties);
            }
            case BETWEEN_DYAD -> {
                RelationshipEvent relationship = (RelationshipEvent) event;
                Country first = relationship.dyad().first();
                Country second = relationship.dyad().second();
                yield List.of(new Country[] {first, second}, new Country[] {second, first});
            }
            case SUPPORTER_TO_SUPPORTED -> {
                SupportDeclared support = (SupportDeclared) event;
                yield List.<Country[]>of(new Country[] {support.supporter(), support.supported()});
            }
            case RECOGNISING_TO_RECOGNISED -> {
                if (event instanceof GovernmentRecognised government) {
                    yield List.<Country[]>of(new Country[] {government.recognising(), government.recognised()});
                }
                IndependenceRecognised recognised = (IndependenceRecognised) event;
                yield List.<Country[]>of(new Country[] {recognised.recognising(), recognised.recognised()});
            }
            case PLEDGING_TO_OTHER -> {
                PledgeAnnounced pledge = (PledgeAnnounced) event;
                yield List.<Country[]>of(new Country[] {pledge.pledgedBy(), pledge.pledgedTo()});
            }
            case PARTICIPANT_TO_HOST -> {
                MeetingHeld meeting = (MeetingHeld) event;
                yield meeting.host() == null ? List.of() : meeting.participants().stream()
                        .filter(participant -> !participant.equals(meeting.host()))
                        .map(participant -> new Country[] {participant, meeting.host()}).toList();
            }
            case HOST_TO_PARTICIPANTS -> {
                MeetingHeld meeting = (MeetingHeld) event;
                yield meeting.host() == null ? List.of()
                        : towardsOthers(Set.of(meeting.host()), meeting.participants());
            }
            case BETWEEN_PARTICIPANTS_WITHOUT_HOST -> {
                MeetingHeld meeting = (MeetingHeld) event;
                yield meeting.host() != null ? List.of()
                        : towardsOthers(new LinkedHashSet<>(meeting.participants()), meeting.participants());
            }
        };
    }

    private static List<Country[]> towardsOthers(Set<Country> acting, List<Country> parties) {
        List<Country[]> pairs = new ArrayList<>();
        for (Country actor : acting) {
            for (Country party : parties) {
                if (!party.equals(actor)) {
                    pairs.add(new Country[] {actor, party});
                }
            }
        }
        return pairs;
    }
}
