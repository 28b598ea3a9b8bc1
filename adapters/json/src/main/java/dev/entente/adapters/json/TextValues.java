package dev.entente.adapters.json;

import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.VisitId;
import java.util.List;
import java.util.function.Function;

/**
 * The value objects written as their text, each with how it is read back and written: the one list that
 * {@link EntenteJacksonModule} maps for databind and {@link StreamingRecordReader} reads without it.
 */
final class TextValues {

    /** One value object: its type, read from its text, written as its text. */
    record TextValue<T>(Class<T> type, Function<String, T> parse, Function<T, String> text) {
    }

    static final List<TextValue<?>> ALL = List.of(
            new TextValue<>(Country.class, Country::of, Country::code),
            new TextValue<>(Dyad.class, Dyad::parse, Dyad::toString),
            new TextValue<>(VisitId.class, VisitId::of, VisitId::value),
            new TextValue<>(AgreementId.class, AgreementId::of, AgreementId::value),
            new TextValue<>(MeetingId.class, MeetingId::of, MeetingId::value),
            new TextValue<>(Area.class, Area::of, Area::name),
            new TextValue<>(PartnershipLevel.class, PartnershipLevel::of, PartnershipLevel::name),
            new TextValue<>(WrittenDate.class, WrittenDate::parse, WrittenDate::text));

    private TextValues() {
    }
}
