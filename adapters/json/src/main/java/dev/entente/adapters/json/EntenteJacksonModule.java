package dev.entente.adapters.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.InvalidValue;
import java.io.IOException;
import java.util.function.Function;

/**
 * Entente's value objects for any Jackson {@code ObjectMapper}: a {@link Dyad} is written {@code "AZ-PK"}, a
 * {@link Country} {@code "AZ"}, ids, areas and partnership levels as their text, entry-into-force rules tagged by
 * {@code type}; each is read back from the same text. Register it on your own mapper
 * ({@code mapper.registerModule(new EntenteJacksonModule())}); it is also listed for Jackson's service loader, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it, and the Spring Boot starter declares it as a bean. It maps
 * values only: dates need Jackson's {@code JavaTimeModule}, which Spring Boot registers by itself.
 */
public final class EntenteJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module, with every value object and rule mapped. */
    public EntenteJacksonModule() {
        super("entente-domain");
        // The list StreamingRecordReader reads from too.
        TextValues.ALL.forEach(this::asString);
        setMixInAnnotation(EntryIntoForceRule.class, EntryIntoForceRuleMixin.class);
    }

    // One type id for every instance, so that registering it twice on a mapper (Boot's bean and a service-loader
    // scan) registers it once.
    @Override
    public Object getTypeId() {
        return EntenteJacksonModule.class.getName();
    }

    private <T> void asString(TextValues.TextValue<T> value) {
        addSerializer(value.type(), new StringValueSerializer<>(value.type(), value.text()));
        addDeserializer(value.type(), new StringValueDeserializer<>(value.type(), value.parse()));
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = EntryIntoForceRule.OnSignature.class, name = "on-signature"),
            @JsonSubTypes.Type(value = EntryIntoForceRule.OnLastRatification.class, name = "on-last-ratification"),
            @JsonSubTypes.Type(value = EntryIntoForceRule.DaysAfterLastRatification.class, name = "days-after-last-ratification"),
            @JsonSubTypes.Type(value = EntryIntoForceRule.OnFixedDate.class, name = "on-fixed-date"),
            @JsonSubTypes.Type(value = EntryIntoForceRule.NotOnRecord.class, name = "not-on-record"),
            @JsonSubTypes.Type(value = EntryIntoForceRule.DaysAfter.class, name = "days-after"),
            @JsonSubTypes.Type(value = EntryIntoForceRule.FirstDayOfMonthAfter.class, name = "first-day-of-month-after")})
    private interface EntryIntoForceRuleMixin {
    }

    private static final class StringValueSerializer<T> extends StdScalarSerializer<T> {

        private static final long serialVersionUID = 1L;
        private final transient Function<T, String> format;

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

        private static final long serialVersionUID = 1L;
        private final transient Function<String, T> parse;

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
