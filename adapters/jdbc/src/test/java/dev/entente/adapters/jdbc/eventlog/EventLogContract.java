package dev.entente.adapters.jdbc.eventlog;

import static dev.entente.domain.fixtures.Countries.AZ;
import static dev.entente.domain.fixtures.Countries.PK;
import static dev.entente.domain.fixtures.Countries.TR;
import static dev.entente.domain.fixtures.People.ALIYEV;
import static dev.entente.domain.fixtures.People.AZ_MINISTER;
import static dev.entente.domain.fixtures.People.PK_MINISTER;
import static dev.entente.domain.fixtures.People.SHARIF;
import static dev.entente.domain.fixtures.Sources.CITED;
import static dev.entente.domain.fixtures.Sources.SEED_ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entente.adapters.jdbc.JdbcStorage;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.JsonSerialization;
import dev.entente.adapters.json.StoredNameSerializer;
import dev.entente.application.spi.AppliedCommand;
import dev.entente.application.spi.StorageSettings;
import dev.entente.domain.agreement.AgreementConcluded;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.agreement.AgreementSigned;
import dev.entente.domain.agreement.EntryIntoForceRule;
import dev.entente.domain.agreement.InstrumentKind;
import dev.entente.domain.agreement.Signature;
import dev.entente.domain.relationship.DiplomaticRelationsEstablished;
import dev.entente.domain.relationship.Relationship;
import dev.entente.domain.shared.Area;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Sector;
import dev.entente.domain.visit.GuestArrived;
import dev.entente.domain.visit.GunSalute;
import dev.entente.domain.visit.Honours;
import dev.entente.domain.visit.VisitId;
import dev.entente.domain.visit.VisitKind;
import dev.entente.domain.visit.VisitScheduled;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the event log promises on every database the JDBC storage supports; each database runs it in a subclass that
 * opens new, empty stores.
 */
abstract class EventLogContract {

    static final String HEADER = "{\"format\":\"entente-event-log/2\"}";
    /** The header of format 1, which this version still reads: events only, no end marker. */
    static final String HEADER_1 = "{\"format\":\"entente-event-log/1\"}";
    static final AgreementId TREATY = AgreementId.of("az-pk-preferential-trade-2024");
    static final VisitId VISIT = VisitId.of("aliyev-pakistan-2024");
    static final Dyad AZ_TR = Dyad.of(AZ, TR);
    static final LocalDate DAY = LocalDate.of(2024, 7, 11);
    static final Instant RECORDED = Instant.parse("2024-07-11T10:00:00.123Z");
    static final Map<String, String> META_DATA = Map.of("correlationId", "chronicle-7", "desk", "Gəncə");

    /** agreement.signed as revision 1 stored it, before signatures named their party. */
    static final String SIGNED_REVISION_1 = "{\"agreementId\":\"az-pk-preferential-trade-2024\","
            + "\"occurredOn\":\"2024-07-11\",\"place\":\"Prime Minister's House, Islamabad\",\"signatories\":["
            + "{\"name\":\"Mikayil Jabbarov\",\"office\":\"MINISTER\",\"country\":\"AZ\"},"
            + "{\"name\":\"Jam Kamal Khan\",\"office\":\"MINISTER\",\"country\":\"PK\"}],"
            + "\"duringVisit\":\"aliyev-pakistan-2024\",\"sources\":[{\"title\":\"Azerbaijani President Ilham "
            + "Aliyev's recent visit to Pakistan\",\"publisher\":\"seed article (outlet not named)\","
            + "\"published\":\"2024-07-13\"}]}";

    private final List<JdbcStorage> opened = new ArrayList<>();

    /** A store on a new, empty database of this test's kind. */
    protected abstract JdbcStorage openEmptyStore();

    @AfterEach
    void closeStores() {
        opened.forEach(JdbcStorage::close);
    }

    JdbcStorage emptyStore() {
        JdbcStorage store = openEmptyStore();
        opened.add(store);
        return store;
    }

    static StorageSettings settings(EventUpcaster upcasters) {
        return new StorageSettings(new StoredNameSerializer(), new JsonSerialization().snapshots(), upcasters,
                SnapshotFilter.allowAll());
    }

    static EventStorageEngine engine(JdbcStorage store) {
        return store.eventStorage(settings(NoOpEventUpcaster.INSTANCE));
    }

