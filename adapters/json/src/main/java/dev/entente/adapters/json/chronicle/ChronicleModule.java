package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;
import dev.entente.adapters.json.IsoDay;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.WrittenDate;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How a person's JSON becomes values: scalars exactly as written (no string for a number, no number for a string),
 * dates as {@code yyyy-MM-dd}, periods as ISO-8601, enum constants in any case with '-', '_' or spaces, sectors
 * through {@link Sector#parse}, and sources either inline or by the id of a declared source.
 */
final class ChronicleModule extends SimpleModule {

    /** The attribute holding the declared sources (id to source; null for a declaration that was refused). */
    static final String DECLARED_SOURCES = "entente.chronicle.declared-sources";
    /**
     * The attribute set (to {@code true}) when the command read may be dated in part: its {@code occurredOn} may then be
     * a {@link WrittenDate}, read as the day it is known from; the binder keeps the date as written.
     */
    static final String PARTIAL_DATES = "entente.chronicle.partial-dates";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERIOD = Pattern.compile("P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?");
    private static final int LISTED_SOURCES = 20;

    ChronicleModule() {
        super("entente-chronicle");
        addDeserializer(String.class, new StrictString());
        addDeserializer(Boolean.TYPE, new StrictBoolean());
        addDeserializer(Integer.TYPE, new StrictInt());
        addDeserializer(Integer.class, new StrictOptionalInt());
        addDeserializer(LocalDate.class, new StrictDate());
        addDeserializer(Period.class, new StrictPeriod());
        addDeserializer(URI.class, new StrictUri());
        addDeserializer(Source.class, new SourceDeserializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                            BeanDescription description) {
                return type == Sector.class ? new SectorDeserializer() : new LenientEnumDeserializer(type);
            }
        });
    }

    /** The form of an enum constant the reader compares: lower case, words joined by single hyphens. */
    static String normalise(String text) {
        // As replaceAll("[-_\\s]+", "-"), by hand: every enum value of a chronicle comes through here.
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder normal = new StringBuilder(lower.length());
        boolean inRun = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '-' || c == '_' || isRegexSpace(c)) {
                if (!inRun) {
                    normal.append('-');
                }
                inRun = true;
            } else {
                normal.append(c);
                inRun = false;
            }
        }
        return normal.toString();
    }

    /** What {@code \s} matches in a Java regular expression. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The accepted spellings of an enum's constants: the constant's name and, where it has one, its label. */
    static Map<String, Object> spellings(Class<?> type) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (Object constant : type.getEnumConstants()) {
            byKey.put(normalise(((Enum<?>) constant).name()), constant);
        }
        for (Object constant : type.getEnumConstants()) {
            label(constant).ifPresent(label -> byKey.putIfAbsent(normalise(label), constant));
        }
        return byKey;
    }

    /** The constants as a person writes them, e.g. {@code head-of-state}. */
    static List<String> canonicalNames(Class<?> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> normalise(((Enum<?>) constant).name()))
                .toList();
    }

    private static Optional<String> label(Object constant) {
        try {
            Object label = constant.getClass().getMethod("label").invoke(constant);
            return label instanceof String text ? Optional.of(text) : Optional.empty();
        } catch (ReflectiveOperationException noLabel) {
            return Optional.empty();
        }
    }

    /** "VisitKind" as "visit kind". */
    static String words(Class<?> type) {
        return type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private static InvalidFormatException refused(JsonParser parser, String message, String value, Class<?> type,
                                                  Throwable cause) {
        InvalidFormatException refused = InvalidFormatException.from(parser, message, value, type);
        if (cause != null) {
            refused.initCause(cause);
        }
        return refused;
    }

    private static final class StrictString extends StdScalarDeserializer<String> {

        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                return parser.getText();
            }
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
    }

    /** Refuses null, and reads an omitted boolean as false. */
    private static final class StrictBoolean extends StdScalarDeserializer<Boolean> {

        StrictBoolean() {
            super(Boolean.TYPE);
        }

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_TRUE) || parser.hasToken(JsonToken.VALUE_FALSE)) {
                return parser.getBooleanValue();
            }
            return (Boolean) context.handleUnexpectedToken(Boolean.TYPE, parser);
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        @Override
        public Boolean getNullValue(DeserializationContext context) throws JsonMappingException {
            return (Boolean) context.reportInputMismatch(this, "null is not true or false");
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return Boolean.FALSE;
        }
    }

    /** Refuses null and omission alike: a whole number has no sensible default. */
    private static final class StrictInt extends StdScalarDeserializer<Integer> {

        StrictInt() {
            super(Integer.TYPE);
        }

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                if (parser.getNumberType() == JsonParser.NumberType.INT) {
                    // -0 is 0: JSON has one zero among its whole numbers.
                    return parser.getIntValue();
                }
                throw refused(parser, parser.getText() + " is out of the range of whole numbers here",
                        parser.getText(), Integer.TYPE, null);
            }
            if (parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)
                    && JsonText.Number.of(parser.getText()) == JsonText.Number.OUT_OF_RANGE) {
                throw refused(parser, parser.getText() + " is out of the range of whole numbers here",
                        parser.getText(), Integer.TYPE, null);
            }
            // 1.5, and also 1.0: a count is written as a whole number, and the message says how.
            return (Integer) context.handleUnexpectedToken(Integer.TYPE, parser);
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return AccessPattern.DYNAMIC;
        }

        @Override
        public Integer getNullValue(DeserializationContext context) throws JsonMappingException {
            return (Integer) context.reportInputMismatch(this, "null is not a whole number");
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) throws JsonMappingException {
            return getNullValue(context);
        }
    }

    private static final class StrictDate extends StdScalarDeserializer<LocalDate> {

        StrictDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            LocalDate day = quickDate(text);
            if (day != null) {
                return day;
            }
            try {
                if (DATE.matcher(text).matches()) {
                    return LocalDate.parse(text);
                }
            } catch (DateTimeException notADay) {
                throw refused(parser, "'" + text + "' is not a date: " + notADay.getMessage()
                        .replaceFirst("^Text '[^']*' could not be parsed: ", ""), text, LocalDate.class, notADay);
            }
            if (isPartlyDatedOccurredOn(parser, context)) {
                try {
                    return WrittenDate.parse(text).latest();
                } catch (InvalidValue invalid) {
                    throw refused(parser, invalid.getMessage(), text, LocalDate.class, invalid);
                }
            }
            throw refused(parser, "'" + text + "' is not a date: write yyyy-MM-dd, e.g. 2024-07-11", text,
                    LocalDate.class, null);
        }

        /** Whether this is the {@code occurredOn} of a command that may be dated in part (not a date inside it). */
        private static boolean isPartlyDatedOccurredOn(JsonParser parser, DeserializationContext context) {
            return Boolean.TRUE.equals(context.getAttribute(PARTIAL_DATES))
                    && "occurredOn".equals(parser.getParsingContext().getCurrentName())
                    && parser.getParsingContext().getParent() != null
                    && parser.getParsingContext().getParent().inRoot();
        }
    }

    /** A count that may be left out or null (then null); otherwise as strict as {@link StrictInt}. */
    private static final class StrictOptionalInt extends StdScalarDeserializer<Integer> {

        private final StrictInt strict = new StrictInt();

        StrictOptionalInt() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                return strict.deserialize(parser, context);
            }
            return (Integer) context.handleUnexpectedToken(Integer.class, parser);
        }
    }

    /**
     * The day written as {@code yyyy-MM-dd} with ASCII digits, or null for anything else, which the full parse then
     * reads or refuses with its message: the same day {@code LocalDate.parse} gives, without its formatter's cost.
     */
    static LocalDate quickDate(String text) {
        return IsoDay.parse(text);
    }

    private static final class StrictPeriod extends StdScalarDeserializer<Period> {

        StrictPeriod() {
            super(Period.class);
        }

        @Override
        public Period deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Period) context.handleUnexpectedToken(Period.class, parser);
            }
            String text = parser.getText();
            try {
                if (PERIOD.matcher(text).matches()) {
                    return Period.parse(text);
                }
            } catch (DateTimeException tooLarge) {
                throw refused(parser, "'" + text + "' is not a period: " + tooLarge.getMessage(), text,
                        Period.class, tooLarge);
            }
            throw refused(parser, "'" + text + "' is not a period: write ISO-8601 years, months, weeks or days, "
                    + "e.g. P5Y, P6M or P1Y6M", text, Period.class, null);
        }
    }

    private static final class StrictUri extends StdScalarDeserializer<URI> {

        StrictUri() {
            super(URI.class);
        }

        @Override
        public URI deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (URI) context.handleUnexpectedToken(URI.class, parser);
            }
            String text = parser.getText();
            try {
                return new URI(text);
            } catch (URISyntaxException malformed) {
                throw refused(parser, "'" + text + "' is not an address: " + malformed.getReason(), text, URI.class,
                        malformed);
            }
        }
    }

    private static final class LenientEnumDeserializer extends StdScalarDeserializer<Object> {

        private final Map<String, Object> byKey;

        LenientEnumDeserializer(Class<?> type) {
            super(type);
            this.byKey = spellings(type);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            Object constant = byKey.get(normalise(text));
            if (constant == null) {
                throw refused(parser, "'" + text + "' is not a valid " + words(handledType()) + "; accepted: "
                        + String.join(", ", canonicalNames(handledType())), text, handledType(), null);
            }
            return constant;
        }
    }

    private static final class SectorDeserializer extends StdScalarDeserializer<Sector> {

        /** Each sector by its label exactly as written, as {@link Sector#parse} reads it: the common case, at once. */
        private static final Map<String, Sector> SECTORS_BY_LABEL = Arrays.stream(Sector.values())
                .collect(Collectors.toUnmodifiableMap(Sector::label, sector -> Sector.parse(sector.label())));

        SectorDeserializer() {
            super(Sector.class);
        }

        @Override
        public Sector deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Sector) context.handleUnexpectedToken(Sector.class, parser);
            }
            String text = parser.getText();
            Sector byLabel = SECTORS_BY_LABEL.get(text);
            if (byLabel != null) {
                return byLabel;
            }
            try {
                return Sector.parse(text);
            } catch (InvalidValue invalid) {
                throw refused(parser, invalid.getMessage(), text, Sector.class, invalid);
            }
        }
    }

    /** A source id, resolved against the declared sources, or an inline source object. */
    private static final class SourceDeserializer extends StdScalarDeserializer<Source> {

        SourceDeserializer() {
            super(Source.class);
        }

        @Override
        public Source deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.START_OBJECT)) {
                return context.readValue(parser, InlineSource.class).source();
            }
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Source) context.handleUnexpectedToken(Source.class, parser);
            }
            String id = parser.getText();
            @SuppressWarnings("unchecked")
            Map<String, Source> declared = (Map<String, Source>) context.getAttribute(DECLARED_SOURCES);
            if (declared == null || !declared.containsKey(id)) {
                throw new ChronicleMappingException(parser, unknown(id, declared), ChronicleError.UNKNOWN_SOURCE);
            }
            Source source = declared.get(id);
            if (source == null) {
                throw ChronicleMappingException.alreadyReported(parser);
            }
            return source;
        }

        private static String unknown(String id, Map<String, Source> declared) {
            if (declared == null || declared.isEmpty()) {
                return "unknown source '" + id + "': no sources are declared; declare it in \"sources\" "
                        + "or write the source out as an object";
            }
            List<String> ids = declared.keySet().stream().sorted().toList();
            String listed = ids.stream().limit(LISTED_SOURCES).collect(Collectors.joining(", "));
            if (ids.size() > LISTED_SOURCES) {
                listed += " and " + (ids.size() - LISTED_SOURCES) + " more";
            }
            return "unknown source '" + id + "'; declared sources: " + listed;
        }
    }
}
