package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.entente.adapters.json.IsoDay;
import dev.entente.adapters.json.chronicle.ObjectSpan.Member;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.application.batch.EntryKey;
import dev.entente.application.batch.Withdrawal;
import dev.entente.application.readmodel.Annotations;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.meeting.MeetingId;
import dev.entente.domain.relationship.PartnershipLevel;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.InvalidValue;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.VisitId;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The second pass: binds each source and command object from its own span with the strict mapper, and turns what
 * Jackson refuses into chronicle errors located in the file (Jackson's locations in the span, shifted by its start).
 */
final class ChronicleBinder {

    private static final Set<String> MISSING = Set.of("value.required", "value.blank");

    private final ObjectMapper mapper;
    private final ObjectMapper serializer;
    private final JsonFactory factory;
    private final List<String> ruleTypes;
    private final CommandTypes types;

    ChronicleBinder(ObjectMapper mapper, ObjectMapper serializer, JsonFactory factory, CommandTypes types) {
        this.types = types;
        this.mapper = mapper;
        this.serializer = serializer;
        this.factory = factory;
        // Read from the mapper itself, so that messages name the rules exactly as EntenteJson writes them.
        this.ruleTypes = Stream.of(EntryIntoForceRule.onSignature(), EntryIntoForceRule.onLastRatification(),
                        EntryIntoForceRule.daysAfterLastRatification(1),
                        EntryIntoForceRule.onFixedDate(LocalDate.EPOCH), EntryIntoForceRule.notOnRecord(),
                        EntryIntoForceRule.daysAfter(1, EntryIntoForceRule.ConsentStep.NOTIFICATION, null),
                        EntryIntoForceRule.firstDayOfMonthAfter(1, EntryIntoForceRule.ConsentStep.NOTIFICATION, null))
                .map(rule -> serializer.valueToTree(rule).get("type").asText())
                .toList();
    }

    /**
     * Binds the commands, in chunks of {@value #CHUNK} that run in parallel when there are several: each command is
     * bound and digested on its own (the declared sources are read first), and the results and errors are joined in
     * the chunks' order, so that they are exactly what one pass in order gives.
     */
    List<ChronicleCommand> bind(Scan scan, boolean document, List<ChronicleError> errors) {
        return bind(scan, document, errors, null);
    }

    /**
     * As {@link #bind(Scan, boolean, List)}, handing {@code inOrder} (if not null) each chunk's commands with their
     * keys, in the order written, as soon as the chunks before it are handed and no error has been found: while
     * later chunks are still being bound (by the common pool, and by this thread whenever the next chunk to hand is
     * not bound yet). Once an error is found nothing more is handed, and the errors are those of one pass in order.
     */
    List<ChronicleCommand> bind(Scan scan, boolean document, List<ChronicleError> errors,
                                Consumer<List<ChronicleCommand>> inOrder) {
        Readers readers = new Readers(declare(scan.sources, document, errors));
        List<ObjectSpan> spans = scan.commands;
        int chunks = (spans.size() + CHUNK - 1) / CHUNK;
        Keys keys = new Keys(spans.size());
        List<ChronicleError> keyErrors = new ArrayList<>();
        List<ChronicleCommand> commands = new ArrayList<>(spans.size());
        InOrder bound = new InOrder(chunks, chunk -> bind(spans.subList(chunk * CHUNK,
                Math.min(spans.size(), (chunk + 1) * CHUNK)), document, readers));
        for (int chunk = 0; chunk < chunks; chunk++) {
            Bound part = bound.next();
            errors.addAll(part.errors());
            List<ChronicleCommand> keyed = keys.keyed(part.commands(), part.targets(), keyErrors);
            commands.addAll(keyed);
            if (inOrder != null && errors.isEmpty() && keyErrors.isEmpty()) {
                inOrder.accept(keyed);
            }
        }
        // After every chunk's own errors, as one pass in order gives them.
        errors.addAll(keyErrors);
        return commands;
    }

    /**
     * Chunks bound by as many of the common pool's threads as it has and by the thread that hands them out, which
     * takes them in order: each thread claims the next chunk not yet claimed, so a thread busy with the chunks
     * handed out leaves the binding to the others, and one waiting for the next chunk binds another meanwhile.
     */
    private static final class InOrder {

        private final IntFunction<Bound> binding;
        private final AtomicReferenceArray<CompletableFuture<Bound>> chunks;
        private final AtomicInteger unclaimed = new AtomicInteger();
        private int handed;

        InOrder(int count, IntFunction<Bound> binding) {
            this.binding = binding;
            this.chunks = new AtomicReferenceArray<>(count);
            for (int chunk = 0; chunk < count; chunk++) {
                chunks.set(chunk, new CompletableFuture<>());
            }
            int helpers = Math.min(count - 1, ForkJoinPool.getCommonPoolParallelism());
            for (int i = 0; i < helpers; i++) {
                ForkJoinPool.commonPool().execute(this::bindUnclaimed);
            }
        }

        private void bindUnclaimed() {
            while (claimOne()) {
                // Bound by claimOne.
            }
        }

        /** Binds the next unclaimed chunk, if any is left; whether one was. */
        private boolean claimOne() {
            int chunk = unclaimed.getAndIncrement();
            if (chunk >= chunks.length()) {
                return false;
            }
            try {
                chunks.get(chunk).complete(binding.apply(chunk));
            } catch (RuntimeException | Error e) {
                chunks.get(chunk).completeExceptionally(e);
            }
            return true;
        }

        /**
         * The next chunk in order, bound here if no other thread has claimed it yet. It is then forgotten here: a
         * chunk handed out is keyed and kept by the caller, and its unkeyed commands and targets, kept to the end of
         * the read, were copied by the collector as the read went on (issue 8, ninth session).
         */
        Bound next() {
            int chunk = handed++;
            CompletableFuture<Bound> next = chunks.get(chunk);
            while (!next.isDone() && claimOne()) {
                // Bound a later chunk (or this one) while waiting.
            }
            try {
                Bound bound = next.join();
                // Done, so no other thread looks at this chunk again.
                chunks.set(chunk, null);
                return bound;
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }

    /**
     * Each command with its stable key (ADR 0022), in the order written: its explicit id, or its type and ordinal
     * among the chronicle's commands of that type to that aggregate, with the chronicle's file name (every such
     * command counts, with an id or without, so that giving one an id later changes no other's key). A key given
     * twice is an error. Only the ordinals and the check for a repeated key need the order, so only they are counted
     * here, on one thread, chunk after chunk: each command's aggregate id and the name it is counted under
     * ({@code targets}, null for a withdrawal) were found in its chunk, in parallel.
     */
    private static final class Keys {

        private final Map<String, Integer> ordinals;
        private final Map<String, Location> keys;
        private String path;
        private String fileName;

        /** For {@code commands} commands: the maps sized for them at once, not grown step by step on this thread. */
        Keys(int commands) {
            int capacity = (int) Math.min(1 << 30, commands / 0.75 + 1);
            ordinals = new HashMap<>(capacity);
            keys = new HashMap<>(capacity);
        }

        List<ChronicleCommand> keyed(List<ChronicleCommand> commands, List<Target> targets,
                                     List<ChronicleError> errors) {
            List<ChronicleCommand> keyed = new ArrayList<>(commands.size());
            for (int i = 0; i < commands.size(); i++) {
                ChronicleCommand command = commands.get(i);
                Target target = targets.get(i);
                if (target == null) {
                    keyed.add(command);
                    continue;
                }
                String aggregateId = target.aggregateId();
                int ordinal = ordinals.merge(target.counted(), 1, Integer::sum);
                if (!command.location().file().equals(path)) {
                    path = command.location().file();
                    fileName = fileName(path);
                }
                String key = command.key() != null ? EntryKey.of(aggregateId, command.key())
                        : EntryKey.ordinal(aggregateId, command.type(), ordinal, fileName);
                Location first = keys.putIfAbsent(key, command.location());
                if (first != null) {
                    errors.add(new ChronicleError(command.location(), ChronicleError.DUPLICATE_KEY, "the entry's key "
                            + key + " is the key of the entry at " + first + "; give each entry of one aggregate its"
                            + " own id"));
                }
                keyed.add(command.withKey(key));
            }
            return keyed;
        }
    }

    /** Commands per chunk bound on one thread. */
    private static final int CHUNK = 2_000;

    /** The commands and errors of one chunk, with each command's target (null for a withdrawal). */
    private record Bound(List<ChronicleCommand> commands, List<Target> targets, List<ChronicleError> errors) {
    }

    /**
     * The aggregate a command goes to, and the name its ordinal is counted under (its type and that aggregate), found
     * in the chunk's thread with the name's hash, so that counting in order only looks it up.
     */
    private record Target(String aggregateId, String counted) {

        static Target of(String type, String aggregateId) {
            String counted = type + " " + aggregateId;
            counted.hashCode();
            return new Target(aggregateId, counted);
        }
    }

    private Bound bind(List<ObjectSpan> spans, boolean document, Readers readers) {
        List<ChronicleCommand> commands = new ArrayList<>(spans.size());
        List<Target> targets = new ArrayList<>(spans.size());
        List<ChronicleError> errors = new ArrayList<>();
        Digest digest = new Digest(serializer);
        for (ObjectSpan span : spans) {
            if (ChronicleWithdrawal.TYPE.equals(span.string("type"))) {
                withdrawal(span, readers, digest, commands, errors);
                while (targets.size() < commands.size()) {
                    targets.add(null);
                }
                continue;
            }
            String id = explicitId(span, errors);
            Class<?> type = commandType(span, document, errors);
            if (type == null) {
                continue;
            }
            Object command = keepDateAsWritten(bind(span, type, readers, errors), span);
            Annotations annotations = annotations(span, command, readers, errors);
            if (command != null && annotations != null) {
                String name = type.getSimpleName();
                commands.add(new ChronicleCommand(command, name, span.location(),
                        digest.of(name, command, annotations.isEmpty() ? null : annotations), annotations, id));
                targets.add(Target.of(name, types.targetOf(command)));
            }
        }
        return new Bound(commands, targets, errors);
    }

    /** The file name of a chronicle named by its path as given. */
    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /** A {@code Withdraw} entry, its digest that of its own members, as a command's is. */
    private void withdrawal(ObjectSpan span, Readers readers, Digest digest, List<ChronicleCommand> commands,
                            List<ChronicleError> errors) {
        ChronicleWithdrawal read = bind(span, ChronicleWithdrawal.class, readers, errors);
        if (read == null) {
            return;
        }
        try {
            Withdrawal withdrawal = read.withdrawal();
            commands.add(new ChronicleCommand(withdrawal, ChronicleWithdrawal.TYPE, span.location(),
                    digest.of(ChronicleWithdrawal.TYPE, read), Annotations.NONE, withdrawal.key()));
        } catch (InvalidValue invalid) {
            errors.add(new ChronicleError(span.location(), ChronicleError.INVALID_VALUE,
                    invalid.getMessage() + " (" + invalid.code() + ")"));
        }
    }

    /** The entry's explicit {@code id}, or null; one that cannot be part of a key is an error. */
    private static String explicitId(ObjectSpan span, List<ChronicleError> errors) {
        Member id = span.member("id");
        if (id == null || id.token() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (id.token() != JsonToken.VALUE_STRING || id.text() == null || id.text().isBlank()
                || id.text().contains("/") || !id.text().strip().equals(id.text())) {
            errors.add(new ChronicleError(id.valueLocation(), ChronicleError.INVALID_VALUE, "an entry's id is a"
                    + " word of its own, without a slash or surrounding spaces, e.g. \"arrival\""));
            return null;
        }
        return id.text();
    }

    /**
     * The note and alternative claims written beside a command; null when they are refused (the error added), e.g.
     * an alternative about a field the command does not have.
     */
    private Annotations annotations(ObjectSpan span, Object command, Readers readers, List<ChronicleError> errors) {
        if (ChronicleAnnotations.MEMBERS.stream().allMatch(member -> span.member(member) == null)) {
            return Annotations.NONE;
        }
        ChronicleAnnotations read = bind(span, ChronicleAnnotations.class, readers, errors);
        if (read == null) {
            return null;
        }
        Annotations annotations = read.annotations();
        if (command != null) {
            try {
                annotations.checkFieldsOf(command);
            } catch (InvalidValue invalid) {
                errors.add(new ChronicleError(span.member("alternatives").valueLocation(),
                        ChronicleError.INVALID_VALUE, invalid.getMessage() + " (" + invalid.code() + ")"));
                return null;
            }
        }
        return annotations;
    }

    /** The declared sources by id; a declaration that is refused keeps its id, with no source. */
    private Map<String, Source> declare(List<ObjectSpan> spans, boolean document, List<ChronicleError> errors) {
        Map<String, Source> declared = new HashMap<>();
        Map<String, Location> declaredAt = new HashMap<>();
        Readers noSources = new Readers(Map.of());
        // Bound in parallel chunks, as commands are (a long chronicle declares thousands); the ids are then checked
        // in the order written, so that "first declared at" names the first.
        int chunks = (spans.size() + CHUNK - 1) / CHUNK;
        IntStream indexes = IntStream.range(0, chunks);
        List<DeclaredSourceRead> bound = (chunks > 1 ? indexes.parallel() : indexes)
                .mapToObj(chunk -> spans.subList(chunk * CHUNK, Math.min(spans.size(), (chunk + 1) * CHUNK)).stream()
                        .map(span -> declaredSource(span, noSources)).toList())
                .flatMap(List::stream)
                .toList();
        for (int i = 0; i < spans.size(); i++) {
            ObjectSpan span = spans.get(i);
            DeclaredSourceRead read = bound.get(i);
            Member type = span.member("type");
            if (document && type != null) {
                errors.add(new ChronicleError(type.nameLocation(), ChronicleError.UNKNOWN_FIELD,
                        "unknown field 'type' in a declared source; known fields: "
                                + knownFields(DeclaredSource.class, false)));
            }
            errors.addAll(read.errors());
            DeclaredSource source = read.source();
            String id = source != null ? source.id() : span.string("id") == null ? null : span.string("id").strip();
            if (id == null || id.isEmpty()) {
                continue;
            }
            Location first = declaredAt.putIfAbsent(id, span.member("id").valueLocation());
            if (first != null) {
                errors.add(new ChronicleError(span.member("id").valueLocation(), ChronicleError.DUPLICATE_SOURCE,
                        "source '" + id + "' is declared twice; it was first declared at " + first));
            } else {
                declared.put(id, source == null ? null : source.source());
            }
        }
        return declared;
    }

    private DeclaredSourceRead declaredSource(ObjectSpan span, Readers noSources) {
        List<ChronicleError> errors = new ArrayList<>(0);
        return new DeclaredSourceRead(bind(span, DeclaredSource.class, noSources, errors), errors);
    }

    /** A declared source as bound (null when refused), with the errors binding it gave. */
    private record DeclaredSourceRead(DeclaredSource source, List<ChronicleError> errors) {
    }

    private Class<?> commandType(ObjectSpan span, boolean document, List<ChronicleError> errors) {
        Member type = span.member("type");
        if (type == null || type.token() == JsonToken.VALUE_NULL) {
            errors.add(new ChronicleError(span.location(), ChronicleError.MISSING_TYPE,
                    "the command has no \"type\"; known types: " + String.join(", ", types.knownNames())));
            return null;
        }
        if (type.token() != JsonToken.VALUE_STRING) {
            errors.add(new ChronicleError(type.valueLocation(), ChronicleError.WRONG_TYPE,
                    "type must be a string naming the command, e.g. \"ScheduleVisit\", found "
                            + JsonText.describe(type.token())));
            return null;
        }
        Class<?> found = types.find(type.text());
        if (found == null) {
            String message = document && "Source".equals(type.text())
                    ? "'Source' is not a command: declare sources in the chronicle's \"sources\" array"
                    : "unknown command type '" + type.text() + "'; did you mean '" + types.closest(type.text())
                            + "'? Known types: " + String.join(", ", types.knownNames());
            errors.add(new ChronicleError(type.valueLocation(), ChronicleError.UNKNOWN_COMMAND_TYPE, message));
        }
        return found;
    }

    private <T> T bind(ObjectSpan span, Class<T> type, Readers readers, List<ChronicleError> errors) {
        try {
            return readers.of(type).readValue(span.text());
        } catch (JsonProcessingException refused) {
            ChronicleError error = translate(refused, span);
            if (error != null) {
                errors.add(error);
            }
            return null;
        }
    }

    private ChronicleError translate(JsonProcessingException refused, ObjectSpan span) {
        Location reported = JsonText.shift(span.location(), refused.getLocation());
        if (refused instanceof ChronicleMappingException own) {
            return own.code() == null ? null : new ChronicleError(reported, own.code(), own.getOriginalMessage());
        }
        if (!(refused instanceof JsonMappingException mapping)) {
            // The span was valid JSON in the scan; only a stricter parser setting (a repeated field) gets here.
            return refused instanceof JsonParseException
                    ? new ChronicleError(reported, ChronicleError.MALFORMED,
                            "not valid JSON: " + JsonText.syntaxMessage(refused, span.location()))
                    : new ChronicleError(reported, ChronicleError.INVALID_VALUE,
                            JsonText.syntaxMessage(refused, span.location()));
        }
        List<Reference> path = mapping.getPath();
        String where = describe(path);
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            Found field = locate(span, path);
            return unknownField(field.found() ? field.name() : reported, unknown.getPropertyName(),
                    unknown.getReferringClass(), parent(path));
        }
        if (mapping instanceof ValueInstantiationException instantiation) {
            Class<?> type = instantiation.getType() == null ? null : instantiation.getType().getRawClass();
            ChronicleError misspelled = firstUnknownField(span, path, type);
            if (misspelled != null) {
                return misspelled;
            }
            Location object = locate(span, path).value();
            if (instantiation.getCause() instanceof InvalidValue invalid) {
                return MISSING.contains(invalid.code())
                        ? new ChronicleError(object, ChronicleError.MISSING_FIELD, invalid.getMessage())
                        : new ChronicleError(object, ChronicleError.INVALID_VALUE,
                                invalid.getMessage() + " (" + invalid.code() + ")");
            }
            Throwable cause = instantiation.getCause();
            return new ChronicleError(object, ChronicleError.INVALID_VALUE,
                    String.valueOf(cause == null ? instantiation.getOriginalMessage() : cause.getMessage()));
        }
        if (mapping instanceof InvalidTypeIdException typeId) {
            Found object = locate(span, path);
            if (object.found() && object.token() != JsonToken.START_OBJECT) {
                return new ChronicleError(object.value(), ChronicleError.WRONG_TYPE,
                        (where.isEmpty() ? "the rule" : where) + " must be an object with a \"type\", one of: "
                                + String.join(", ", ruleTypes));
            }
            if (typeId.getTypeId() == null) {
                return new ChronicleError(object.value(), ChronicleError.MISSING_FIELD,
                        (where.isEmpty() ? "the rule" : where) + " needs a \"type\", one of: "
                                + String.join(", ", ruleTypes));
            }
            List<Reference> typePath = new ArrayList<>(path);
            typePath.add(new Reference(null, "type"));
            Found typeValue = locate(span, typePath);
            return new ChronicleError(typeValue.found() ? typeValue.value() : object.value(),
                    ChronicleError.INVALID_VALUE, "'" + typeId.getTypeId() + "' is not a rule of entry into force; "
                            + "accepted: " + String.join(", ", ruleTypes));
        }
        if (mapping instanceof InvalidFormatException format) {
            if (format.getTargetType() == Integer.TYPE || format.getTargetType() == Integer.class) {
                return new ChronicleError(reported, ChronicleError.INVALID_VALUE, (where.isEmpty() ? "the value"
                        : where) + " must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                        + ", found " + format.getValue());
            }
            if (format.getCause() instanceof InvalidValue invalid) {
                return new ChronicleError(reported, ChronicleError.INVALID_VALUE,
                        invalid.getMessage() + " (" + invalid.code() + ")");
            }
            return new ChronicleError(reported, ChronicleError.INVALID_VALUE, format.getOriginalMessage());
        }
        if (mapping instanceof MismatchedInputException mismatch) {
            Found value = locate(span, path);
            if (!value.found()) {
                Object owner = path.isEmpty() ? null : path.get(path.size() - 1).getFrom();
                ChronicleError misspelled = firstUnknownField(span, parent(path),
                        owner instanceof Class<?> type ? type : owner == null ? null : owner.getClass());
                return misspelled != null ? misspelled
                        : new ChronicleError(value.value(), ChronicleError.MISSING_FIELD, where + " is required");
            }
            return new ChronicleError(value.value(), ChronicleError.WRONG_TYPE, (where.isEmpty() ? "the value" : where)
                    + " must be " + expected(mismatch.getTargetType()) + ", found "
                    + JsonText.describe(value.token(), value.text()));
        }
        return new ChronicleError(reported, ChronicleError.INVALID_VALUE, mapping.getOriginalMessage());
    }

    /** The readers of one chronicle, by type: each resolves source ids against the chronicle's declared sources. */
    private final class Readers {

        private final Map<String, Source> declared;
        // Chunks of commands are bound in parallel.
        private final Map<Class<?>, ObjectReader> byType = new ConcurrentHashMap<>();

        Readers(Map<String, Source> declared) {
            this.declared = declared;
        }

        ObjectReader of(Class<?> type) {
            return byType.computeIfAbsent(type,
                    any -> mapper.readerFor(any).withAttribute(ChronicleModule.DECLARED_SOURCES, declared)
                            .withAttribute(ChronicleModule.PARTIAL_DATES, dateAsWritten(any) != null));
        }
    }

    /** The component keeping a command's date as written, or null for a command dated by exact days only. */
    private static RecordComponent dateAsWritten(Class<?> type) {
        // Asked for every command read: the components are looked up once per class (reflection copies them).
        return DATE_AS_WRITTEN.get(type).orElse(null);
    }

    private static final ClassValue<Optional<RecordComponent>> DATE_AS_WRITTEN = new ClassValue<>() {
        @Override
        protected Optional<RecordComponent> computeValue(Class<?> type) {
            return Optional.ofNullable(findDateAsWritten(type));
        }
    };

    private static RecordComponent findDateAsWritten(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> component.getName().equals("dateAsWritten")
                        && component.getType() == WrittenDate.class)
                .findFirst().orElse(null);
    }

    /**
     * The command with the date its {@code occurredOn} gives in part ("1992-06", "1991~") kept as written: Jackson read
     * that field as the day the fact is known from, and the command's other components stay as bound.
     */
    private static Object keepDateAsWritten(Object command, ObjectSpan span) {
        Member occurredOn = span.member("occurredOn");
        if (command == null || occurredOn == null || occurredOn.token() != JsonToken.VALUE_STRING
                || isDay(occurredOn.text())) {
            return command;
        }
        RecordComponent written = dateAsWritten(command.getClass());
        if (written == null) {
            return command;
        }
        RecordComponent[] components = command.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getName().equals(written.getName()) ? WrittenDate.parse(occurredOn.text())
                        : components[i].getAccessor().invoke(command);
            }
            return command.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException impossible) {
            // The record was just built with these very values; its canonical constructor accepts them again.
            throw new IllegalStateException("cannot keep the written date of a " + command.getClass().getSimpleName(),
                    impossible);
        }
    }

    /** Whether {@code text} is a whole day, yyyy-MM-dd in ASCII digits (checked for every command, so not a regex). */
    static boolean isDay(String text) {
        return IsoDay.hasDayShape(text);
    }

    /** Where a value is: found, the location of its member name and of its value, and its first token. */
    private record Found(boolean found, Location name, Location value, JsonToken token, String text) {
    }

    /**
     * The first member of the object at {@code path} that {@code type} does not have. Jackson binds a record before it
     * reports unknown members, so a misspelled field first shows as a missing one: the misspelling is the better
     * error.
     */
    private ChronicleError firstUnknownField(ObjectSpan span, List<Reference> path, Class<?> type) {
        if (type == null || !type.isRecord()) {
            return null;
        }
        Set<String> known = Set.copyOf(fields(type, true));
        Location origin = span.location();
        try (JsonParser parser = factory.createParser(span.text())) {
            parser.nextToken();
            if (!walk(parser, path) || parser.currentToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if (!known.contains(parser.currentName())) {
                    return unknownField(JsonText.shift(origin, parser.currentTokenLocation()), parser.currentName(),
                            type, path);
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return null;
        } catch (IOException unreadable) {
            return null;
        }
    }

    private ChronicleError unknownField(Location location, String name, Class<?> type,
                                               List<Reference> objectPath) {
        return new ChronicleError(location, ChronicleError.UNKNOWN_FIELD, "unknown field '" + name + "' in "
                + owner(type, objectPath) + "; known fields: " + knownFields(type, true));
    }

    private static List<Reference> parent(List<Reference> path) {
        return path.isEmpty() ? path : path.subList(0, path.size() - 1);
    }

    /** Moves the parser, at the span's first token, to the value at {@code path}; false when a step is missing. */
    private static boolean walk(JsonParser parser, List<Reference> path) throws IOException {
        for (Reference step : path) {
            if (step(parser, step) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves the parser from an object or array to the value of one step of a path; returns where the step's member
     * name (or array element) is, or null when there is none.
     */
    private static JsonLocation step(JsonParser parser, Reference step) throws IOException {
        if (step.getFieldName() != null && parser.currentToken() == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean match = step.getFieldName().equals(parser.currentName());
                JsonLocation name = parser.currentTokenLocation();
                parser.nextToken();
                if (match) {
                    return name;
                }
                parser.skipChildren();
            }
        } else if (step.getIndex() >= 0 && parser.currentToken() == JsonToken.START_ARRAY) {
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (index++ == step.getIndex()) {
                    return parser.currentTokenLocation();
                }
                parser.skipChildren();
            }
        }
        return null;
    }

    /**
     * Follows a Jackson path in the span. When the last step is missing, the result is not found and points at the
     * object or array that lacks it.
     */
    private Found locate(ObjectSpan span, List<Reference> path) {
        Location origin = span.location();
        try (JsonParser parser = factory.createParser(span.text())) {
            parser.nextToken();
            Location name = origin;
            Location value = origin;
            for (Reference next : path) {
                JsonLocation found = step(parser, next);
                if (found == null) {
                    return new Found(false, value, value, null, null);
                }
                name = JsonText.shift(origin, found);
                value = JsonText.shift(origin, parser.currentTokenLocation());
            }
            JsonToken token = parser.currentToken();
            return new Found(true, name, value, token, token != null && token.isScalarValue() ? parser.getText() : null);
        } catch (IOException unreadable) {
            return new Found(false, origin, origin, null, null);
        }
    }

    /** "guest.office", "signatures[0].party": a path as a person reads it. */
    private static String describe(List<Reference> path) {
        StringBuilder where = new StringBuilder();
        for (Reference step : path) {
            if (step.getFieldName() != null) {
                where.append(where.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                where.append('[').append(step.getIndex()).append(']');
            }
        }
        return where.toString();
    }

    /** The object a field belongs to, for messages: "ScheduleVisit", "guest (Dignitary)", "a source". */
    private String owner(Class<?> type, List<Reference> objectPath) {
        if (type == InlineSource.class) {
            return "a source";
        }
        if (type == DeclaredSource.class) {
            return "a declared source";
        }
        if (type != null && types.find(type.getSimpleName()) == type) {
            return type.getSimpleName();
        }
        String where = describe(objectPath);
        String name = type == null ? "the object" : type.getSimpleName();
        return where.isEmpty() ? name : where + " (" + name + ")";
    }

    /** The fields a chronicle object of this type may have: its record components, and "type" where it is read. */
    private List<String> fields(Class<?> type, boolean withType) {
        if (type == null || !type.isRecord()) {
            return List.of();
        }
        Stream<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName);
        boolean command = types.find(type.getSimpleName()) == type;
        boolean typed = withType && (command || type == DeclaredSource.class
                || EntryIntoForceRule.class.isAssignableFrom(type));
        Stream<String> fields = typed ? Stream.concat(Stream.of("type"), components) : components;
        return (command ? Stream.concat(fields, ChronicleAnnotations.MEMBERS.stream()) : fields).toList();
    }

    private String knownFields(Class<?> type, boolean withType) {
        List<String> fields = fields(type, withType);
        return fields.isEmpty() ? "(none)" : String.join(", ", fields);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.TYPE || type == Integer.class) {
            return "a whole number";
        }
        if (type == Boolean.TYPE || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date string, yyyy-MM-dd";
        }
        if (type == Period.class) {
            return "an ISO-8601 period string, e.g. P5Y";
        }
        if (type == URI.class) {
            return "an http(s) address string";
        }
        if (type == Source.class) {
            return "the id of a declared source or a source object";
        }
        if (type == Country.class) {
            return "a country code string, e.g. \"PK\"";
        }
        if (type == Dyad.class) {
            return "a pair of country codes as a string, e.g. \"AZ-PK\"";
        }
        if (type == VisitId.class || type == AgreementId.class || type == MeetingId.class) {
            return "an id string";
        }
        if (type == Area.class || type == PartnershipLevel.class || type == Sector.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "a string, one of: " + String.join(", ", ChronicleModule.canonicalNames(type));
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == EntryIntoForceRule.class) {
            return "an object with a \"type\"";
        }
        return "an object";
    }
}
