package dev.entente.application.readmodel;

import dev.entente.application.readmodel.RelationshipRecord.PartnershipChange;
import dev.entente.application.readmodel.RelationshipRecord.Relations;
import dev.entente.application.readmodel.RelationshipRecord.RelationsChange;
import dev.entente.domain.agreement.AgreementStatus;
import dev.entente.domain.meeting.MeetingHeld;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.meeting.MeetingKind;
import dev.entente.domain.relationship.GovernmentRecognised;
import dev.entente.domain.relationship.IndependenceRecognised;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.relationship.PledgeAnnounced;
import dev.entente.domain.relationship.SupportDeclared;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Fact;
import dev.entente.domain.shared.Office;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The relationship between two countries as it stood on a date: diplomatic relations and since when, recognitions of
 * independence and of governments, the partnership level and since when, declared support, pledges, agreements
 * counted by status and in force by sector, visits that took place by kind and by the guest's office, and the last
 * high-level visit, the multilateral meetings both attended and the last of them (ADR 0020). A fact the sources date
 * only in part counts from the end of its interval (ADR 0016); {@code relationsSinceAsWritten} is the date of the last
 * change of relations as written, null for an exact day.
 */
public record RelationshipState(Dyad dyad, LocalDate asOf, Relations diplomaticRelations, LocalDate relationsSince,
                                List<IndependenceRecognised> recognitions, Partnership partnership,
                                List<SupportDeclared> supports, Map<AgreementStatus, Integer> agreementsByStatus,
                                Map<Sector, Integer> agreementsInForceBySector, Map<VisitKind, Integer> visitsByKind,
                                Map<Office, Integer> visitsByGuestOffice, VisitSummary lastHighLevelVisit,
                                List<GovernmentRecognised> governmentRecognitions, List<PledgeAnnounced> pledges,
                                WrittenDate relationsSinceAsWritten, int multilateralMeetings,
                                MeetingSummary lastMultilateralMeeting) {

    /** A multilateral meeting in a line: which, what kind, where and when, and how many states took part. */
    public record MeetingSummary(MeetingId id, String title, MeetingKind kind, String place, LocalDate heldOn,
                                 List<Country> participants, WrittenDate heldAsWritten) {

        public MeetingSummary {
            participants = Folds.list(participants);
        }

        /** A meeting held on an exact day. */
        public MeetingSummary(MeetingId id, String title, MeetingKind kind, String place, LocalDate heldOn,
                              List<Country> participants) {
            this(id, title, kind, place, heldOn, participants, null);
        }

        static MeetingSummary of(MeetingRecord meeting) {
            MeetingHeld held = meeting.held();
            return new MeetingSummary(held.meetingId(), held.title(), held.kind(), held.place(), held.occurredOn(),
                    held.participants(), held.dateAsWritten());
        }

        /** When it was held, as written. */
        public WrittenDate heldWritten() {
            return heldAsWritten == null ? WrittenDate.day(heldOn) : heldAsWritten;
        }
    }

    /**
     * The partnership level on the date, since when it holds, and when it was last declared or reaffirmed; the two
     * {@code AsWritten} dates as the sources give them, null for exact days.
     */
    public record Partnership(PartnershipLevel level, LocalDate since, LocalDate lastAffirmedOn,
                              WrittenDate sinceAsWritten, WrittenDate lastAffirmedAsWritten) {

        /** A partnership dated by exact days. */
        public Partnership(PartnershipLevel level, LocalDate since, LocalDate lastAffirmedOn) {
            this(level, since, lastAffirmedOn, null, null);
        }

        /** Since when, as written. */
        public WrittenDate sinceWritten() {
            return sinceAsWritten == null ? WrittenDate.day(since) : sinceAsWritten;
        }

        /** When last declared or reaffirmed, as written. */
        public WrittenDate lastAffirmedWritten() {
            return lastAffirmedAsWritten == null ? WrittenDate.day(lastAffirmedOn) : lastAffirmedAsWritten;
        }
    }

    /** The date of the last change of relations as written; null when relations never changed on record. */
    public WrittenDate relationsSinceWritten() {
        return relationsSince == null ? null
                : relationsSinceAsWritten == null ? WrittenDate.day(relationsSince) : relationsSinceAsWritten;
    }

    /**
     * A visit in a line: who came where, of what kind, when; with the notes and alternative claims recorded with its
     * facts known on the date (e.g. another place of arrival that some sources give).
     */
    public record VisitSummary(VisitId id, Dignitary guest, Country host, VisitKind kind, LocalDate arrivedOn,
                               LocalDate concludedOn, List<AnnotatedFact> annotations, WrittenDate arrivedAsWritten,
                               WrittenDate concludedAsWritten) {

        public VisitSummary {
            annotations = Folds.list(annotations);
        }

        /** A summary of a visit whose arrival and departure are dated by exact days. */
        public VisitSummary(VisitId id, Dignitary guest, Country host, VisitKind kind, LocalDate arrivedOn,
                            LocalDate concludedOn, List<AnnotatedFact> annotations) {
            this(id, guest, host, kind, arrivedOn, concludedOn, annotations, null, null);
        }

        /** The day of arrival as written; null when the guest has not arrived on record. */
        public WrittenDate arrivedWritten() {
            return arrivedOn == null ? null : arrivedAsWritten == null ? WrittenDate.day(arrivedOn) : arrivedAsWritten;
        }

        /** The day of departure as written; null while the visit is under way. */
        public WrittenDate concludedWritten() {
            return concludedOn == null ? null
                    : concludedAsWritten == null ? WrittenDate.day(concludedOn) : concludedAsWritten;
        }

        /** A summary with no annotations. */
        public VisitSummary(VisitId id, Dignitary guest, Country host, VisitKind kind, LocalDate arrivedOn,
                            LocalDate concludedOn) {
            this(id, guest, host, kind, arrivedOn, concludedOn, List.of());
        }

        static VisitSummary of(VisitRecord visit) {
            return new VisitSummary(visit.id(), visit.guest(), visit.host(), visit.kind(),
                    visit.arrival() == null ? null : visit.arrival().occurredOn(),
                    visit.conclusion() == null ? null : visit.conclusion().occurredOn(), visit.annotations(),
                    visit.arrival() == null ? null : visit.arrival().dateAsWritten(),
                    visit.conclusion() == null ? null : visit.conclusion().dateAsWritten());
        }
    }

    /**
     * Derives the state on {@code date} from the dyad's records, from the facts dated on or before it only. {@code relationship} may be null when the dyad has
     * no relationship events; visits and agreements are those linked to the dyad.
     */
    public static RelationshipState on(LocalDate date, Dyad dyad, RelationshipRecord relationship,
                                       List<VisitRecord> visits, List<AgreementRecord> agreements) {
        return on(date, dyad, relationship, visits, agreements, List.of());
    }

    /**
     * As {@link #on(LocalDate, Dyad, RelationshipRecord, List, List)}, with the multilateral meetings linked to the
     * dyad: those held on or before the date count.
     */
    public static RelationshipState on(LocalDate date, Dyad dyad, RelationshipRecord relationship,
                                       List<VisitRecord> visits, List<AgreementRecord> agreements,
                                       List<MeetingRecord> meetings) {
        RelationshipRecord history = relationship == null ? RelationshipRecord.empty(dyad) : relationship;

        // Loops rather than streams and lambdas: every `entente state` derives this once, at the end of a start-up
        // that linking each lambda lengthened (docs/adr/0034).
        RelationsChange lastChange = null;
        for (RelationsChange change : history.relations()) {
            if (!change.on().isAfter(date)) {
                lastChange = change;
            }
        }

        Map<AgreementStatus, Integer> byStatus = new EnumMap<>(AgreementStatus.class);
        for (AgreementStatus status : AgreementStatus.values()) {
            byStatus.put(status, 0);
        }
        Map<Sector, Integer> inForceBySector = new EnumMap<>(Sector.class);
        // Each record is first cut at the date, so that a fact recorded later (a termination with an earlier
        // effect, a departure) cannot show; the state names no sources, so no timeline is needed for the cut.
        for (AgreementRecord whole : agreements) {
            AgreementRecord agreement = whole.asOf(date, NO_ENTRIES);
            AgreementStatus status = agreement == null ? null : agreement.statusOn(date);
            if (status == null) {
                continue;
            }
            byStatus.put(status, byStatus.get(status) + 1);
            if (status == AgreementStatus.IN_FORCE) {
                for (Sector sector : agreement.sectors()) {
                    inForceBySector.put(sector, inForceBySector.getOrDefault(sector, 0) + 1);
                }
            }
        }

        Map<VisitKind, Integer> byKind = new EnumMap<>(VisitKind.class);
        Map<Office, Integer> byOffice = new EnumMap<>(Office.class);
        VisitRecord lastHighLevel = null;
        for (VisitRecord whole : visits) {
            VisitRecord visit = whole.asOf(date, NO_ENTRIES);
            if (visit == null || !visit.tookPlaceBy(date)) {
                continue;
            }
            byKind.put(visit.kind(), byKind.getOrDefault(visit.kind(), 0) + 1);
            Office office = visit.guest().office();
            byOffice.put(office, byOffice.getOrDefault(office, 0) + 1);
            if (visit.guest().office().isHighLevel() && (lastHighLevel == null
                    || visit.arrival().occurredOn().isAfter(lastHighLevel.arrival().occurredOn()))) {
                lastHighLevel = visit;
            }
        }

        // Latest last: by day, then by the order recorded, so that two meetings of one day give one answer.
        List<MeetingRecord> heldBy = new ArrayList<>();
        for (MeetingRecord meeting : meetings) {
            if (!meeting.heldOn().isAfter(date)) {
                heldBy.add(meeting);
            }
        }
        heldBy.sort(BY_DAY_THEN_POSITION);

        return new RelationshipState(dyad, date,
                lastChange == null ? Relations.NONE : lastChange.relations(),
                lastChange == null ? null : lastChange.on(),
                onOrBefore(history.recognitions(), date),
                partnershipOn(date, history.partnership()),
                onOrBefore(history.supports(), date),
                Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(inForceBySector),
                Collections.unmodifiableMap(byKind), Collections.unmodifiableMap(byOffice),
                lastHighLevel == null ? null : VisitSummary.of(lastHighLevel),
                onOrBefore(history.governmentRecognitions(), date),
                onOrBefore(history.pledges(), date),
                lastChange == null ? null : lastChange.asWritten(), heldBy.size(),
                heldBy.isEmpty() ? null : MeetingSummary.of(heldBy.get(heldBy.size() - 1)));
    }

    /** No timeline entries: a record cut at a date for the state, which names no sources. */
    private static final Supplier<List<TimelineEntry>> NO_ENTRIES = new Supplier<>() {
        @Override
        public List<TimelineEntry> get() {
            return List.of();
        }
    };

    private static final Comparator<MeetingRecord> BY_DAY_THEN_POSITION = new Comparator<>() {
        @Override
        public int compare(MeetingRecord a, MeetingRecord b) {
            int byDay = a.heldOn().compareTo(b.heldOn());
            return byDay != 0 ? byDay : Long.compare(a.position(), b.position());
        }
    };

    private static final Comparator<PartnershipChange> BY_DAY = new Comparator<>() {
        @Override
        public int compare(PartnershipChange a, PartnershipChange b) {
            return a.on().compareTo(b.on());
        }
    };

    /** The facts that occurred on or before {@code date}, in their order; unmodifiable. */
    private static <T extends Fact> List<T> onOrBefore(List<T> facts, LocalDate date) {
        List<T> known = new ArrayList<>(facts.size());
        for (T fact : facts) {
            if (!fact.occurredOn().isAfter(date)) {
                known.add(fact);
            }
        }
        return Collections.unmodifiableList(known);
    }

    private static Partnership partnershipOn(LocalDate date, List<PartnershipChange> changes) {
        List<PartnershipChange> known = new ArrayList<>();
        for (PartnershipChange change : changes) {
            if (!change.on().isAfter(date)) {
                known.add(change);
            }
        }
        known.sort(BY_DAY);
        PartnershipLevel level = null;
        PartnershipChange since = null;
        PartnershipChange lastAffirmed = null;
        for (PartnershipChange change : known) {
            boolean newLevel = !change.level().equals(level);
            if (newLevel && (!change.reaffirmation() || level == null)) {
                level = change.level();
                since = change;
            }
            if (change.level().equals(level)) {
                lastAffirmed = change;
            }
        }
        return level == null ? null : new Partnership(level, since.on(), lastAffirmed.on(), since.asWritten(),
                lastAffirmed.asWritten());
    }
}
