package dev.entente.domain.relationship;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDatedBuilder;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import dev.entente.domain.shared.WrittenDate;
import java.time.LocalDate;
import java.util.List;

/**
 * Records that {@code supporter} declared support for {@code supported}'s position on an issue (e.g. Kashmir),
 * optionally at a forum.
 *
 * @param occurredOn the day it happened; null when {@code dateAsWritten} is given, whose last day it then is
 * @param forum where support was declared, such as the UN or the OIC; null (or blank) when not stated
 * @param sources the sources that report it; null for none
 * @param dateAsWritten the date as the sources write it when they give less than a day (a month, a year, uncertain);
 * null for the exact day {@code occurredOn} (ADR 0016)
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

    /** A {@link Builder} for this command on {@code dyad}. */
    public static Builder builder(Dyad dyad) {
        return new Builder(dyad);
    }

    /**
     * Builds {@link DeclareSupport} by naming its components. Each method sets the component of the same name, whose
     * meaning and default (when left unset, i.e. null) the record documents; {@link #build()} hands them to the
     * canonical constructor, which refuses a missing required component with {@link InvalidValue}
     * {@code value.required} naming it.
     */
    public static final class Builder extends PartlyDatedBuilder<Builder> {

        private final Dyad dyad;
        private Country supporter;
        private Country supported;
        private String issue;
        private String forum;

        private Builder(Dyad dyad) {
            this.dyad = dyad;
        }
        public Builder supporter(Country supporter) {
            this.supporter = supporter;
            return this;
        }

        public Builder supported(Country supported) {
            this.supported = supported;
            return this;
        }

        public Builder issue(String issue) {
            this.issue = issue;
            return this;
        }

        public Builder forum(String forum) {
            this.forum = forum;
            return this;
        }
        /** The command, validated by the record's constructor. */
        public DeclareSupport build() {
            return new DeclareSupport(dyad, occurredOn, supporter, supported, issue, forum, sources, dateAsWritten);
        }
    }
}