    static DomainEventMessage<?> message(String type, String aggregateId, long sequence, Object payload, int second) {
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, META_DATA,
                UUID.randomUUID().toString(), RECORDED.plusSeconds(second));
    }

    static AgreementConcluded concluded() {
        return new AgreementConcluded(TREATY, LocalDate.of(2024, 7, 10), "Preferential trade, Türkiye observing",
                InstrumentKind.AGREEMENT, List.of(AZ, PK), List.of(Sector.TRADE), List.of(Area.of("agriculture")),
                EntryIntoForceRule.daysAfterLastRatification(30), Period.ofYears(5), null, CITED);
    }

    static AgreementSigned signed() {
        return new AgreementSigned(TREATY, DAY, "Gəncə", List.of(Signature.by(AZ_MINISTER), Signature.forParty(PK)),
                VISIT, CITED);
    }

    static VisitScheduled scheduled(VisitId visit) {
        return new VisitScheduled(visit, LocalDate.of(2024, 7, 8), ALIYEV, PK, VisitKind.STATE, DAY,
                DAY.plusDays(1), CITED);
    }

    static GuestArrived arrived(VisitId visit, LocalDate on) {
        return new GuestArrived(visit, on, "Nur Khan Airbase", List.of(SHARIF),
                new Honours(true, GunSalute.of(21), true, List.of("flypast")), CITED);
    }

    /** Three aggregates whose events interleave in global order. */
    static List<DomainEventMessage<?>> history() {
        return List.of(
                message("Agreement", TREATY.aggregateId(), 0, concluded(), 0),
                message("Visit", VISIT.aggregateId(), 0, scheduled(VISIT), 1),
                message("Agreement", TREATY.aggregateId(), 1, signed(), 2),
                message("Visit", VISIT.aggregateId(), 1, arrived(VISIT, DAY), 3),
                message("Relationship", Relationship.aggregateIdOf(AZ_TR), 0,
                        new DiplomaticRelationsEstablished(AZ_TR, LocalDate.of(1992, 1, 14), CITED), 4));
    }

    static JdbcStorage withHistory(JdbcStorage store, List<DomainEventMessage<?>> history) {
        engine(store).appendEvents(history);
        return store;
    }

    static byte[] export(JdbcStorage store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventLog.export(store, out);
        return out.toByteArray();
    }

    static ImportReport importInto(JdbcStorage store, byte[] log) {
        return EventLog.importInto(store, new ByteArrayInputStream(log));
    }

    static byte[] log(String... lines) {
        StringBuilder log = new StringBuilder();
        for (String line : lines) {
            log.append(line).append('\n');
        }
        return log.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A valid event line of {@code agreement:treaty}. */
    static String line(String eventId, long sequence) {
        return line(eventId, "agreement:treaty", sequence);
    }

    static String line(String eventId, String aggregateId, long sequence) {
        return "{\"eventId\":\"" + eventId + "\",\"aggregateType\":\"Agreement\",\"aggregateId\":\"" + aggregateId
                + "\",\"sequence\":" + sequence + ",\"recordedAt\":\"2024-07-11T10:00:00.123Z\","
                + "\"name\":\"agreement.concluded\",\"revision\":\"1\",\"payload\":" + payloadOf(aggregateId) + ","
                + "\"metaData\":{}}";
    }

    /** The stored JSON of the conclusion of the agreement {@code aggregateId} ({@code agreement:…}). */
    static String payloadOf(String aggregateId) {
        AgreementConcluded concluded = new AgreementConcluded(AgreementId.of(aggregateId.substring(
                "agreement:".length())), LocalDate.of(2024, 7, 10), "Gəncə", InstrumentKind.AGREEMENT,
                List.of(AZ, PK), List.of(Sector.TRADE), List.of(Area.of("agriculture")),
                EntryIntoForceRule.daysAfterLastRatification(30), Period.ofYears(5), null, CITED);
        return new String(new StoredNameSerializer().serialize(concluded, byte[].class).getData(),
                StandardCharsets.UTF_8);
    }

    /** A log in format 2: the header, the lines, and the end marker that fits them. */
    static byte[] log2(String... lines) {
        List<String> all = new ArrayList<>(List.of(HEADER));
        all.addAll(List.of(lines));
        long commands = Arrays.stream(lines).filter(line -> line.startsWith("{\"command\"")).count();
        byte[] body = log(all.toArray(String[]::new));
        return log(concat(all, endMarker(lines.length - commands, commands, sha256(body))));
    }

    static String endMarker(long events, long commands, String sha256) {
        return "{\"end\":\"entente-event-log/2\",\"events\":" + events + ",\"commands\":" + commands
                + ",\"sha256\":\"" + sha256 + "\"}";
    }

    static String[] concat(List<String> lines, String last) {
        List<String> all = new ArrayList<>(lines);
        all.add(last);
        return all.toArray(String[]::new);
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Tuple> asStored(List<? extends DomainEventMessage<?>> events) {
        return events.stream().map(event -> new Tuple(event.getIdentifier(), event.getType(),
                event.getAggregateIdentifier(), event.getSequenceNumber(), event.getTimestamp(),
                event.getPayloadType(), event.getPayload(), Map.copyOf(event.getMetaData()))).toList();
    }

    static List<? extends DomainEventMessage<?>> read(EventStorageEngine engine, String aggregateId) {
        return engine.readEvents(aggregateId).asStream().toList();
    }

    static long count(JdbcStorage store, String table) {
        try (Connection connection = store.transactionManager().getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long events(JdbcStorage store) {
        return count(store, "DomainEventEntry");
    }

    /** Writes a row as Axon would have, without going through a serializer. */
    static void insertRow(JdbcStorage store, String eventId, String aggregateId, long sequence, String name,
                          String revision, String payload, String metaData) {
        store.createEventSchema();
        try (Connection connection = store.transactionManager().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO DomainEventEntry (eventIdentifier,"
                     + " type, aggregateIdentifier, sequenceNumber, timeStamp, payloadType, payloadRevision, payload,"
                     + " metaData) VALUES (?, 'Agreement', ?, ?, '2024-07-11T10:00:00.123Z', ?, ?, ?, ?)")) {
            insert.setString(1, eventId);
            insert.setString(2, aggregateId);
            insert.setLong(3, sequence);
            insert.setString(4, name);
            insert.setString(5, revision);
            insert.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
            insert.setBytes(7, metaData == null ? null : metaData.getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored columns of every event row, in global order, with payload and metadata as text. */
    static List<List<String>> rows(JdbcStorage store) {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = store.transactionManager().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT eventIdentifier, type,"
                     + " aggregateIdentifier, sequenceNumber, timeStamp, payloadType, payloadRevision, payload,"
                     + " metaData FROM DomainEventEntry ORDER BY globalIndex");
             ResultSet result = select.executeQuery()) {
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= 7; column++) {
                    row.add(result.getString(column));
                }
                row.add(new String(result.getBytes(8), StandardCharsets.UTF_8));
                byte[] metaData = result.getBytes(9);
                row.add(metaData == null ? null : new String(metaData, StandardCharsets.UTF_8));
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static List<String> lines(byte[] log) {
        String text = new String(log, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    static JsonNode json(String line) {
        try {
            return EntenteJson.mapper().readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Nested
    class RoundTrip {

        @Test
        void exportImportExportGivesTheSameBytesAndTheSameHistory() {
            List<DomainEventMessage<?>> history = history();
            JdbcStorage source = withHistory(emptyStore(), history);
            byte[] exported = export(source);

            JdbcStorage target = emptyStore();
            ImportReport report = importInto(target, exported);

            assertThat(report).isEqualTo(new ImportReport(5, 3));
            assertThat(export(target)).isEqualTo(exported);
            EventStorageEngine imported = engine(target);
            for (String aggregateId : List.of(TREATY.aggregateId(), VISIT.aggregateId(),
                    Relationship.aggregateIdOf(AZ_TR))) {
                List<DomainEventMessage<?>> originals = history.stream()
                        .filter(event -> event.getAggregateIdentifier().equals(aggregateId)).toList();
                assertThat(asStored(read(imported, aggregateId)))
                        .isEqualTo(asStored(read(engine(source), aggregateId)))
                        .isEqualTo(asStored(originals));
            }
            assertThat(rows(target)).isEqualTo(rows(source));
        }

        @Test
        void anEventOfAnOldRevisionIsExportedAndImportedUnchanged() {
            JdbcStorage source = emptyStore();
            insertRow(source, "signed-in-2024", TREATY.aggregateId(), 0, "agreement.signed", "1",
                    SIGNED_REVISION_1, "{}");
            byte[] exported = export(source);

            JsonNode event = json(lines(exported).get(1));
            assertThat(event.get("name").textValue()).isEqualTo("agreement.signed");
            assertThat(event.get("revision").textValue()).isEqualTo("1");
            assertThat(event.get("payload").toString()).isEqualTo(SIGNED_REVISION_1);

            JdbcStorage target = emptyStore();
            importInto(target, exported);

            assertThat(rows(target)).isEqualTo(rows(source));
            assertThat(rows(target).get(0).get(7)).isEqualTo(SIGNED_REVISION_1);
            assertThat(export(target)).isEqualTo(exported);
            EventStorageEngine upcasting = target.eventStorage(settings(
                    new EventUpcasterChain(new JsonSerialization().upcasters())));
            assertThat(read(upcasting, TREATY.aggregateId())).singleElement()
                    .extracting(DomainEventMessage::getPayload)
                    .isEqualTo(new AgreementSigned(TREATY, DAY, "Prime Minister's House, Islamabad",
                            List.of(new Signature(AZ_MINISTER, AZ), new Signature(PK_MINISTER, PK)), VISIT,
                            List.of(SEED_ARTICLE)));
        }

        @Test
        void storedJsonIsCarriedAsWrittenDownToTheTextOfItsNumbers() {
            // Members the event does not know are ignored when it is read, so the numbers can ride along in it.
            String valid = payloadOf("agreement:exact");
            String payload = valid.substring(0, valid.length() - 1) + ",\"ratio\":1.50,"
                    + "\"big\":123456789012345678901234567890.000,\"tiny\":1E-7,"
                    + "\"text\":\"Gəncə \\\"quoted\\\"\\n\",\"nested\":[{\"a\":null,\"b\":true},[]]}";
            JdbcStorage source = emptyStore();
            insertRow(source, "exact", "agreement:exact", 0, "agreement.concluded", "1", payload, null);

            byte[] exported = export(source);

            assertThat(lines(exported).get(1)).contains("\"revision\":\"1\",\"payload\":" + payload
                    + ",\"metaData\":null}");
            JdbcStorage target = emptyStore();
            importInto(target, exported);
            assertThat(rows(target)).isEqualTo(rows(source));
            assertThat(export(target)).isEqualTo(exported);
        }

        @Test
        void snapshotsAreLeftOut() {
            JdbcStorage source = withHistory(emptyStore(), history());
            engine(source).storeSnapshot(new GenericDomainEventMessage<>("Agreement", TREATY.aggregateId(), 1,
                    new TreatyState("signed")));
            assertThat(count(source, "SnapshotEventEntry")).isEqualTo(1);

            byte[] exported = export(source);

            assertThat(lines(exported)).hasSize(7);
            JdbcStorage target = emptyStore();
            importInto(target, exported);
            assertThat(count(target, "SnapshotEventEntry")).isZero();
            assertThat(events(target)).isEqualTo(5);
        }

        @Test
        void aLargeHistoryRoundTrips(@TempDir Path files) throws IOException {
            JdbcStorage source = emptyStore();
            EventStorageEngine engine = engine(source);
            int visits = 2_000;
            int eventsPerVisit = 10;
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (int v = 0; v < visits; v++) {
                VisitId visit = VisitId.of("visit-" + v);
                batch.add(message("Visit", visit.aggregateId(), 0, scheduled(visit), v));
                for (int s = 1; s < eventsPerVisit; s++) {
                    batch.add(message("Visit", visit.aggregateId(), s, arrived(visit, DAY.plusDays(s)), v));
                }
                if (batch.size() >= 1_000) {
                    engine.appendEvents(batch);
                    batch.clear();
                }
            }
            engine.appendEvents(batch);
            Path first = files.resolve("first.jsonl");
            Path second = files.resolve("second.jsonl");

            long exported;
            try (OutputStream out = Files.newOutputStream(first)) {
                exported = EventLog.export(source, out);
            }
            JdbcStorage target = emptyStore();
            ImportReport report;
            try (InputStream in = Files.newInputStream(first)) {
                report = EventLog.importInto(target, in);
            }
            try (OutputStream out = Files.newOutputStream(second)) {
                EventLog.export(target, out);
            }

            assertThat(exported).isEqualTo(20_000);
            assertThat(report).isEqualTo(new ImportReport(20_000, visits));
            assertThat(events(target)).isEqualTo(20_000);
            assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
            String last = VisitId.of("visit-" + (visits - 1)).aggregateId();
            assertThat(asStored(read(engine(target), last))).isEqualTo(asStored(read(engine, last)));
        }
    }

    @Nested
    class Format {

        @Test
        void aHeaderLineThenOneLineForEachEventInGlobalOrderWithItsFieldsInOrder() {
            List<DomainEventMessage<?>> history = history();
            JdbcStorage source = withHistory(emptyStore(), history);

            List<String> lines = lines(export(source));

            assertThat(lines).hasSize(history.size() + 2);
            assertThat(lines.get(0)).isEqualTo(HEADER);
            List<List<String>> rows = rows(source);
            for (int i = 0; i < history.size(); i++) {
                String line = lines.get(i + 1);
                assertThat(line).doesNotContain("\r").doesNotEndWith(" ").doesNotStartWith(" ");
                JsonNode event = json(line);
                assertThat(event.fieldNames()).toIterable().containsExactly("eventId", "aggregateType",
                        "aggregateId", "sequence", "recordedAt", "name", "revision", "payload", "metaData");
                DomainEventMessage<?> original = history.get(i);
                assertThat(event.get("eventId").textValue()).isEqualTo(original.getIdentifier());
                assertThat(event.get("aggregateType").textValue()).isEqualTo(original.getType());
                assertThat(event.get("aggregateId").textValue()).isEqualTo(original.getAggregateIdentifier());
                assertThat(event.get("sequence").isIntegralNumber()).isTrue();
                assertThat(event.get("sequence").longValue()).isEqualTo(original.getSequenceNumber());
                assertThat(event.get("recordedAt").textValue()).isEqualTo(rows.get(i).get(4))
                        .isEqualTo(RECORDED.plusSeconds(i).toString());
                assertThat(event.get("name").textValue()).isEqualTo(rows.get(i).get(5));
                assertThat(event.get("revision").textValue()).isEqualTo(rows.get(i).get(6));
                assertThat(event.get("payload").isObject()).isTrue();
                assertThat(event.get("payload").toString()).isEqualTo(rows.get(i).get(7));
                assertThat(event.get("metaData").toString()).isEqualTo(rows.get(i).get(8));
            }
            assertThat(lines.get(1)).startsWith("{\"eventId\":\"" + history.get(0).getIdentifier()
                    + "\",\"aggregateType\":\"Agreement\",\"aggregateId\":\"agreement:az-pk-preferential-trade-2024\""
                    + ",\"sequence\":0,\"recordedAt\":\"2024-07-11T10:00:00.123Z\",\"name\":\"agreement.concluded\""
                    + ",\"revision\":\"1\",\"payload\":{");
        }

        @Test
        void textIsUtf8WithNonAsciiCharactersKeptAsThemselves() {
            byte[] exported = export(withHistory(emptyStore(), history()));

            String text = new String(exported, StandardCharsets.UTF_8);
            assertThat(text).contains("Preferential trade, Türkiye observing", "\"place\":\"Gəncə\"",
                    "\"desk\":\"Gəncə\"").doesNotContain("\\u");
            assertThat(text.getBytes(StandardCharsets.UTF_8)).isEqualTo(exported);
        }

        @Test
        void anEmptyStoreExportsOnlyTheHeader() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            long events = EventLog.export(emptyStore(), out);

            assertThat(events).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(HEADER + "\n"
                    + endMarker(0, 0, sha256(log(HEADER))) + "\n");
        }

        @Test
        void aLogOfOnlyTheHeaderImportsNothing() {
            JdbcStorage target = emptyStore();

            assertThat(importInto(target, log2())).isEqualTo(new ImportReport(0, 0));
            assertThat(importInto(emptyStore(), log(HEADER_1))).isEqualTo(new ImportReport(0, 0));
            assertThat(events(target)).isZero();
        }
    }

    @Nested
    class Refusals {

        void assertRefused(byte[] log, String code, long line) {
            JdbcStorage target = emptyStore();

            assertThatThrownBy(() -> importInto(target, log)).isInstanceOfSatisfying(EventLogException.class,
                    refused -> {
                        assertThat(refused.code()).isEqualTo(code);
                        assertThat(refused.line()).isEqualTo(line);
                        assertThat(refused.getMessage()).contains(code);
                    });
            assertThat(events(target)).isZero();
            assertThat(target.transactionManager().inTransaction()).isFalse();
        }

        @Test
        void aStoreThatHoldsEventsIsRefusedAndKeepsThem() {
            byte[] exported = export(withHistory(emptyStore(), history()));
            JdbcStorage target = withHistory(emptyStore(), List.of(message("Visit", VISIT.aggregateId(), 0,
                    scheduled(VISIT), 0)));

            assertThatThrownBy(() -> importInto(target, exported)).isInstanceOfSatisfying(EventLogException.class,
                    refused -> {
                        assertThat(refused.code()).isEqualTo(EventLogException.STORE_NOT_EMPTY);
                        assertThat(refused.line()).isZero();
                    });
            assertThat(events(target)).isEqualTo(1);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.entente.adapters.jdbc.eventlog.EventLogContract#unsupportedFormats")
        void aMissingHeaderOrAnotherVersionIsRefused(String why, byte[] log) {
            assertRefused(log, EventLogException.UNSUPPORTED_FORMAT, 1);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.entente.adapters.jdbc.eventlog.EventLogContract#malformedLogs")
        void aLineThatIsNotJsonOrIsCutShortIsRefused(String why, byte[] log, long line) {
            assertRefused(log, EventLogException.MALFORMED, line);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.entente.adapters.jdbc.eventlog.EventLogContract#invalidLines")
        void aMissingOrMistypedFieldIsRefusedByName(String field, String invalid) {
            JdbcStorage target = emptyStore();

            assertThatThrownBy(() -> importInto(target, log(HEADER_1, line("e1", 0), invalid)))
                    .isInstanceOfSatisfying(EventLogException.class, refused -> {
                        assertThat(refused.code()).isEqualTo(EventLogException.INVALID_LINE);
                        assertThat(refused.line()).isEqualTo(3);
                        assertThat(refused.field()).contains(field);
                        assertThat(refused.getMessage()).contains("field " + field);
                    });
            assertThat(events(target)).isZero();
        }

        @Test
        void aHistoryThatDoesNotStartAtZeroIsRefused() {
            assertRefused(log(HEADER_1, line("e1", "agreement:other", 0), line("e2", 1)),
                    EventLogException.SEQUENCE_GAP, 3);
        }

        @Test
        void aHistoryThatSkipsASequenceNumberIsRefused() {
            assertRefused(log(HEADER_1, line("e1", 0), line("e2", 1), line("e3", 3)),
                    EventLogException.SEQUENCE_GAP, 4);
        }

        @Test
        void aSequenceNumberTakenTwiceIsRefused() {
            assertRefused(log(HEADER_1, line("e1", 0), line("e2", 1), line("e3", 1)),
                    EventLogException.SEQUENCE_GAP, 4);
        }

        @Test
        void aRepeatedEventIdentifierIsRefusedNamingItsFirstLine() {
            JdbcStorage target = emptyStore();

            assertThatThrownBy(() -> importInto(target, log(HEADER_1, line("e1", 0), line("e2", 1),
                    line("e1", "agreement:other", 0)))).isInstanceOfSatisfying(EventLogException.class, refused -> {
                        assertThat(refused.code()).isEqualTo(EventLogException.DUPLICATE_EVENT);
                        assertThat(refused.line()).isEqualTo(4);
                        assertThat(refused.getMessage()).contains("e1", "line 2");
                    });
            assertThat(events(target)).isZero();
        }

        @Test
        void aRefusalAfterManyInsertedBatchesLeavesTheStoreEmptyAndReadyForAnotherImport() {
            List<String> lines = new ArrayList<>(List.of(HEADER_1));
            for (int i = 0; i < 1_500; i++) {
                lines.add(line("e" + i, i));
            }
            byte[] valid = log(lines.toArray(String[]::new));
            lines.add("{\"eventId\":\"cut\",\"aggregateType\":\"Agre");
            JdbcStorage target = emptyStore();

            assertThatThrownBy(() -> importInto(target, log(lines.toArray(String[]::new))))
                    .isInstanceOfSatisfying(EventLogException.class, refused -> {
                        assertThat(refused.code()).isEqualTo(EventLogException.MALFORMED);
                        assertThat(refused.line()).isEqualTo(1_502);
                    });

            assertThat(events(target)).isZero();
            assertThat(importInto(target, valid)).isEqualTo(new ImportReport(1_500, 1));
            assertThat(lines(export(target)).subList(1, 1_501)).isEqualTo(lines(valid).subList(1, 1_501));
        }
    }

    /** An event line with the given name, revision and payload, its other fields as in {@link #line}. */
    static String eventLine(String eventId, String aggregateId, long sequence, String name, String revision,
                            String payload, String metaData) {
        return "{\"eventId\":\"" + eventId + "\",\"aggregateType\":\"Visit\",\"aggregateId\":\"" + aggregateId
                + "\",\"sequence\":" + sequence + ",\"recordedAt\":\"2024-07-11T10:00:00.123Z\",\"name\":\"" + name
                + "\",\"revision\":" + (revision == null ? "null" : "\"" + revision + "\"") + ",\"payload\":"
                + payload + ",\"metaData\":" + metaData + "}";
    }

    static String scheduledPayload() {
        return new String(new StoredNameSerializer().serialize(scheduled(VISIT), byte[].class).getData(),
                StandardCharsets.UTF_8);
    }

    static String commandLine(String digest, String aggregateId, Integer events) {
        return "{\"command\":\"" + digest + "\",\"label\":\"visits.json:3:5\",\"aggregateId\":"
                + (aggregateId == null ? "null" : "\"" + aggregateId + "\"") + ",\"events\":" + events + "}";
    }

    static Map<String, String> stamped(String digest) {
        return Map.of("entente.command", digest, "desk", "Gəncə");
    }

    static DomainEventMessage<?> stampedMessage(String type, String aggregateId, long sequence, Object payload,
                                                String digest) {
        return new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, stamped(digest),
                UUID.randomUUID().toString(), RECORDED.plusSeconds(sequence));
    }

    static void assertProblems(JdbcStorage target, byte[] log, Tuple... codesAndLines) {
        assertThatThrownBy(() -> importInto(target, log)).isInstanceOfSatisfying(EventLogException.class,
                refused -> assertThat(refused.problems())
                        .extracting(EventLogException.Problem::code, EventLogException.Problem::line)
                        .containsExactly(codesAndLines));
        assertThat(events(target)).isZero();
        assertThat(count(target, "entente_applied_command")).isZero();
    }

    @Nested
    class FormatTwo {

        JdbcStorage withCommands() {
            JdbcStorage source = withHistory(emptyStore(), List.of(
                    stampedMessage("Visit", VISIT.aggregateId(), 0, scheduled(VISIT), "d-schedule"),
                    stampedMessage("Visit", VISIT.aggregateId(), 1, arrived(VISIT, DAY), "d-arrive")));
            source.commandLog().record(new AppliedCommand("d-schedule", "visits.json:1:1", VISIT.aggregateId(), 1));
            source.commandLog().record(new AppliedCommand("d-arrive", "visits.json:9:1", VISIT.aggregateId(), 1));
            // Recorded by a version that kept neither aggregate nor count.
            source.commandLog().record(AppliedCommand.of("a-older", "old.json:2:1"));
            return source;
        }

        @Test
        void appliedCommandsTravelWithTheEventsAndTheRoundTripKeepsEveryByte() {
            JdbcStorage source = withCommands();
            byte[] exported = export(source);

            JdbcStorage target = emptyStore();
            ImportReport report = importInto(target, exported);

            assertThat(report).isEqualTo(new ImportReport(2, 1, 3));
            assertThat(target.commandLog().entries()).isEqualTo(source.commandLog().entries());
            assertThat(target.commandLog().contains("d-arrive")).isTrue();
            assertThat(export(target)).isEqualTo(exported);
            assertThat(rows(target)).isEqualTo(rows(source));
        }

        @Test
        void commandsFollowTheEventsByDigestAndTheEndMarkerCountsAndDigestsEverythingBeforeIt() {
            byte[] exported = export(withCommands());

            List<String> lines = lines(exported);

            assertThat(lines).hasSize(7);
            assertThat(lines.get(3)).isEqualTo("{\"command\":\"a-older\",\"label\":\"old.json:2:1\","
                    + "\"aggregateId\":null,\"events\":null}");
            assertThat(lines.get(4)).isEqualTo("{\"command\":\"d-arrive\",\"label\":\"visits.json:9:1\","
                    + "\"aggregateId\":\"visit:aliyev-pakistan-2024\",\"events\":1}");
            assertThat(lines.get(5)).startsWith("{\"command\":\"d-schedule\"");
            String before = String.join("\n", lines.subList(0, 6)) + "\n";
            assertThat(lines.get(6)).isEqualTo(endMarker(2, 3, sha256(before.getBytes(StandardCharsets.UTF_8))));
        }

        @Test
        void aLogCutAtALineBoundaryIsRefusedAsTruncated() {
            List<String> lines = lines(export(withCommands()));

            assertProblems(emptyStore(), log(lines.subList(0, 6).toArray(String[]::new)),
                    new Tuple(EventLogException.TRUNCATED, 7L));
            assertProblems(emptyStore(), log(lines.subList(0, 2).toArray(String[]::new)),
                    new Tuple(EventLogException.TRUNCATED, 3L));
        }

        @Test
        void aChangedLineIsRefusedByTheChecksum() {
            List<String> lines = new ArrayList<>(lines(export(withCommands())));
            lines.set(2, lines.get(2).replace("Nur Khan Airbase", "Chaklala Airbase"));

            assertProblems(emptyStore(), log(lines.toArray(String[]::new)),
                    new Tuple(EventLogException.CHECKSUM_MISMATCH, 7L));
        }

        @Test
        void aMissingLineIsRefusedByTheCountAndTheChecksum() {
            List<String> lines = new ArrayList<>(lines(export(withCommands())));
            lines.remove(3);

            assertProblems(emptyStore(), log(lines.toArray(String[]::new)),
                    new Tuple(EventLogException.COUNT_MISMATCH, 6L),
                    new Tuple(EventLogException.CHECKSUM_MISMATCH, 6L));
        }

        @Test
        void aWrongCountIsRefused() {
            List<String> lines = new ArrayList<>(lines(export(withCommands())));
            lines.set(6, lines.get(6).replace("\"events\":2", "\"events\":3"));

            assertProblems(emptyStore(), log(lines.toArray(String[]::new)),
                    new Tuple(EventLogException.COUNT_MISMATCH, 7L));
        }

        @Test
        void linesOutOfTheirOrderAreRefused() {
            assertProblems(emptyStore(), log2(commandLine("c1", null, null), line("e1", 0)),
                    new Tuple(EventLogException.OUT_OF_ORDER, 3L));
            List<String> afterEnd = new ArrayList<>(lines(log2(line("e1", 0))));
            afterEnd.add(line("e2", 1));
            assertProblems(emptyStore(), log(afterEnd.toArray(String[]::new)),
                    new Tuple(EventLogException.OUT_OF_ORDER, 4L));
        }

        @Test
        void aCommandRecordedTwiceIsRefused() {
            assertProblems(emptyStore(), log2(line("e1", 0), commandLine("c1", null, null),
                    commandLine("c1", null, null)), new Tuple(EventLogException.DUPLICATE_COMMAND, 4L));
        }

        @Test
        void commandsThatDisagreeWithTheEventsDigestsAreRefused() {
            String stampedLine = eventLine("e1", VISIT.aggregateId(), 0, "visit.scheduled", "1", scheduledPayload(),
                    "{\"entente.command\":\"nowhere\"}");
            assertProblems(emptyStore(), log2(stampedLine, commandLine("c1", VISIT.aggregateId(), 2)),
                    new Tuple(EventLogException.COMMAND_MISMATCH, 2L),
                    new Tuple(EventLogException.COMMAND_MISMATCH, 3L));
        }

        @Test
        void aMistypedCommandOrEndMarkerIsRefusedByField() {
            JdbcStorage target = emptyStore();
            assertThatThrownBy(() -> importInto(target, log2(line("e1", 0),
                    "{\"command\":\"c1\",\"label\":\"\",\"aggregateId\":7,\"events\":-1,\"extra\":1}")))
                    .isInstanceOfSatisfying(EventLogException.class, refused -> assertThat(refused.problems())
                            .extracting(EventLogException.Problem::field)
                            .containsExactly("label", "aggregateId", "events", "extra"));
        }

        @Test
        void aStoreThatHoldsOnlyAppliedCommandsIsNotEmpty() {
            JdbcStorage target = emptyStore();
            target.commandLog().record(AppliedCommand.of("c1", "visits.json:1:1"));

            assertThatThrownBy(() -> importInto(target, log2(line("e1", 0))))
                    .isInstanceOfSatisfying(EventLogException.class,
                            refused -> assertThat(refused.code()).isEqualTo(EventLogException.STORE_NOT_EMPTY));
            assertThat(events(target)).isZero();
        }
    }

    @Nested
    class EveryEventIsReadBeforeAnythingIsWritten {

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.entente.adapters.jdbc.eventlog.EventLogContract#unreadableEvents")
        void anEventTheStoreCouldNotReadIsRefusedWithItsLineAndCode(String why, String name, String revision,
                                                                  String payload, String code) {
            JdbcStorage target = emptyStore();
            byte[] log = log2(line("e0", 0), eventLine("e1", VISIT.aggregateId(), 0, name, revision, payload, "{}"));

            assertProblems(target, log, new Tuple(code, 3L));
            assertThatThrownBy(() -> importInto(target, log)).hasMessageContaining("Line 3: ");
        }

        @Test
        void theSameChecksApplyToALogInFormat1() {
            assertProblems(emptyStore(), log(HEADER_1, eventLine("e1", VISIT.aggregateId(), 0, "visit.teleported",
                    "1", scheduledPayload(), "{}")), new Tuple(EventLogException.UNKNOWN_EVENT, 2L));
        }

        @Test
        void everyProblemIsReportedTogetherInTheOrderOfTheLines() {
            String payload = scheduledPayload();
            byte[] log = log2(line("e0", 0),
                    eventLine("e1", VISIT.aggregateId(), 0, "visit.teleported", "1", payload, "{}"),
                    line("e2", 2),
                    eventLine("e3", "visit:other", 0, "visit.scheduled", "1", payload.replace("\"host\":\"PK\"",
                            "\"host\":\"XX\""), "{}"),
                    "{\"eventId\":\"e4\"");

            assertThatThrownBy(() -> importInto(emptyStore(), log)).isInstanceOfSatisfying(EventLogException.class,
                    refused -> {
                        assertThat(refused.problems())
                                .extracting(EventLogException.Problem::code, EventLogException.Problem::line)
                                .containsExactly(new Tuple(EventLogException.UNKNOWN_EVENT, 3L),
                                        new Tuple(EventLogException.SEQUENCE_GAP, 4L),
                                        new Tuple(EventLogException.INVALID_PAYLOAD, 5L),
                                        new Tuple(EventLogException.MALFORMED, 6L));
                        assertThat(refused.getMessage()).startsWith("The event log is refused for 4 problems:\n")
                                .contains("Line 5: ", "XX");
                    });
        }

        @Test
        void anOldRevisionIsReadThroughTheUpcastersAndItsValuesChecked() {
            String badCountry = SIGNED_REVISION_1.replace("\"country\":\"PK\"", "\"country\":\"XX\"");
            String concluded = eventLine("e0", TREATY.aggregateId(), 0, "agreement.concluded", "1",
                    new String(new StoredNameSerializer().serialize(concluded(), byte[].class).getData(),
                            StandardCharsets.UTF_8), "{}");

            assertThat(importInto(emptyStore(), log2(concluded, eventLine("e1", TREATY.aggregateId(), 1,
                    "agreement.signed", "1", SIGNED_REVISION_1, "{}")))).isEqualTo(new ImportReport(2, 1));
            assertProblems(emptyStore(), log2(concluded, eventLine("e1", TREATY.aggregateId(), 1,
                    "agreement.signed", "1", badCountry, "{}")), new Tuple(EventLogException.INVALID_PAYLOAD, 3L));
        }
    }

    static Stream<Arguments> unreadableEvents() {
        String payload = scheduledPayload();
        return Stream.of(
                arguments("an unknown name", "visit.teleported", "1", payload, EventLogException.UNKNOWN_EVENT),
                arguments("a Java class name", "dev.entente.domain.visit.VisitScheduled", "1", payload,
                        EventLogException.UNKNOWN_EVENT),
                arguments("a later revision", "visit.scheduled", "2", payload, EventLogException.UNKNOWN_REVISION),
                arguments("no revision", "visit.scheduled", null, payload, EventLogException.UNKNOWN_REVISION),
                arguments("a revision no upcaster reads", "agreement.signed", "0", SIGNED_REVISION_1,
                        EventLogException.UNKNOWN_REVISION),
                arguments("country XX", "visit.scheduled", "1", payload.replace("\"host\":\"PK\"",
                        "\"host\":\"XX\""), EventLogException.INVALID_PAYLOAD),
                arguments("the date 'soon'", "visit.scheduled", "1", payload.replace("\"occurredOn\":\"2024-07-08\"",
                        "\"occurredOn\":\"soon\""), EventLogException.INVALID_PAYLOAD),
                arguments("no date it happened on", "visit.scheduled", "1", payload.replace(
                        "\"occurredOn\":\"2024-07-08\",", ""), EventLogException.INVALID_PAYLOAD),
                arguments("a missing id", "visit.scheduled", "1", payload.replace(
                        "\"visitId\":\"aliyev-pakistan-2024\",", ""), EventLogException.INVALID_PAYLOAD),
                arguments("another aggregate's event", "visit.scheduled", "1", payload.replace(
                        "\"visitId\":\"aliyev-pakistan-2024\"", "\"visitId\":\"another-visit\""),
                        EventLogException.INVALID_PAYLOAD),
                arguments("a kind the domain has not", "visit.scheduled", "1", payload.replace("\"kind\":\"STATE\"",
                        "\"kind\":\"SECRET\""), EventLogException.INVALID_PAYLOAD));
    }

    static Stream<Arguments> unsupportedFormats() {
        return Stream.of(
                arguments("an empty file", new byte[0]),
                arguments("a blank first line", log("", line("e1", 0))),
                arguments("no header, an event first", log(line("e1", 0))),
                arguments("a later version", log("{\"format\":\"entente-event-log/3\"}", line("e1", 0))),
                arguments("another format", log("{\"format\":\"csv\"}")),
                arguments("a header with more fields", log("{\"format\":\"entente-event-log/1\",\"by\":\"x\"}")),
                arguments("not JSON at all", log("eventId,aggregateId", "e1,agreement:treaty")));
    }

    static Stream<Arguments> malformedLogs() {
        byte[] notUtf8 = log(HEADER_1, line("e1", 0), line("e2", 1));
        int at = new String(notUtf8, StandardCharsets.UTF_8).lastIndexOf("Gəncə");
        // The lone continuation byte stays on line 3, so that the fault is blamed on that line.
        notUtf8[new String(notUtf8, StandardCharsets.UTF_8).substring(0, at).getBytes(StandardCharsets.UTF_8)
                .length] = (byte) 0x80;
        byte[] noFinalNewline = log(HEADER_1, line("e1", 0), line("e2", 1));
        return Stream.of(
                arguments("a line cut short", log(HEADER_1, line("e1", 0), "{\"eventId\":\"e2\",\"aggregateType\":\"Agr"),
                        3L),
                arguments("a line cut short after a wrong field",
                        log(HEADER_1, "{\"eventId\":7,\"aggregateType\":\"Agr"), 2L),
                arguments("the last newline missing", Arrays.copyOf(noFinalNewline, noFinalNewline.length - 1), 3L),
                arguments("not JSON", log(HEADER_1, line("e1", 0), "hello"), 3L),
                arguments("a blank line", log(HEADER_1, "", line("e1", 0)), 2L),
                arguments("an array", log(HEADER_1, "[1,2]"), 2L),
                arguments("two objects on one line", log(HEADER_1, line("e1", 0) + line("e2", 1)), 2L),
                arguments("bytes that are not UTF-8", notUtf8, 3L));
    }

    static Stream<Arguments> invalidLines() {
        String valid = line("e2", 1);
        return Stream.of(
                arguments("sequence", valid.replace("\"sequence\":1,", "")),
                arguments("eventId", valid.replace("\"eventId\":\"e2\",", "")),
                arguments("payload", valid.replace(",\"payload\":" + payloadOf("agreement:treaty"), "")),
                arguments("sequence", valid.replace("\"sequence\":1", "\"sequence\":\"1\"")),
                arguments("sequence", valid.replace("\"sequence\":1", "\"sequence\":-1")),
                arguments("sequence", valid.replace("\"sequence\":1", "\"sequence\":1.0")),
                arguments("eventId", valid.replace("\"eventId\":\"e2\"", "\"eventId\":null")),
                arguments("name", valid.replace("\"name\":\"agreement.concluded\"", "\"name\":\"\"")),
                arguments("aggregateId", valid.replace("\"aggregateId\":\"agreement:treaty\"", "\"aggregateId\":{}")),
                arguments("revision", valid.replace("\"revision\":\"1\"", "\"revision\":1")),
                arguments("recordedAt", valid.replace("2024-07-11T10:00:00.123Z", "yesterday")),
                arguments("payload", valid.replace(payloadOf("agreement:treaty"), "\"{}\"")),
                arguments("metaData", valid.replace("\"metaData\":{}", "\"metaData\":[]")),
                arguments("globalIndex", valid.replace("{\"eventId\"", "{\"globalIndex\":2,\"eventId\"")),
                arguments("name", valid.replace("\"revision\"", "\"name\":\"again\",\"revision\"")));
    }

    /** A snapshot payload, for the snapshot table only. */
    record TreatyState(String status) {
    }
}
