package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link Relationship}'s rules need to know of its history: the diplomatic relations and when they last
 * changed, the recognitions by direction ("AZ>PK" = AZ recognised PK) with their dates, and the partnership level.
 * The dates are the days the facts are known from; {@code relationsChangedAsWritten} and
 * {@code partnershipDeclaredAsWritten} keep a date the sources give only in part (null for an exact day, and in
 * snapshots taken before partial dates existed), so that ordering rules refuse only what is certainly out of order.
 */
public record RelationshipStanding(Relations relations, LocalDate relationsChangedOn, Map<String, LocalDate> recognitions,
                                PartnershipLevel partnershipLevel, LocalDate partnershipDeclaredOn,
                                WrittenDate relationsChangedAsWritten, WrittenDate partnershipDeclaredAsWritten) {

    /** A relationship with nothing on record. */
    public static final RelationshipStanding INITIAL = new RelationshipStanding(Relations.NONE, null, Map.of(), null, null,
            null, null);

    /** Where the diplomatic relations stand. */
    public enum Relations { NONE, ESTABLISHED, SEVERED }

    public RelationshipStanding {
        recognitions = recognitions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(recognitions));
    }

    /** The key of a recognition by {@code from} of {@code to}. */
    static String direction(Country from, Country to) {
        return from.code() + ">" + to.code();
    }

    /** The standing as it was before partial dates: exact days only. */
    public RelationshipStanding(Relations relations, LocalDate relationsChangedOn, Map<String, LocalDate> recognitions,
                                PartnershipLevel partnershipLevel, LocalDate partnershipDeclaredOn) {
        this(relations, relationsChangedOn, recognitions, partnershipLevel, partnershipDeclaredOn, null, null);
    }

    /** The date of the last change of relations as written; null when none is on record. */
    WrittenDate relationsChanged() {
        return relationsChangedOn == null ? null
                : relationsChangedAsWritten != null ? relationsChangedAsWritten : WrittenDate.day(relationsChangedOn);
    }

    /** The date of the partnership level on record as written; null when none is on record. */
    WrittenDate partnershipDeclared() {
        return partnershipDeclaredOn == null ? null
                : partnershipDeclaredAsWritten != null ? partnershipDeclaredAsWritten
                        : WrittenDate.day(partnershipDeclaredOn);
    }

    RelationshipStanding withRelations(Relations now, RelationshipEvent change) {
        return new RelationshipStanding(now, change.occurredOn(), recognitions, partnershipLevel, partnershipDeclaredOn,
                change.dateAsWritten(), partnershipDeclaredAsWritten);
    }

    RelationshipStanding recognised(String direction, LocalDate on) {
        Map<String, LocalDate> more = new LinkedHashMap<>(recognitions);
        more.put(direction, on);
        return new RelationshipStanding(relations, relationsChangedOn, more, partnershipLevel, partnershipDeclaredOn,
                relationsChangedAsWritten, partnershipDeclaredAsWritten);
    }

    RelationshipStanding partnership(PartnershipLevel level, RelationshipEvent declared) {
        return new RelationshipStanding(relations, relationsChangedOn, recognitions, level, declared.occurredOn(),
                relationsChangedAsWritten, declared.dateAsWritten());
    }
}
