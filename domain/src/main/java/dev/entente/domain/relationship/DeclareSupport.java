package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Records that {@code supporter} declared support for {@code supported}'s position on an issue (e.g. Kashmir),
 * optionally at a forum such as the UN or the OIC ({@code forum} may be null).
 */
public record DeclareSupport(Dyad dyad, LocalDate occurredOn, Country supporter, Country supported, String issue,
                             String forum, List<Source> sources, WrittenDate dateAsWritten) implements RelationshipCommand {

    public DeclareSupport {
        Values.required(dyad, "dyad");
        occurredOn = Values.knownFrom(occurredOn, dateAsWritten, "date of the declaration");
        dateAsWritten = Values.written(dateAsWritten);
        Values.required(supporter, "supporting country");
        Values.required(supported, "supported country");
        issue = Values.text(issue, "issue");
        forum = Values.optionalText(forum);
        sources = Values.sources(sources);
    }

    /** With the exact day {@code occurredOn}. */
    public DeclareSupport(Dyad dyad, LocalDate occurredOn, Country supporter, Country supported, String issue, String forum, List<Source> sources) {
        this(dyad, occurredOn, supporter, supported, issue, forum, sources, null);
    }
}
