package dev.entente.application.readmodel;

import dev.entente.domain.agreement.AgreementAmended;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEnteredIntoForce;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.agreement.AgreementProvisionallyApplied;
import dev.entente.domain.agreement.AgreementRatified;
import dev.entente.domain.agreement.AgreementNotified;
import dev.entente.domain.agreement.AgreementRegistered;
import dev.entente.domain.agreement.AgreementResumed;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.AgreementSuspended;
import dev.entente.domain.agreement.AgreementTerminated;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsRestored;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.GovernmentRecognised;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.relationship.PledgeAnnounced;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.StoredEventIndex;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.Honours;
import dev.entente.domain.visit.JointStatementIssued;
import dev.entente.domain.visit.TalksFormat;
import dev.entente.domain.visit.TalksHeld;
import dev.entente.domain.visit.VisitCancelled;
import dev.entente.domain.visit.VisitConcluded;
import dev.entente.domain.visit.VisitEvent;
import dev.entente.domain.visit.VisitPostponed;
import dev.entente.domain.visit.VisitScheduled;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns events into timeline entries: one sentence a person reads, per dyad the event concerns. */
public final class Describe {

    private Describe() {
    }

    /** The stored name of an event, e.g. {@code visit.guest-arrived}. */
    public static String kindOf(Object event) {
        String stored = StoredEventIndex.nameOf(event.getClass());
        return stored == null ? event.getClass().getSimpleName() : stored;
    }

    /** The entry for a visit event, given the visit's record after the event. */
    public static TimelineEntry visit(VisitEvent event, VisitRecord visit, long position) {
        String guest = visit.guest().name();
        String summary;
        if (event instanceof VisitScheduled scheduled) {
            summary = capitalise(scheduled.kind().label()) + " of " + visit.guest() + " to " + visit.host().name()
                    + " scheduled for " + scheduled.plannedFrom() + " to " + scheduled.plannedTo();
        } else if (event instanceof VisitPostponed postponed) {
            summary = "Visit of " + guest + " to " + visit.host().name() + " postponed to " + postponed.plannedFrom()
                    + " – " + postponed.plannedTo() + reason(postponed.reason());
        } else if (event instanceof VisitCancelled cancelled) {
            summary = "Visit of " + guest + " to " + visit.host().name() + " cancelled" + reason(cancelled.reason());
        } else if (event instanceof GuestArrived arrived) {
            summary = guest + " arrived in " + visit.host().name() + " at " + arrived.place()
                    + received(arrived.receivedBy()) + honours(arrived.honours());
        } else if (event instanceof CeremonyHeld ceremony) {
            summary = capitalise(ceremony.kind().label())
                    + (ceremony.description() == null ? "" : ": " + ceremony.description())
                    + (ceremony.place() == null ? "" : " (" + ceremony.place() + ")")
                    + (ceremony.documentsSigned() == null ? "" : "; " + ceremony.documentsSigned()
                            + (ceremony.documentsSigned() == 1 ? " document" : " documents") + " signed in all");
        } else if (event instanceof TalksHeld talks) {
            summary = (talks.format() == TalksFormat.OTHER ? "Talks" : capitalise(talks.format().label()) + " talks")
                    + " between "
                    + talks.participants().stream().map(Dignitary::name).collect(Collectors.joining(", "))
                    + sectors(" on ", talks.topics());
        } else if (event instanceof JointStatementIssued statement) {
            summary = "Joint statement issued: " + statement.title();
        } else if (event instanceof VisitConcluded concluded) {
            summary = guest + " departed" + (concluded.place() == null ? "" : " from " + concluded.place())
                    + "; the " + visit.kind().label() + " ended";
        } else {
            summary = kindOf(event);
        }
        return new TimelineEntry(visit.dyad(), event.occurredOn(), position, kindOf(event), visit.id().value(),
                summary, event.sources(), event.dateAsWritten());
    }

