package dev.entente.domain.visit;

import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/** Records a ceremony during a visit, such as a wreath laid at a monument. */
public record HoldCeremony(VisitId visitId, LocalDate occurredOn, CeremonyKind kind, String description, String place,
                           List<Source> sources) implements VisitCommand {

    public HoldCeremony {
        Values.required(visitId, "visit id");
        Values.date(occurredOn, "date of the ceremony");
        Values.required(kind, "kind of ceremony");
        description = Values.optionalText(description);
        place = Values.optionalText(place);
        sources = Values.sources(sources);
    }
}
