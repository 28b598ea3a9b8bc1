package dev.entente.adapters.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.entente.application.query.VisitLogEntry;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.RelationshipState;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.PartlyDated;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.CeremonyHeld;
import dev.entente.domain.visit.HoldCeremony;
import dev.entente.domain.visit.VisitId;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * The Jackson configuration for everything Entente writes as JSON: value objects as plain strings, dates as ISO text,
 * entry-into-force rules tagged by name, no class names in the documents. Each call returns a new mapper, because
 * Axon's serializers register modules on the mapper they are given.
 */
public final class EntenteJson {

    private EntenteJson() {
    }

    /** A mapper for events, read-model documents, tokens and file formats. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(domainModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Events evolve by adding fields; an older reader must still load a newer document.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Only Axon's tokens carry class names (ReplayToken and its kin use @JsonTypeInfo(CLASS)); nothing
                // else may name a class for Jackson to instantiate.
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .allowIfSubType("dev.entente.")
                        .allowIfSubType(String.class)
                        .build())
                .build();
    }

    /** A mapper for aggregate snapshots: reads and writes fields, whatever their visibility, and ignores methods. */
    public static ObjectMapper snapshotMapper() {
        ObjectMapper mapper = mapper();
        mapper.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
        mapper.setVisibility(PropertyAccessor.GETTER, Visibility.NONE);
        mapper.setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE);
        return mapper;
    }

    /** The domain's value objects and rules, mapped without touching the domain (which has no Jackson in it). */
    static SimpleModule domainModule() {
        SimpleModule module = new SimpleModule("entente-domain");
        asString(module, Country.class, Country::of, Country::code);
        asString(module, Dyad.class, Dyad::parse, Dyad::toString);
        asString(module, VisitId.class, VisitId::of, VisitId::value);
        asString(module, AgreementId.class, AgreementId::of, AgreementId::value);
        asString(module, Area.class, Area::of, Area::name);
        asString(module, PartnershipLevel.class, PartnershipLevel::of, PartnershipLevel::name);
        asString(module, WrittenDate.class, WrittenDate::parse, WrittenDate::text);
        module.setMixInAnnotation(EntryIntoForceRule.class, EntryIntoForceRuleMixin.class);
        // Fields added later are left out while empty, so that what was written before they existed (events, JSON
        // answers) is written exactly as before.
        for (Class<?> type : List.of(PartlyDated.class, Dignitary.class, CeremonyHeld.class, HoldCeremony.class,
                TimelineEntry.class, VisitLogEntry.class, RelationshipState.class, RelationshipState.Partnership.class,
                RelationshipRecord.RelationsChange.class, RelationshipRecord.PartnershipChange.class)) {
            module.setMixInAnnotation(type, AddedLater.class);
        }
        return module;
    }

    private static <T> void asString(SimpleModule module, Class<T> type, Function<String, T> parse,
                                     Function<T, String> format) {
        module.addSerializer(type, new StringValueSerializer<>(type, format));
        module.addDeserializer(type, new StringValueDeserializer<>(type, parse));
    }

    /** The fields added to stored events and answers after they were first written: each omitted while null. */
    private interface AddedLater {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object dateAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object title();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object documentsSigned();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object documentsSignedInAll();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object relationsSinceAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object sinceAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object lastAffirmedAsWritten();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        Object asWritten();
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = EntryIntoForceRule.OnSignature.class, name = "on-signature"),
            @JsonSubTypes.Type(value = EntryIntoForceRule.OnLastRatification.class, name = "on-last-ratification"),
            @JsonSubTypes.Type(value = EntryIntoForceRule.DaysAfterLastRatification.class, name = "days-after-last-ratification"),
            @JsonSubTypes.Type(value = EntryIntoForceRule.OnFixedDate.class, name = "on-fixed-date")})
    private interface EntryIntoForceRuleMixin {
    }

    private static final class StringValueSerializer<T> extends StdScalarSerializer<T> {

        private final Function<T, String> format;

        StringValueSerializer(Class<T> type, Function<T, String> format) {
            super(type);
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(format.apply(value));
        }
    }

    private static final class StringValueDeserializer<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> parse;

        StringValueDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            try {
                return parse.apply(text);
            } catch (InvalidValue invalid) {
                // The domain's own sentence, so that a caller can report it with the line and column Jackson adds.
                InvalidFormatException refused = InvalidFormatException.from(parser, invalid.getMessage(), text,
                        handledType());
                refused.initCause(invalid);
                throw refused;
            }
        }
    }
}
