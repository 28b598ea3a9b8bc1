package dev.entente.application.analysis;

import dev.entente.application.RecordedEvent;
import dev.entente.application.query.DyadRecords;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementEvent;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.DiplomaticRelationsRestored;
import dev.entente.domain.relationship.DiplomaticRelationsSevered;
import dev.entente.domain.relationship.PartnershipDeclared;
import dev.entente.domain.relationship.PartnershipReaffirmed;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Fact;
import dev.entente.domain.visit.VisitEvent;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitScheduled;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The coded events of a history: from the store's events in order ({@link Stream}, for the export, with positions
 * and recording times), or from the read models of one dyad ({@link #of(DyadRecords)}, for series and charts, at a
 * cost that follows the dyad's records rather than the whole history).
 */
public final class CodedEvents {

    private CodedEvents() {
    }

    /**
     * Codes a history event by event, in the order it was recorded, folding each visit's and agreement's record as
     * it goes: the records say who the sides and parties are, and where a visit or an agreement stood when an event
     * happened to it.
     */
    public static final class Stream implements Coder.Actors {

        private final Map<VisitId, VisitRecord> visits = new HashMap<>();
        private final Map<AgreementId, AgreementRecord> agreements = new HashMap<>();

        /** The coded events of the next recorded event. */
        public List<CodedEvent> code(RecordedEvent recorded) {
            Object event = recorded.payload();
            if (event instanceof VisitScheduled scheduled) {
                visits.put(scheduled.visitId(), VisitRecord.of(scheduled, recorded.position()));
            } else if (event instanceof VisitEvent visit) {
                visits.computeIfPresent(visit.visitId(), (id, record) -> record.apply(visit, recorded.position()));
            } else if (event instanceof AgreementConcluded concluded) {
                agreements.put(concluded.agreementId(), AgreementRecord.of(concluded, recorded.position()));
            } else if (event instanceof AgreementEvent agreement) {
                agreements.computeIfPresent(agreement.agreementId(),
                        (id, record) -> record.apply(agreement, recorded.position()));
            }
            return Coder.code(event, recorded.position(), recorded.recordedAt(), this);
        }

        /**
         * Where the visit or agreement a coded event happened to stood on its day, as recorded up to and including
         * it (e.g. {@code signed}, {@code in progress}); empty for an event of a relationship.
         */
        public Optional<String> status(CodedEvent coded) {
            Enum<?> status = null;
            if (coded.kind().startsWith("visit.")) {
                VisitRecord visit = visits.get(VisitId.of(coded.subject()));
                status = visit == null ? null : visit.statusOn(coded.day());
            } else if (coded.kind().startsWith("agreement.")) {
                AgreementRecord agreement = agreements.get(AgreementId.of(coded.subject()));
                status = agreement == null ? null : agreement.statusOn(coded.day());
            }
            return Optional.ofNullable(status).map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }

        @Override
        public Coder.VisitSides visit(VisitId visit) {
            VisitRecord record = visits.get(visit);
            if (record == null) {
                throw new IllegalStateException("visit " + visit + " has an event before its scheduling");
            }
            return new Coder.VisitSides(record.guest().country(), record.host());
        }

        @Override
        public List<Country> parties(AgreementId agreement) {
            AgreementRecord record = agreements.get(agreement);
            if (record == null) {
                throw new IllegalStateException("agreement " + agreement + " has an event before its conclusion");
            }
            return record.parties();
        }
    }

    /**
     * The coded events between the two countries of {@code records}, in both directions, by day: those the records
     * keep as events, and those they keep as dated changes (relations, partnership levels), turned back into events.
     * The events a record keeps only as a date (conclusion, entry into force, provisional application, suspension)
     * are uncoded in the table; {@code CodedEventsTest} holds this path equal to coding the history itself.
     */
    public static List<CodedEvent> of(DyadRecords records) {
        Dyad dyad = records.dyad();
        Map<VisitId, Coder.VisitSides> sides = new HashMap<>();
        Map<AgreementId, List<Country>> parties = new HashMap<>();
        List<Fact> events = new ArrayList<>();
        for (VisitRecord visit : records.visits()) {
            sides.put(visit.id(), new Coder.VisitSides(visit.guest().country(), visit.host()));
            events.add(new VisitScheduled(visit.id(), visit.scheduledOn(), visit.guest(), visit.host(), visit.kind(),
                    visit.plannedFrom(), visit.plannedTo(), List.of()));
            events.addAll(visit.postponements());
            addIfPresent(events, visit.cancellation());
            addIfPresent(events, visit.arrival());
            events.addAll(visit.ceremonies());
            events.addAll(visit.talks());
            events.addAll(visit.statements());
            addIfPresent(events, visit.conclusion());
        }
        for (AgreementRecord agreement : records.agreements()) {
            parties.put(agreement.id(), agreement.parties());
            events.addAll(agreement.signings());
            events.addAll(agreement.ratifications());
            events.addAll(agreement.amendments());
            addIfPresent(events, agreement.termination());
            addIfPresent(events, agreement.registration());
        }
        RelationshipRecord relationship = records.relationship();
        for (RelationshipRecord.RelationsChange change : relationship.relations()) {
            events.add(switch (change.relations()) {
                case SEVERED -> new DiplomaticRelationsSevered(dyad, change.on(), change.by(), change.reason(),
                        change.sources());
                case ESTABLISHED -> change.restored()
                        ? new DiplomaticRelationsRestored(dyad, change.on(), change.sources())
                        : new DiplomaticRelationsEstablished(dyad, change.on(), change.sources());
                case NONE -> throw new IllegalStateException("a change of relations to none in " + dyad);
            });
        }
        events.addAll(relationship.recognitions());
        events.addAll(relationship.governmentRecognitions());
        events.addAll(relationship.supports());
        events.addAll(relationship.pledges());
        for (RelationshipRecord.PartnershipChange change : relationship.partnership()) {
            events.add(change.reaffirmation()
                    ? new PartnershipReaffirmed(dyad, change.on(), change.level(), change.sources())
                    : new PartnershipDeclared(dyad, change.on(), change.level(), change.sources()));
        }
        // A meeting codes between every pair of its participants; the dyad keeps the pairs of its own two states.
        records.meetings().forEach(meeting -> events.add(meeting.held()));
        Coder.Actors actors = new Coder.Actors() {
            @Override
            public Coder.VisitSides visit(VisitId visit) {
                return sides.get(visit);
            }

            @Override
            public List<Country> parties(AgreementId agreement) {
                return parties.get(agreement);
            }
        };
        List<CodedEvent> coded = new ArrayList<>();
        Consumer<CodedEvent> keepWithinDyad = event -> {
            if (dyad.contains(event.source()) && dyad.contains(event.target())) {
                coded.add(event);
            }
        };
        for (Fact event : events) {
            Coder.code(event, null, null, actors).forEach(keepWithinDyad);
        }
        coded.sort(Comparator.comparing(CodedEvent::day));
        return List.copyOf(coded);
    }

    private static void addIfPresent(List<Fact> events, Fact event) {
        if (event != null) {
            events.add(event);
        }
    }
}