    /** The entries for an agreement event, one per dyad among its parties, given its record after the event. */
    public static List<TimelineEntry> agreement(AgreementEvent event, AgreementRecord agreement, long position) {
        String title = "'" + agreement.title() + "'";
        String summary;
        if (event instanceof AgreementConcluded concluded) {
            summary = capitalise(concluded.kind().label()) + " " + title + " concluded between "
                    + concluded.parties().stream().map(c -> c.code()).collect(Collectors.joining(", "))
                    + sectors(" (", concluded.sectors()) + (concluded.sectors().isEmpty() ? "" : ")");
        } else if (event instanceof AgreementSigned signed) {
            summary = title + " signed for " + signed.signatures().stream().map(Describe::signature)
                    .collect(Collectors.joining(", "))
                    + (signed.place() == null ? "" : " at " + signed.place())
                    + (signed.duringVisit() == null ? "" : " during visit " + signed.duringVisit());
        } else if (event instanceof AgreementRatified ratified) {
            summary = title + " " + ratified.consent().name().toLowerCase(Locale.ROOT) + " by " + ratified.party().name();
        } else if (event instanceof AgreementEnteredIntoForce inForce) {
            summary = title + " entered into force"
                    + (inForce.expiresOn() == null ? "" : "; it expires on " + (inForce.expiresAsWritten() == null
                            ? inForce.expiresOn() : inForce.expiresAsWritten()))
                    + (inForce.derivedFrom() == null ? "" : " (derived: " + inForce.derivedFrom() + ")")
                    + (inForce.wasObserved() ? " (as the sources state)" : "");
        } else if (event instanceof AgreementNotified notified) {
            summary = title + " notified by " + notified.party().name();
        } else if (event instanceof AgreementProvisionallyApplied) {
            summary = title + " applied provisionally";
        } else if (event instanceof AgreementAmended amended) {
            summary = title + " amended: " + amended.description();
        } else if (event instanceof AgreementSuspended suspended) {
            summary = title + " suspended" + reason(suspended.reason());
        } else if (event instanceof AgreementResumed) {
            summary = title + " resumed";
        } else if (event instanceof AgreementTerminated terminated) {
            summary = title + " terminated by " + terminated.ground().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + (terminated.party() == null ? "" : " of " + terminated.party().name())
                    + (terminated.supersededBy() == null ? "" : ", superseded by " + terminated.supersededBy())
                    + ", with effect from " + terminated.effectiveOn();
        } else if (event instanceof AgreementRegistered registered) {
            summary = title + " registered with the UN Secretariat as " + registered.registrationNumber();
        } else {
            summary = kindOf(event);
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (Dyad dyad : agreement.dyads()) {
            entries.add(new TimelineEntry(dyad, event.occurredOn(), position, kindOf(event), agreement.id().value(),
                    summary, event.sources(), event.dateAsWritten()));
        }
        return List.copyOf(entries);
    }

    /** The entry for a relationship event. */
    public static TimelineEntry relationship(RelationshipEvent event, long position) {
        Dyad dyad = event.dyad();
        String pair = dyad.first().name() + " and " + dyad.second().name();
        String summary;
        if (event instanceof DiplomaticRelationsEstablished) {
            summary = pair + " established diplomatic relations";
        } else if (event instanceof DiplomaticRelationsSevered severed) {
            summary = severed.severedBy().name() + " severed diplomatic relations with "
                    + dyad.other(severed.severedBy()).name() + reason(severed.reason());
        } else if (event instanceof DiplomaticRelationsRestored) {
            summary = pair + " restored diplomatic relations";
        } else if (event instanceof IndependenceRecognised recognised) {
            summary = recognised.recognising().name() + " recognised the independence of "
                    + recognised.recognised().name();
        } else if (event instanceof SupportDeclared support) {
            summary = support.supporter().name() + " declared support for " + support.supported().name()
                    + "'s position on " + support.issue() + (support.forum() == null ? "" : " at " + support.forum());
        } else if (event instanceof PartnershipDeclared declared) {
            summary = pair + " declared a " + declared.level();
        } else if (event instanceof PartnershipReaffirmed reaffirmed) {
            summary = pair + " reaffirmed their " + reaffirmed.level();
        } else if (event instanceof GovernmentRecognised recognised) {
            summary = recognised.recognising().name() + " recognised "
                    + (recognised.government() == null ? "the government" : recognised.government()) + " of "
                    + recognised.recognised().name();
        } else if (event instanceof PledgeAnnounced pledge) {
            summary = pledge.pledgedBy().name() + " pledged " + pledge.pledge()
                    + (pledge.amount() == null ? "" : " (" + pledge.amount() + ")") + " to " + pledge.pledgedTo().name()
                    + sectors("; sectors: ", pledge.sectors());
        } else {
            summary = kindOf(event);
        }
        return new TimelineEntry(dyad, event.occurredOn(), position, kindOf(event), dyad.toString(), summary,
                event.sources(), event.dateAsWritten());
    }

    /**
     * The entries for a multilateral meeting: the same sentence once per pair of its participants, so that each
     * dyad's timeline (read through its own rows) shows it (ADR 0020).
     */
    public static List<TimelineEntry> meeting(MeetingHeld event, long position) {
        String summary = capitalise(event.title())
                + (event.mechanism() == null ? "" : " (" + event.kind().label() + ")")
                + " held at " + event.place()
                + (event.host() == null ? "" : ", hosted by " + event.host().name())
                + ", among " + event.participants().stream().map(c -> c.code()).collect(Collectors.joining(", "))
                + (event.dignitaries().isEmpty() ? "" : "; attended by "
                        + event.dignitaries().stream().map(Dignitary::toString).collect(Collectors.joining(", ")))
                + (event.outcome() == null ? "" : "; outcome: '" + event.outcome() + "'");
        List<TimelineEntry> entries = new ArrayList<>();
        for (Dyad dyad : event.dyads()) {
            entries.add(new TimelineEntry(dyad, event.occurredOn(), position, kindOf(event), event.meetingId().value(),
                    summary, event.sources(), event.dateAsWritten()));
        }
        return List.copyOf(entries);
    }

    private static String signature(Signature signature) {
        return signature.party().name() + " by "
                + (signature.signatory() == null ? "a signatory not named in the sources" : signature.signatory().name());
    }

    private static String received(List<Dignitary> receivedBy) {
        return receivedBy.isEmpty() ? ""
                : ", received by " + receivedBy.stream().map(Dignitary::toString).collect(Collectors.joining(", "));
    }

    /** The honours in words, e.g. "; honours: guard of honour, 21-gun salute, red carpet". */
    public static String honours(Honours honours) {
        List<String> rendered = new ArrayList<>();
        if (honours.guardOfHonour()) {
            rendered.add("guard of honour");
        }
        if (honours.gunSalute() != null) {
            rendered.add(honours.gunSalute().rounds() + "-gun salute"
                    + (honours.gunSalute().exceptional() ? " (exceptional)" : ""));
        }
        if (honours.redCarpet()) {
            rendered.add("red carpet");
        }
        rendered.addAll(honours.others());
        return rendered.isEmpty() ? "" : "; honours: " + String.join(", ", rendered);
    }

    private static String sectors(String prefix, List<Sector> sectors) {
        return sectors.isEmpty() ? ""
                : prefix + sectors.stream().map(Sector::label).collect(Collectors.joining(", "));
    }

    private static String reason(String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
