package dev.entente.domain.visit;

import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a ceremony during a visit, such as a wreath laid at a monument. A signing ceremony may state how many
 * documents were signed in all ({@code documentsSigned}, e.g. "15 agreements and MoUs"), which is often more than the
 * agreements on record; null when the sources give no number.
 */
public record HoldCeremony(VisitId visitId, LocalDate occurredOn, CeremonyKind kind, String description, String place,
                           List<Source> sources, Integer documentsSigned) implements VisitCommand {

    public HoldCeremony {
        Values.required(visitId, "visit id");
        Values.date(occurredOn, "date of the ceremony");
        Values.required(kind, "kind of ceremony");
        description = Values.optionalText(description);
        place = Values.optionalText(place);
        sources = Values.sources(sources);
        if (documentsSigned != null && documentsSigned < 1) {
            throw new InvalidValue("ceremony.documents-signed-not-positive", "the number of documents signed at a "
                    + "ceremony must be at least 1, got " + documentsSigned + "; leave it out when none is stated");
        }
    }

    /** A ceremony whose sources give no number of documents signed. */
    public HoldCeremony(VisitId visitId, LocalDate occurredOn, CeremonyKind kind, String description, String place,
                        List<Source> sources) {
        this(visitId, occurredOn, kind, description, place, sources, null);
    }
}
