package dev.entente.application.readmodel;

import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.Dyad;
import java.util.Objects;

/**
 * One dated fact of a relationship, as stored: the event at global index {@code position}. A relationship's record is
 * the fold of its facts in order; the facts are appended, never rewritten, so storing a long history costs each event
 * once.
 */
public record RelationshipFact(Dyad dyad, long position, RelationshipEvent event) {

    public RelationshipFact {
        Objects.requireNonNull(dyad, "dyad");
        Objects.requireNonNull(event, "event");
    }

    /** The fact {@code event}, stored at {@code position}, adds to its dyad's relationship. */
    public static RelationshipFact of(RelationshipEvent event, long position) {
        return new RelationshipFact(event.dyad(), position, event);
    }
}
