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

    /**
     * One value object: its type, read from its text, written as its text. Each is a class of its own rather than a
     * pair of method references: a question reads these at its start, where linking 16 lambdas cost more than the
     * reading (docs/adr/0034).
     */
    abstract static class TextValue<T> {
        private final Class<T> type;

        TextValue(Class<T> type) {
            this.type = type;
        }

        Class<T> type() {
            return type;
        }

        /** The value its text names; may throw, as the value object's own parse does. */
        abstract T read(String text);

        /** The value's text. */
        abstract String write(T value);

        Function<String, T> parse() {
            return new Function<>() {
                @Override
                public T apply(String text) {
                    return read(text);
                }
            };
        }

        Function<T, String> text() {
            return new Function<>() {
                @Override
                public String apply(T value) {
                    return write(value);
                }
            };
        }
    }

    static final List<TextValue<?>> ALL = List.of(
            new TextValue<>(Country.class) {
                @Override
                Country read(String text) {
                    return Country.of(text);
                }

                @Override
                String write(Country value) {
                    return value.code();
                }
            },
            new TextValue<>(Dyad.class) {
                @Override
                Dyad read(String text) {
                    return Dyad.parse(text);
                }

                @Override
                String write(Dyad value) {
                    return value.toString();
                }
            },
            new TextValue<>(VisitId.class) {
                @Override
                VisitId read(String text) {
                    return VisitId.of(text);
                }

                @Override
                String write(VisitId value) {
                    return value.value();
                }
            },
            new TextValue<>(AgreementId.class) {
                @Override
                AgreementId read(String text) {
                    return AgreementId.of(text);
                }

                @Override
                String write(AgreementId value) {
                    return value.value();
                }
            },
            new TextValue<>(MeetingId.class) {
                @Override
                MeetingId read(String text) {
                    return MeetingId.of(text);
                }

                @Override
                String write(MeetingId value) {
                    return value.value();
                }
            },
            new TextValue<>(Area.class) {
                @Override
                Area read(String text) {
                    return Area.of(text);
                }

                @Override
                String write(Area value) {
                    return value.name();
                }
            },
            new TextValue<>(PartnershipLevel.class) {
                @Override
                PartnershipLevel read(String text) {
                    return PartnershipLevel.of(text);
                }

                @Override
                String write(PartnershipLevel value) {
                    return value.name();
                }
            },
            new TextValue<>(WrittenDate.class) {
                @Override
                WrittenDate read(String text) {
                    return WrittenDate.parse(text);
                }

                @Override
                String write(WrittenDate value) {
                    return value.text();
                }
            });

    private TextValues() {
    }
}
