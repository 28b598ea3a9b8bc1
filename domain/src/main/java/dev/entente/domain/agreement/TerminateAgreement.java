package dev.entente.domain.agreement;

import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.Values;
import java.time.LocalDate;
import java.util.List;

/**
 * Ends an agreement: by mutual consent, by a party's denunciation ({@code party} required; it takes effect after the
 * agreement's notice period, or twelve months after notice when it has none, VCLT art. 56), or superseded by a later
 * agreement ({@code supersededBy} required). {@code effectiveOn} is optional: by default the termination takes effect
 * on {@code occurredOn}, or at the end of the notice for a denunciation.
 */
public record TerminateAgreement(AgreementId agreementId, LocalDate occurredOn, TerminationGround ground,
                                 Country party, AgreementId supersededBy, LocalDate effectiveOn, List<Source> sources)
        implements AgreementCommand {

    public TerminateAgreement {
        Values.required(agreementId, "agreement id");
        Values.date(occurredOn, "date of the termination or notice");
        Values.required(ground, "ground of termination");
        Values.optionalDate(effectiveOn, "date the termination takes effect");
        sources = Values.sources(sources);
    }
}
