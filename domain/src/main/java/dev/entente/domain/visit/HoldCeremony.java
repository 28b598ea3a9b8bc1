package dev.entente.domain.visit;

import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDatedBuilder;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a ceremony during a visit, such as a wreath laid at a monument.
 *
 * @param description what was done, in the sources' words; null (or blank) when they say no more than the kind
 * @param place where the ceremony took place; null (or blank) when not stated
 * @param sources the sources that report it; null for none
 * @param documentsSigned how many documents were signed in all at a signing ceremony (e.g. "15 agreements and MoUs"),
 * often more than the agreements on record; at least 1; null when the sources give no number
 */
public record HoldCeremony(VisitId visitId, LocalDate occurredOn, CeremonyKind kind, String description, String place,
                           List<Source> sources, Integer documentsSigned, WrittenDate dateAsWritten) implements VisitCommand {

    public HoldCeremony {
        Values.required(visitId, "visit id");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the ceremony");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(kind, "kind of ceremony");
        description = Values.optionalText(description);
        place = Values.optionalText(place);
        sources = Values.sources(sources);
        if (documentsSigned != null && documentsSigned < 1) {
            throw new InvalidValue("ceremony.documents-signed-not-positive", "the number of documents signed at a "
                    + "ceremony must be at least 1, got " + documentsSigned + "; leave it out when none is stated");
        }
    }

    /** With the exact day {@code occurredOn}: the form written before {@code dateAsWritten} existed. */
    public HoldCeremony(VisitId visitId, LocalDate occurredOn, CeremonyKind kind, String description, String place,
                        List<Source> sources, Integer documentsSigned) {
        this(visitId, occurredOn, kind, description, place, sources, documentsSigned, null);
    }

    /** A ceremony whose sources give no number of documents signed. */
    public HoldCeremony(VisitId visitId, LocalDate occurredOn, CeremonyKind kind, String description, String place,
                        List<Source> sources) {
        this(visitId, occurredOn, kind, description, place, sources, null);
    }

    /** A {@link Builder} for this command on {@code visitId}. */
    public static Builder builder(VisitId visitId) {
        return new Builder(visitId);
    }

    /**
     * Builds {@link HoldCeremony} by naming its components. Each method sets the component of the same name, whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final VisitId visitId;
        private CeremonyKind kind;
        private String description;
        private String place;
        private Integer documentsSigned;

        private Builder(VisitId visitId) {
            this.visitId = visitId;
        }
        public Builder kind(CeremonyKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder place(String place) {
            this.place = place;
            return this;
        }

        public Builder documentsSigned(Integer documentsSigned) {
            this.documentsSigned = documentsSigned;
            return this;
        }

        /** The command, validated by the record's constructor. */
        public HoldCeremony build() {
            return new HoldCeremony(visitId, occurredOn, kind, description, place, sources, documentsSigned,
                                    dateAsWritten);
        }
    }
}
