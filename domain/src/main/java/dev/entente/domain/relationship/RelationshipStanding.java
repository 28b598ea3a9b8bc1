package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link Relationship}'s rules need to know of its history: the diplomatic relations and when they last
 * changed, the recognitions by direction ("AZ>PK" = AZ recognised PK) with their dates, and the partnership level.
 */
public record RelationshipStanding(Relations relations, LocalDate relationsChangedOn, Map<String, LocalDate> recognitions,
                                PartnershipLevel partnershipLevel, LocalDate partnershipDeclaredOn) {

    /** A relationship with nothing on record. */
    public static final RelationshipStanding INITIAL = new RelationshipStanding(Relations.NONE, null, Map.of(), null, null);

    /** Where the diplomatic relations stand. */
    public enum Relations { NONE, ESTABLISHED, SEVERED }

    public RelationshipStanding {
        recognitions = recognitions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(recognitions));
    }

    /** The key of a recognition by {@code from} of {@code to}. */
    static String direction(Country from, Country to) {
        return from.code() + ">" + to.code();
    }

    RelationshipStanding withRelations(Relations now, LocalDate changedOn) {
        return new RelationshipStanding(now, changedOn, recognitions, partnershipLevel, partnershipDeclaredOn);
    }

    RelationshipStanding recognised(String direction, LocalDate on) {
        Map<String, LocalDate> more = new LinkedHashMap<>(recognitions);
        more.put(direction, on);
        return new RelationshipStanding(relations, relationsChangedOn, more, partnershipLevel, partnershipDeclaredOn);
    }

    RelationshipStanding partnership(PartnershipLevel level, LocalDate declaredOn) {
        return new RelationshipStanding(relations, relationsChangedOn, recognitions, level, declaredOn);
    }
}
