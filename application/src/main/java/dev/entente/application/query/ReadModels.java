package dev.entente.application.query;

import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The questions Entente answers about the relations between states, each for any date: an answer for a date is drawn
 * from the facts dated on or before it only.
 */
public interface ReadModels {

    /** The relationship between the two countries as it stood on {@code asOf}. */
    RelationshipState stateOf(Dyad dyad, LocalDate asOf);

    /** Everything that happened between the two countries from {@code from} to {@code to}, inclusive, in order. */
    List<TimelineEntry> timeline(Dyad dyad, LocalDate from, LocalDate to);

    /** The agreement register: the agreements that match, ordered by date of conclusion. */
    List<AgreementEntry> agreements(AgreementQuery query);

    /**
     * The visits between the two countries as known on {@code asOf}, in either direction, ordered by planned start:
     * each with only its steps dated on or before the date, and the agreements signed during it by then.
     */
    List<VisitLogEntry> visits(Dyad dyad, LocalDate asOf);

    /** Every visit on record between the two countries, with everything on record about it. */
    default List<VisitLogEntry> visits(Dyad dyad) {
        return visits(dyad, LocalDate.MAX);
    }

    Optional<AgreementRecord> agreement(AgreementId id);

    Optional<VisitRecord> visit(VisitId id);

    /** Every pair of countries with a history, in canonical order (AZ-PK before AZ-TR). */
    List<Dyad> dyads();

    /** Everything on record between the two countries, whole: what the series and the chart are drawn from. */
    DyadRecords records(Dyad dyad);
}
