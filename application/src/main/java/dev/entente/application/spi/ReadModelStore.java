package dev.entente.application.spi;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the read models are kept: one record per visit, agreement and relationship, the links from a dyad to the
 * visits and agreements that concern it, and the timeline entries. A JDBC implementation writes in the transaction
 * the event processor runs in, so that the rows and the processor's token commit together.
 */
public interface ReadModelStore {

    Optional<VisitRecord> visit(VisitId id);

    Optional<AgreementRecord> agreement(AgreementId id);

    Optional<RelationshipRecord> relationship(Dyad dyad);

    /** Inserts or replaces the record of a visit. */
    void save(VisitRecord visit);

    /** Inserts or replaces the record of an agreement. */
    void save(AgreementRecord agreement);

    /** Inserts or replaces the record of a relationship. */
    void save(RelationshipRecord relationship);

    /** Links a visit to a dyad it concerns; linking it again changes nothing. */
    void link(Dyad dyad, VisitId visit);

    /** Links an agreement to a dyad among its parties; linking it again changes nothing. */
    void link(Dyad dyad, AgreementId agreement);

    /** The visits linked to the dyad, in no particular order. */
    List<VisitRecord> visitsOf(Dyad dyad);

    /** The agreements linked to the dyad, in no particular order. */
    List<AgreementRecord> agreementsOf(Dyad dyad);

    /** Every agreement, in no particular order. */
    List<AgreementRecord> agreements();

    /** Every dyad with a relationship, a visit or an agreement, in canonical order. */
    List<Dyad> dyads();

    /** Adds a timeline entry; adding one already there (same dyad and position) changes nothing. */
    void append(TimelineEntry entry);

    /** The dyad's timeline from {@code from} to {@code to} inclusive, by date and then by position. */
    List<TimelineEntry> timeline(Dyad dyad, LocalDate from, LocalDate to);

    /** Removes every read model, before a replay rebuilds them. */
    void clear();
}
