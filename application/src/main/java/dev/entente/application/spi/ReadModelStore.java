package dev.entente.application.spi;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.RelationshipFact;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the read models are kept: one record per visit and agreement, the dated facts of each relationship (appended,
 * never rewritten), the links from a dyad to the visits and agreements that concern it, and the timeline entries. A JDBC implementation writes in the transaction
 * the event processor runs in, so that the rows and the processor's token commit together.
 */
public interface ReadModelStore {

    Optional<VisitRecord> visit(VisitId id);

    Optional<AgreementRecord> agreement(AgreementId id);

    /** The relationship of the dyad folded from its facts; empty when it has none. */
    Optional<RelationshipRecord> relationship(Dyad dyad);

    /** Inserts or replaces the record of a visit. */
    void save(VisitRecord visit);

    /** Inserts or replaces the record of an agreement. */
    void save(AgreementRecord agreement);

    /**
     * Inserts or replaces the record of a multilateral meeting and links it to every dyad among its participants;
     * saving it again changes nothing more.
     */
    void save(MeetingRecord meeting);

    /** Adds a fact of a relationship; adding one already there (same dyad and position) changes nothing. */
    void append(RelationshipFact fact);

    /** Links a visit to a dyad it concerns; linking it again changes nothing. */
    void link(Dyad dyad, VisitId visit);

    /** Links an agreement to a dyad among its parties; linking it again changes nothing. */
    void link(Dyad dyad, AgreementId agreement);

    /** The visits linked to the dyad, in no particular order. */
    List<VisitRecord> visitsOf(Dyad dyad);

    /** The agreements linked to the dyad, in no particular order. */
    List<AgreementRecord> agreementsOf(Dyad dyad);

    /** The multilateral meetings both states of the dyad took part in, in no particular order. */
    List<MeetingRecord> meetingsOf(Dyad dyad);

    /** Every agreement, in no particular order. */
    List<AgreementRecord> agreements();

    /**
     * The agreements {@code party} is a party to, concluded on or before {@code concludedBy}, in no particular order:
     * read through an index, so that the cost follows the answer, not the register.
     */
    List<AgreementRecord> agreementsWith(Country party, LocalDate concludedBy);

    /** Every visit, in no particular order. */
    List<VisitRecord> visits();

    /** Every relationship, in no particular order. */
    List<RelationshipRecord> relationships();

    /** Every dyad with a relationship, a visit, an agreement or a multilateral meeting, in canonical order. */
    List<Dyad> dyads();

    /**
     * Whether this store keeps the text of each timeline entry it is given; false for one that keeps only where each
     * entry stands (dyad, day, position) and makes the entry from its event when a question reads it (ADR 0029). A fold
     * then hands it {@link TimelineEntry#at} rather than the entry, whose sentence it would never keep.
     */
    default boolean keepsTimelineText() {
        return true;
    }

    /** Adds a timeline entry; adding one already there (same dyad and position) changes nothing. */
    void append(TimelineEntry entry);

    /** The dyad's timeline from {@code from} to {@code to} inclusive, by date and then by position. */
    List<TimelineEntry> timeline(Dyad dyad, LocalDate from, LocalDate to);

    /** The dyad's whole timeline, by position. */
    List<TimelineEntry> timeline(Dyad dyad);

    /**
     * Writes what one batch of events changed: records inserted or replaced, links and timeline entries added. An
     * implementation may send it in fewer round trips than one call per item; this default does not.
     */
    default void write(Changes changes) {
        changes.visits().forEach(this::save);
        changes.agreements().forEach(this::save);
        changes.relationshipFacts().forEach(this::append);
        changes.visitLinks().forEach(link -> link(link.dyad(), link.visit()));
        changes.agreementLinks().forEach(link -> link(link.dyad(), link.agreement()));
        changes.timeline().forEach(this::append);
        changes.meetings().forEach(this::save);
    }

    /**
     * {@code changes} made ready to {@link #write}, with whatever part of the write needs no database (a JDBC store's
     * JSON of the rows) done now, on the calling thread, which need not be the transaction's: a bulk replay prepares
     * one page's changes on another thread while its own folds the next (ADR 0028). The returned write runs in the
     * transaction open on the thread that calls it, and writes exactly what {@link #write} would have.
     */
    default PreparedWrite prepare(Changes changes) {
        return () -> write(changes);
    }

    /** A batch of changes made ready to write; see {@link #prepare}. */
    @FunctionalInterface
    interface PreparedWrite {
        void write();
    }

    /** What a batch of events changed in the read models; {@code meetings} are saved and linked to their dyads. */
    record Changes(List<VisitRecord> visits, List<AgreementRecord> agreements, List<RelationshipFact> relationshipFacts,
                   List<VisitLink> visitLinks, List<AgreementLink> agreementLinks, List<TimelineEntry> timeline,
                   List<MeetingRecord> meetings) {

        /** Changes without multilateral meetings. */
        public Changes(List<VisitRecord> visits, List<AgreementRecord> agreements,
                       List<RelationshipFact> relationshipFacts, List<VisitLink> visitLinks,
                       List<AgreementLink> agreementLinks, List<TimelineEntry> timeline) {
            this(visits, agreements, relationshipFacts, visitLinks, agreementLinks, timeline, List.of());
        }

        public Changes {
            meetings = List.copyOf(meetings);
            visits = List.copyOf(visits);
            agreements = List.copyOf(agreements);
            relationshipFacts = List.copyOf(relationshipFacts);
            visitLinks = List.copyOf(visitLinks);
            agreementLinks = List.copyOf(agreementLinks);
            timeline = List.copyOf(timeline);
        }

        public boolean isEmpty() {
            return visits.isEmpty() && agreements.isEmpty() && relationshipFacts.isEmpty() && visitLinks.isEmpty()
                    && agreementLinks.isEmpty() && timeline.isEmpty() && meetings.isEmpty();
        }
    }

    /** A visit linked to a dyad. */
    record VisitLink(Dyad dyad, VisitId visit) {
    }

    /** An agreement linked to a dyad among its parties. */
    record AgreementLink(Dyad dyad, AgreementId agreement) {
    }

    /** Removes every read model, before a replay rebuilds them. */
    void clear();
}
