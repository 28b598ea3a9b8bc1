package dev.entente.adapters.jdbc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.entente.adapters.json.StreamingEventDecoder;
import dev.entente.adapters.json.StreamingRecordReader;
import dev.entente.application.projection.ReadModelEventHandler;
import dev.entente.application.projection.RecordsFromEvents;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.readmodel.RelationshipFact;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.AggregateRow;
import dev.entente.application.spi.EventRow;
import dev.entente.application.spi.EventRowDecoder;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.StoredEventIndex;
import dev.entente.domain.shared.Source;
import dev.entente.domain.visit.VisitId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.SerializationException;

/**
 * Read models as rows (ADR 0010), the records and timeline entries folded from the event table when read (ADR 0029):
 * {@code entente_rm_record} (each visit, agreement and multilateral meeting: its aggregate and the global index of the
 * last of its events the read models folded), {@code entente_rm_relationship_fact} (one row per relationship event,
 * appended), {@code entente_rm_link} (dyad to visit, agreement or meeting), {@code entente_rm_party} (party to
 * agreement, with its date of conclusion) and {@code entente_rm_timeline} (dyad, date and global index of each entry),
 * each with the columns its queries filter on indexed. A record is what {@link RecordsFromEvents} folds from its
 * aggregate's events up to that index, an entry what it makes of its event: the rows a question reads name them, and
 * nothing else is read. {@code entente_rm_schema} holds the version of this layout; read models of an older layout
 * are dropped and rebuilt from the history. Every call takes its connection from the {@link ConnectionProvider}, so
 * that it joins the transaction open on the thread.
 */
public final class JdbcReadModelStore implements ReadModelStore {

    private static final String VISIT = "visit";
    private static final String AGREEMENT = "agreement";
    private static final String MEETING = "meeting";
    /** The version of the layout of the read-model tables; read models of another version are rebuilt. */
    static final int SCHEMA_VERSION = 4;

    private static final List<String> TABLES = List.of("entente_rm_timeline", "entente_rm_link", "entente_rm_party",
            "entente_rm_relationship_fact", "entente_rm_record");
    /** Tables of earlier layouts, dropped with the rest when the read models are rebuilt. */
    private static final List<String> EARLIER_TABLES = List.of("entente_rm_document");
    /** The columns of an event's row a fold reads, {@code e} the event table. */
    private static final String EVENT_COLUMNS;
    private static final String EVENTS;
    private static final String AGGREGATE;
    private static final String POSITION;
    private static final String SEQUENCE;

    static {
        EventSchema schema = new EventSchema();
        EVENTS = schema.domainEventTable();
        AGGREGATE = "e." + schema.aggregateIdentifierColumn();
        POSITION = "e." + schema.globalIndexColumn();
        SEQUENCE = "e." + schema.sequenceNumberColumn();
        EVENT_COLUMNS = AGGREGATE + ", " + SEQUENCE + ", " + POSITION + ", e."
                + schema.payloadTypeColumn() + ", e." + schema.payloadRevisionColumn() + ", e."
                + schema.payloadColumn() + ", e." + schema.metaDataColumn();
    }

    /** A relationship event's class by its simple name, the {@code kind} its fact row is stored with. */
    static final Map<String, Class<?>> RELATIONSHIP_EVENTS = relationshipEvents();

    /*
     * A question's read path is written without streams and with few lambdas: a question links each once at its
     * start, which cost more than the reading (docs/adr/0034).
     */

    /**
     * From the index of stored events the build writes (ADR 0033), which a question has read already, rather than
     * from {@code getPermittedSubclasses()}, which streams; {@code RelationshipFactKindsTest} holds the two equal.
     */
    private static Map<String, Class<?>> relationshipEvents() {
        Map<String, Class<?>> byName = new HashMap<>();
        for (StoredEventIndex.Entry entry : StoredEventIndex.entries()) {
            Class<?> type = entry.type();
            if (!RelationshipEvent.class.isAssignableFrom(type)) {
                continue;
            }
            if (byName.put(type.getSimpleName(), type) != null) {
                throw new IllegalStateException("Two relationship events named " + type.getSimpleName());
            }
        }
        return Map.copyOf(byName);
    }

    private final ConnectionProvider connections;
    private final Dialect dialect;
    private final Supplier<ObjectMapper> mappers;
    /** Folds records and entries from events, read as the event storage engine reads them once it is built. */
    private volatile RecordsFromEvents records = new RecordsFromEvents(new StreamingEventDecoder());
    /** The visits and agreements read by id last, each with where its fold got to. */
    private final FoldedRecords folds = new FoldedRecords();
    private volatile ObjectMapper mapper;
    /**
     * Set once the event table is known to exist. The read-model tables are made when a storage opens, the event table
     * when an engine first asks for it, so a store cut short in between (a kill during the first start) has read-model
     * tables and no event table: nothing was folded, and every question finds nothing rather than failing.
     */
    private volatile boolean eventTableMade;
    /** The mapper rows are written with, made on the first write (a question only reads); two made at once agree. */
    private volatile ObjectMapper writer;

    public JdbcReadModelStore(ConnectionProvider connections, Dialect dialect, ObjectMapper mapper) {
        this(connections, dialect, constant(Objects.requireNonNull(mapper, "mapper")));
    }

    /**
     * With the mapper built on first need: documents are read without it where {@link StreamingRecordReader} can
     * (a question that only reads then never builds it; docs/adr/0014).
     */
    public JdbcReadModelStore(ConnectionProvider connections, Dialect dialect, Supplier<ObjectMapper> mapper) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.mappers = Objects.requireNonNull(mapper, "mapper");
    }

    /** Reads events as {@code decoder} does: the event storage engine's serializer and upcasters (ADR 0029). */
    void decodeWith(EventRowDecoder decoder) {
        records = new RecordsFromEvents(decoder);
        folds.clear();
    }

    private static Supplier<ObjectMapper> constant(ObjectMapper mapper) {
        return () -> mapper;
    }

    private ObjectMapper mapper() {
        if (mapper == null) {
            mapper = Objects.requireNonNull(mappers.get(), "mapper");
        }
        return mapper;
    }

    /**
     * Creates the tables that are absent; safe to call on every start. Read models stored in an older layout (a store
     * made before {@value #SCHEMA_VERSION}) are dropped, and the read-model processor's tokens with them, so that the
     * processor rebuilds them from the whole history as it does on a new store.
     */
    public void createSchema() {
        // H2 keeps a CLOB apart from its row and copies it through a reader on every write; a VARCHAR (up to a
        // billion characters in H2 2.x) stays in the row, which makes folding thousands of documents much faster.
        String text = dialect == Dialect.H2 ? "VARCHAR" : "TEXT";
        // SQLite has no date type; a day number sorts and compares chronologically for every LocalDate, the
        // unbounded ends of a timeline query included (as text, "+999999999-12-31" would sort first).
        String date = dialect == Dialect.SQLITE ? "INTEGER" : "DATE";
        execute(connection -> {
            boolean old = (Sql.tableExists(connection, "entente_rm_document")
                    || Sql.tableExists(connection, "entente_rm_record"))
                    && storedVersion(connection, dialect) < SCHEMA_VERSION;
            try (Statement statement = connection.createStatement()) {
                if (old) {
                    for (String table : TABLES) {
                        statement.execute("DROP TABLE IF EXISTS " + table);
                    }
                    for (String table : EARLIER_TABLES) {
                        statement.execute("DROP TABLE IF EXISTS " + table);
                    }
                    TokenSchema tokens = TokenSchema.builder().build();
                    if (Sql.tableExists(connection, tokens.tokenTable())) {
                        try (PreparedStatement delete = Sql.prepare(connection, "DELETE FROM " + tokens.tokenTable()
                                + " WHERE " + tokens.processorNameColumn() + " = ?",
                                ReadModelEventHandler.PROCESSING_GROUP)) {
                            delete.executeUpdate();
                        }
                    }
                }
                statement.execute("CREATE TABLE IF NOT EXISTS entente_rm_schema (version INTEGER NOT NULL)");
                // On SQLite a table of small rows is one B-tree keyed by the order its queries read it in (WITHOUT
                // ROWID), and a table with a JSON body keeps its rows in insertion order with one index, the key in
                // the order its queries read (ADR 0026): a body stored inside a keyed B-tree was measured dearer.
                // Every key holds the columns that made a row unique before, so a row written twice is still a no-op.
                String clustered = dialect == Dialect.SQLITE ? " WITHOUT ROWID" : "";
                // A record is folded from its aggregate's events up to event_position when read (ADR 0029).
                statement.execute("CREATE TABLE IF NOT EXISTS entente_rm_record ("
                        + "model VARCHAR(32) NOT NULL, doc_key VARCHAR(255) NOT NULL, "
                        + "aggregate_id VARCHAR(255) NOT NULL, event_position BIGINT NOT NULL, "
                        + "PRIMARY KEY (model, doc_key))" + clustered);
                statement.execute("CREATE TABLE IF NOT EXISTS entente_rm_relationship_fact ("
                        + "dyad VARCHAR(16) NOT NULL, event_position BIGINT NOT NULL, kind VARCHAR(64) NOT NULL, "
                        + "body " + text + " NOT NULL, PRIMARY KEY (dyad, event_position))");
                statement.execute("CREATE TABLE IF NOT EXISTS entente_rm_link ("
                        + "dyad VARCHAR(16) NOT NULL, model VARCHAR(32) NOT NULL, doc_key VARCHAR(255) NOT NULL, "
                        + "PRIMARY KEY (dyad, model, doc_key))" + clustered);
                // On SQLite each key is in the order its query reads, so it needs no second index: an agreement's
                // parties and date of conclusion never change, so (party, concluded_on, doc_key) is as unique as
                // (party, doc_key); a timeline entry is unique by (dyad, event_position) and an event has one date,
                // so (dyad, occurred_on, event_position) is as unique (the whole timeline is sorted on reading).
                boolean keyedInQueryOrder = dialect == Dialect.SQLITE;
                statement.execute("CREATE TABLE IF NOT EXISTS entente_rm_party ("
                        + "party VARCHAR(16) NOT NULL, doc_key VARCHAR(255) NOT NULL, concluded_on " + date
                        + " NOT NULL, PRIMARY KEY " + (keyedInQueryOrder ? "(party, concluded_on, doc_key))" + clustered
                        : "(party, doc_key))"));
                // An entry is made from its event when read (ADR 0029): the row is its key alone.
                statement.execute("CREATE TABLE IF NOT EXISTS entente_rm_timeline ("
                        + "dyad VARCHAR(16) NOT NULL, occurred_on " + date + " NOT NULL, "
                        + "event_position BIGINT NOT NULL, PRIMARY KEY "
                        + (keyedInQueryOrder ? "(dyad, occurred_on, event_position))" + clustered
                        : "(dyad, event_position))"));
                if (!keyedInQueryOrder) {
                    statement.execute("CREATE INDEX IF NOT EXISTS entente_rm_party_by_date "
                            + "ON entente_rm_party (party, concluded_on)");
                    statement.execute("CREATE INDEX IF NOT EXISTS entente_rm_timeline_by_date "
                            + "ON entente_rm_timeline (dyad, occurred_on, event_position)");
                }
                if (storedVersion(connection, dialect) < SCHEMA_VERSION) {
                    statement.executeUpdate("DELETE FROM entente_rm_schema");
                    statement.executeUpdate("INSERT INTO entente_rm_schema (version) VALUES (" + SCHEMA_VERSION + ")");
                }
            }
            return null;
        });
    }

    /**
     * Whether the read-model tables are there in the layout this version reads; a store opened read-only cannot
     * rebuild them, so it asks before it answers from them.
     */
    public boolean hasCurrentSchema() {
        return execute(connection -> storedVersion(connection, dialect) == SCHEMA_VERSION);
    }

    /** The version in {@code entente_rm_schema}; 0 when the table or its row is missing (the first layout). */
    private static int storedVersion(Connection connection, Dialect dialect) throws SQLException {
        if (!tableExists(connection, dialect, "entente_rm_schema")) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM entente_rm_schema")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /**
     * Whether {@code table} exists: on SQLite asked of its catalogue in one query (sqlite-jdbc's metadata builds a
     * query of its own, with its classes, at a question's start), elsewhere as {@link Sql#tableExists} asks.
     */
    private static boolean tableExists(Connection connection, Dialect dialect, String table) throws SQLException {
        if (dialect != Dialect.SQLITE) {
            return Sql.tableExists(connection, table);
        }
        try (PreparedStatement statement = Sql.prepare(connection,
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)", table);
             ResultSet rows = statement.executeQuery()) {
            return rows.next();
        }
    }

    @Override
    public Optional<VisitRecord> visit(VisitId id) {
        return record(VISIT, id.value(), store -> store.visit(id), (store, visit) -> store.save((VisitRecord) visit));
    }

    @Override
    public Optional<AgreementRecord> agreement(AgreementId id) {
        return record(AGREEMENT, id.value(), store -> store.agreement(id),
                (store, agreement) -> store.save((AgreementRecord) agreement));
    }

    /**
     * The record {@code model}/{@code key}, {@code pick} taking it from a fold: folded on from where it was last read,
     * when {@link FoldedRecords} shows that gives the same record, else from its aggregate's first event.
     */
    private <R> Optional<R> record(String model, String key, Function<ReadModelStore, Optional<R>> pick,
                                   BiConsumer<ReadModelStore, Object> save) {
        FoldedRecords.Folded known = folds.get(model, key);
        if (known != null) {
            Optional<Optional<R>> on = foldedOn(known, model, key, pick, save);
            if (on.isPresent()) {
                return on.get();
            }
        }
        Map<String, Long> foldedUpTo = new HashMap<>();
        List<AggregateRow> rows = recordRows("entente_rm_record r", "r.model = ? AND r.doc_key = ?", foldedUpTo, model,
                key);
        ToLongFunction<String> upTo = upToIn(foldedUpTo);
        Optional<R> record = pick.apply(records.fold(rows, upTo));
        remember(model, key, rows, upTo, record);
        return record;
    }

    /**
     * The record folded on from {@code known} with the events stored after it, or nothing when it must be folded from
     * the first event: the record row names an earlier position or another aggregate, or a withdrawal came since.
     */
    private <R> Optional<Optional<R>> foldedOn(FoldedRecords.Folded known, String model, String key,
                                               Function<ReadModelStore, Optional<R>> pick,
                                               BiConsumer<ReadModelStore, Object> save) {
        Optional<Object[]> row = execute(connection -> {
            try (PreparedStatement statement = Sql.prepare(connection, "SELECT aggregate_id, event_position FROM "
                    + "entente_rm_record WHERE model = ? AND doc_key = ?", model, key);
                 ResultSet result = statement.executeQuery()) {
                return result.next() ? Optional.of(new Object[] {result.getString(1), result.getLong(2)})
                        : Optional.<Object[]>empty();
            }
        });
        if (row.isEmpty()) {
            // No row: nothing was folded (cleared since), and a fold finds nothing either.
            folds.remove(model, key);
            return Optional.of(Optional.empty());
        }
        long position = (Long) row.get()[1];
        if (!known.aggregateId().equals(row.get()[0]) || position < known.position()) {
            return Optional.empty();
        }
        List<AggregateRow> later = aggregateRows("SELECT " + EVENT_COLUMNS + " FROM " + EVENTS + " e WHERE "
                + AGGREGATE + " = ? AND " + SEQUENCE + " > ? ORDER BY " + POSITION, known.aggregateId(),
                known.sequence());
        Optional<ReadModelStore> folded = records.foldOn(store -> save.accept(store, known.record()), later, position);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Optional<R> record = pick.apply(folded.get());
        long sequence = known.sequence();
        for (AggregateRow event : later) {
            if (event.row().position() <= position) {
                sequence = event.sequence();
            }
        }
        if (record.isPresent()) {
            folds.put(model, key, new FoldedRecords.Folded(known.aggregateId(), position, sequence, record.get()));
        } else {
            folds.remove(model, key);
        }
        return Optional.of(record);
    }

    /**
     * Keeps {@code record}, folded from {@code rows} (its aggregate's, in the order of their global index) up to the
     * global index {@code foldedUpTo} gives for it, unless a withdrawal follows its last event there (FoldedRecords'
     * invariant).
     */
    private void remember(String model, String key, List<AggregateRow> rows, ToLongFunction<String> foldedUpTo,
                          Optional<?> record) {
        if (record.isEmpty() || rows.isEmpty()) {
            folds.remove(model, key);
            return;
        }
        long upTo = foldedUpTo.applyAsLong(rows.get(0).aggregateId());
        int after = 0;
        while (after < rows.size() && rows.get(after).row().position() <= upTo) {
            after++;
        }
        if (after == 0 || records.withdrawsAny(rows.subList(after, rows.size()))) {
            folds.remove(model, key);
            return;
        }
        AggregateRow last = rows.get(after - 1);
        folds.put(model, key, new FoldedRecords.Folded(last.aggregateId(), upTo, last.sequence(), record.get()));
    }

    @Override
    public Optional<RelationshipRecord> relationship(Dyad dyad) {
        List<RelationshipFact> facts = facts("SELECT dyad, event_position, kind, body FROM entente_rm_relationship_fact "
                + "WHERE dyad = ? ORDER BY event_position", dyad.toString());
        return facts.isEmpty() ? Optional.empty() : Optional.of(RelationshipRecord.of(dyad, facts));
    }

    @Override
    public void save(VisitRecord visit) {
        write(new Changes(List.of(visit), List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @Override
    public void save(AgreementRecord agreement) {
        write(new Changes(List.of(), List.of(agreement), List.of(), List.of(), List.of(), List.of()));
    }

    @Override
    public void save(MeetingRecord meeting) {
        write(new Changes(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(meeting)));
    }

    @Override
    public void append(RelationshipFact fact) {
        write(new Changes(List.of(), List.of(), List.of(fact), List.of(), List.of(), List.of()));
    }

    @Override
    public void link(Dyad dyad, VisitId visit) {
        link(dyad, VISIT, visit.value());
    }

    @Override
    public void link(Dyad dyad, AgreementId agreement) {
        link(dyad, AGREEMENT, agreement.value());
    }

    @Override
    public List<VisitRecord> visitsOf(Dyad dyad) {
        return linked(dyad, VISIT).visits();
    }

    @Override
    public List<AgreementRecord> agreementsOf(Dyad dyad) {
        return linked(dyad, AGREEMENT).agreements();
    }

    @Override
    public List<MeetingRecord> meetingsOf(Dyad dyad) {
        return linked(dyad, MEETING).meetingsOf(dyad);
    }

    @Override
    public List<AgreementRecord> agreements() {
        return folded("entente_rm_record r", "r.model = ?", AGREEMENT).agreements();
    }

    @Override
    public List<AgreementRecord> agreementsWith(Country party, LocalDate concludedBy) {
        return folded("entente_rm_party p JOIN entente_rm_record r ON r.model = ? AND r.doc_key = p.doc_key",
                "p.party = ? AND p.concluded_on <= ?", AGREEMENT, party.code(), day(concludedBy)).agreements();
    }

    @Override
    public List<VisitRecord> visits() {
        return folded("entente_rm_record r", "r.model = ?", VISIT).visits();
    }

    @Override
    public List<RelationshipRecord> relationships() {
        Map<Dyad, List<RelationshipFact>> byDyad = new LinkedHashMap<>();
        facts("SELECT dyad, event_position, kind, body FROM entente_rm_relationship_fact ORDER BY dyad, event_position")
                .forEach(fact -> byDyad.computeIfAbsent(fact.dyad(), d -> new ArrayList<>()).add(fact));
        List<RelationshipRecord> records = new ArrayList<>();
        byDyad.forEach((dyad, facts) -> records.add(RelationshipRecord.of(dyad, facts)));
        return List.copyOf(records);
    }

    private List<RelationshipFact> facts(String sql, Object... parameters) {
        return execute(connection -> {
            List<RelationshipFact> facts = new ArrayList<>();
            try (PreparedStatement statement = Sql.prepare(connection, sql, parameters);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Class<?> type = RELATIONSHIP_EVENTS.get(rows.getString(3));
                    if (type == null) {
                        throw new SerializationException("Unknown relationship fact " + rows.getString(3));
                    }
                    facts.add(new RelationshipFact(Dyad.parse(rows.getString(1)), rows.getLong(2),
                            (RelationshipEvent) read(rows.getString(4), type)));
                }
            }
            return facts;
        });
    }

    @Override
    public List<Dyad> dyads() {
        // Sorted here rather than in SQL: the canonical order must not depend on the database's collation.
        TreeSet<Dyad> dyads = new TreeSet<>(Comparator.comparing(Dyad::toString));
        execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT DISTINCT dyad FROM entente_rm_relationship_fact UNION SELECT dyad FROM entente_rm_link")) {
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        dyads.add(Dyad.parse(rows.getString(1)));
                    }
                }
            }
            return null;
        });
        return List.copyOf(dyads);
    }

    /** Only where each entry stands: the entry is made from its event when read. */
    @Override
    public boolean keepsTimelineText() {
        return false;
    }

    @Override
    public void append(TimelineEntry entry) {
        write(new Changes(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(entry)));
    }

    private String appendSql() {
        return switch (dialect) {
            case POSTGRES, SQLITE -> "INSERT INTO entente_rm_timeline (dyad, occurred_on, event_position) "
                    + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
            case H2 -> "MERGE INTO entente_rm_timeline t USING (VALUES (CAST(? AS VARCHAR(16)), CAST(? AS DATE), "
                    + "CAST(? AS BIGINT))) s (dyad, occurred_on, event_position) "
                    + "ON t.dyad = s.dyad AND t.event_position = s.event_position WHEN NOT MATCHED THEN "
                    + "INSERT (dyad, occurred_on, event_position) VALUES (s.dyad, s.occurred_on, s.event_position)";
        };
    }

    /** A batch's changes in five statements, each sent as one JDBC batch. */
    @Override
    public void write(Changes changes) {
        prepare(changes).write();
    }

    /**
     * Every row made here, the relationship facts' JSON (the only JSON these rows hold) among them; the statements left
     * for the write. A bulk replay prepares one page's changes on another thread while its own folds the next (ADR
     * 0028), so that its thread only runs the statements.
     */
    @Override
    public PreparedWrite prepare(Changes changes) {
        List<Object[]> facts = new ArrayList<>(rowsOf(changes.relationshipFacts(), f -> new Object[] {
            f.dyad().toString(), f.position(), f.event().getClass().getSimpleName(), json(f.event())}));
        List<Object[]> records = new ArrayList<>(changes.visits().size() + changes.agreements().size()
                + changes.meetings().size());
        changes.visits().forEach(v -> records.add(
                new Object[] {VISIT, v.id().value(), v.id().aggregateId(), v.position()}));
        changes.agreements().forEach(a -> records.add(
                new Object[] {AGREEMENT, a.id().value(), a.id().aggregateId(), a.position()}));
        changes.meetings().forEach(m -> records.add(
                new Object[] {MEETING, m.id().value(), m.id().aggregateId(), m.position()}));
        List<Object[]> parties = new ArrayList<>();
        changes.agreements().forEach(a -> a.parties().forEach(party -> parties.add(
                new Object[] {party.code(), a.id().value(), day(a.concludedOn())})));
        List<Object[]> links = new ArrayList<>();
        changes.visitLinks().forEach(l -> links.add(new Object[] {l.dyad().toString(), VISIT, l.visit().value()}));
        changes.agreementLinks().forEach(l -> links.add(
                new Object[] {l.dyad().toString(), AGREEMENT, l.agreement().value()}));
        changes.meetings().forEach(m -> m.held().dyads().forEach(dyad -> links.add(
                new Object[] {dyad.toString(), MEETING, m.id().value()})));
        List<Object[]> entries = new ArrayList<>(changes.timeline().size());
        changes.timeline().forEach(e -> entries.add(
                new Object[] {e.dyad().toString(), day(e.occurredOn()), e.position()}));
        // Each table's rows in the order of its key: SQLite's B-trees took a bulk replay's pages in that order at two
        // thirds of the cost of the same rows in the order the events made them (ADR 0037).
        records.sort(RECORD_ORDER);
        parties.sort(PARTY_ORDER);
        facts.sort(FACT_ORDER);
        links.sort(LINK_ORDER);
        entries.sort(TIMELINE_ORDER);
        return () -> execute(connection -> {
            if (dialect == Dialect.H2) {
                batch(connection, recordSql(), records);
                batch(connection, partySql(), parties);
                batch(connection, factSql(), facts);
                batch(connection, linkSql(), links);
                batch(connection, appendSql(), entries);
            } else {
                // The same statements with many rows each: a row per statement costs a round of parsing, binding
                // and stepping through the driver that is worth more than the row itself (a bulk replay writes a
                // few rows per event).
                rows(connection, "INSERT INTO entente_rm_record (model, doc_key, aggregate_id, event_position) VALUES ",
                        " ON CONFLICT (model, doc_key) DO UPDATE SET event_position = excluded.event_position", records);
                rows(connection, "INSERT INTO entente_rm_party (party, doc_key, concluded_on) VALUES ",
                        " ON CONFLICT DO NOTHING", parties);
                rows(connection, "INSERT INTO entente_rm_relationship_fact (dyad, event_position, kind, body) VALUES ",
                        " ON CONFLICT (dyad, event_position) DO NOTHING", facts);
                rows(connection, "INSERT INTO entente_rm_link (dyad, model, doc_key) VALUES ",
                        " ON CONFLICT DO NOTHING", links);
                rows(connection, "INSERT INTO entente_rm_timeline (dyad, occurred_on, event_position) VALUES ",
                        " ON CONFLICT DO NOTHING", entries);
            }
            return null;
        });
    }

    /** A record's row, {model, doc_key, aggregate_id, event_position}, in the order of its key (model, doc_key). */
    private static final Comparator<Object[]> RECORD_ORDER = byColumns(0, 1);
    /** A party's row, {party, doc_key, concluded_on}, in the order of SQLite's key (party, concluded_on, doc_key). */
    private static final Comparator<Object[]> PARTY_ORDER = byColumns(0, 2, 1);
    /** A relationship fact's row, {dyad, event_position, kind, body}, by its key (dyad, event_position). */
    private static final Comparator<Object[]> FACT_ORDER = byColumns(0, 1);
    /** A link's row, {dyad, model, doc_key}, by its key, the whole row. */
    private static final Comparator<Object[]> LINK_ORDER = byColumns(0, 1, 2);
    /** A timeline entry's row, {dyad, occurred_on, event_position}, by SQLite's key, the whole row. */
    private static final Comparator<Object[]> TIMELINE_ORDER = byColumns(0, 1, 2);

    /**
     * Rows compared column by column in the order of {@code columns}, each value by its natural order (a string, a
     * number, a date: never null in a key).
     */
    private static Comparator<Object[]> byColumns(int... columns) {
        return new Comparator<>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public int compare(Object[] left, Object[] right) {
                for (int column : columns) {
                    int order = ((Comparable) left[column]).compareTo(right[column]);
                    if (order != 0) {
                        return order;
                    }
                }
                return 0;
            }
        };
    }

    /**
     * Records per write from which their rows are made on the common fork-join pool as well as this thread: below it
     * (the event processor's batches of a command or two) handing them over would cost more than it saves.
     */
    static final int PARALLEL_ROWS = 256;

    /** Each record's row, in the records' order; a long list's rows made in parallel. */
    private static <T> List<Object[]> rowsOf(List<T> records, Function<T, Object[]> row) {
        return records.size() < PARALLEL_ROWS ? records.stream().map(row).toList()
                : records.parallelStream().map(row).toList();
    }

    /** Rows per multi-row statement: well under SQLite's and PostgreSQL's limits on parameters. */
    private static final int ROWS_PER_STATEMENT = 100;

    /**
     * Inserts {@code rows} with statements of up to {@value #ROWS_PER_STATEMENT} rows each, {@code head} and
     * {@code tail} around the rows' values. A batch's records are distinct by key (a statement that changed one row
     * twice would fail on PostgreSQL).
     */
    private static void rows(Connection connection, String head, String tail, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.get(0).length;
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        int full = rows.size() / ROWS_PER_STATEMENT;
        if (full > 0) {
            try (PreparedStatement statement = connection.prepareStatement(head
                    + String.join(", ", Collections.nCopies(ROWS_PER_STATEMENT, row)) + tail)) {
                for (int chunk = 0; chunk < full; chunk++) {
                    bind(statement, rows.subList(chunk * ROWS_PER_STATEMENT, (chunk + 1) * ROWS_PER_STATEMENT));
                    statement.executeUpdate();
                }
            }
        }
        List<Object[]> rest = rows.subList(full * ROWS_PER_STATEMENT, rows.size());
        if (!rest.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(head
                    + String.join(", ", Collections.nCopies(rest.size(), row)) + tail)) {
                bind(statement, rest);
                statement.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement statement, List<Object[]> rows) throws SQLException {
        int parameter = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                statement.setObject(parameter++, value);
            }
        }
    }

    private static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @Override
    public List<TimelineEntry> timeline(Dyad dyad, LocalDate from, LocalDate to) {
        return entries(dyad, "t.dyad = ? AND t.occurred_on BETWEEN ? AND ? ORDER BY t.occurred_on, t.event_position",
                dyad.toString(), day(from), day(to));
    }

    /** A day as the timeline table keeps it: a DATE, or on SQLite the day number. */
    private Object day(LocalDate date) {
        return dialect == Dialect.SQLITE ? (Object) date.toEpochDay() : date;
    }

    @Override
    public List<TimelineEntry> timeline(Dyad dyad) {
        return entries(dyad, "t.dyad = ? ORDER BY t.event_position", dyad.toString());
    }

    /**
     * The dyad's timeline entries at the rows of the timeline table that {@code where} selects (naming it {@code t}),
     * in its order, each made from its event (and, for a visit's or an agreement's, from the events of its aggregate).
     */
    private List<TimelineEntry> entries(Dyad dyad, String where, Object... parameters) {
        List<AggregateRow> hits = aggregateRows("SELECT " + EVENT_COLUMNS + " FROM entente_rm_timeline t JOIN " + EVENTS
                + " e ON " + POSITION + " = t.event_position WHERE " + where, parameters);
        return records.entries(dyad, hits, this::wholeAggregates);
    }

    /** Aggregate ids per query: well under the databases' limits on parameters. */
    private static final int AGGREGATES_PER_QUERY = 500;

    /** Every stored event of the aggregates {@code ids}, each aggregate's together in the order of its global index. */
    private List<AggregateRow> wholeAggregates(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<AggregateRow> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += AGGREGATES_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(from + AGGREGATES_PER_QUERY, all.size()));
            rows.addAll(aggregateRows("SELECT " + EVENT_COLUMNS + " FROM " + EVENTS + " e WHERE " + AGGREGATE + " IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY " + AGGREGATE + ", "
                    + POSITION, chunk.toArray()));
        }
        return rows;
    }

    /**
     * The read models folded from the events of the records that {@code from} (naming the record table {@code r}) and
     * {@code where} select: each record's events up to the last its read models folded. Its later rows are read too
     * (usually none: those the processor has yet to fold), for the withdrawals among them, which a fold learns before
     * what they withdraw; only the fold tells a withdrawal, whatever name its serializer stored it under.
     */
    private ReadModelStore folded(String from, String where, Object... parameters) {
        Map<String, Long> foldedUpTo = new HashMap<>();
        return records.fold(recordRows(from, where, foldedUpTo, parameters), upToIn(foldedUpTo));
    }

    /**
     * The events of the records that {@code from} (naming the record table {@code r}) and {@code where} select, each
     * aggregate's together in the order of their global index; {@code foldedUpTo} is given each aggregate's
     * event_position.
     */
    private List<AggregateRow> recordRows(String from, String where, Map<String, Long> foldedUpTo,
                                          Object... parameters) {
        return aggregateRows("SELECT " + EVENT_COLUMNS + ", r.event_position FROM " + from + " JOIN " + EVENTS
                + " e ON " + AGGREGATE + " = r.aggregate_id WHERE " + where + " ORDER BY " + AGGREGATE + ", " + POSITION,
                new Beside() {
                    @Override
                    public void read(AggregateRow row, ResultSet result) throws SQLException {
                        foldedUpTo.put(row.aggregateId(), result.getLong(8));
                    }
                }, parameters);
    }

    private static ToLongFunction<String> upToIn(Map<String, Long> foldedUpTo) {
        return new ToLongFunction<>() {
            @Override
            public long applyAsLong(String aggregate) {
                return foldedUpTo.getOrDefault(aggregate, Long.MAX_VALUE);
            }
        };
    }

    /** The records of {@code model} linked to {@code dyad}, folded. */
    private ReadModelStore linked(Dyad dyad, String model) {
        return folded("entente_rm_link l JOIN entente_rm_record r ON r.model = l.model AND r.doc_key = l.doc_key",
                "l.dyad = ? AND l.model = ?", dyad.toString(), model);
    }

    /** Rows of {@link #EVENT_COLUMNS}. */
    private List<AggregateRow> aggregateRows(String sql, Object... parameters) {
        return aggregateRows(sql, NOTHING_BESIDE, parameters);
    }

    private static final Beside NOTHING_BESIDE = new Beside() {
        @Override
        public void read(AggregateRow row, ResultSet result) {
            // Only the event's columns.
        }
    };

    /** What a query selects beside {@link #EVENT_COLUMNS}, read from each row. */
    @FunctionalInterface
    private interface Beside {
        void read(AggregateRow row, ResultSet result) throws SQLException;
    }

    /** Rows of {@link #EVENT_COLUMNS}, {@code beside} reading each row's further columns. */
    private List<AggregateRow> aggregateRows(String sql, Beside beside, Object... parameters) {
        return execute(connection -> {
            List<AggregateRow> rows = new ArrayList<>();
            if (!eventTableMade) {
                if (!tableExists(connection, dialect, EVENTS)) {
                    return rows;
                }
                eventTableMade = true;
            }
            try (PreparedStatement statement = Sql.prepare(connection, sql, parameters);
                 ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    AggregateRow row = new AggregateRow(result.getString(1), result.getLong(2), new EventRow(
                            result.getLong(3), result.getString(4), result.getString(5), result.getBytes(6),
                            result.getBytes(7)));
                    beside.read(row, result);
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    /**
     * Empties every read-model table, in the transaction open on the thread. PostgreSQL truncates (transactional there);
     * SQLite empties a table without a WHERE clause by dropping its pages; H2's TRUNCATE would commit the open
     * transaction, so H2 deletes.
     */
    @Override
    public void clear() {
        // Not needed for the records to be right (they depend on the events alone), but nothing is left to read on.
        folds.clear();
        execute(connection -> {
            try (Statement statement = connection.createStatement()) {
                if (dialect == Dialect.POSTGRES) {
                    statement.executeUpdate("TRUNCATE " + String.join(", ", TABLES));
                } else {
                    for (String table : TABLES) {
                        statement.executeUpdate("DELETE FROM " + table);
                    }
                }
            }
            return null;
        });
    }

    private String recordSql() {
        return "MERGE INTO entente_rm_record (model, doc_key, aggregate_id, event_position) KEY (model, doc_key) "
                + "VALUES (?, ?, ?, ?)";
    }

    private void link(Dyad dyad, String model, String key) {
        update(linkSql(), dyad.toString(), model, key);
    }

    private String partySql() {
        return switch (dialect) {
            case POSTGRES, SQLITE -> "INSERT INTO entente_rm_party (party, doc_key, concluded_on) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING";
            // The parties and the date of conclusion of an agreement never change once it is concluded.
            case H2 -> "MERGE INTO entente_rm_party (party, doc_key, concluded_on) KEY (party, doc_key) "
                    + "VALUES (?, ?, ?)";
        };
    }

    private String factSql() {
        return switch (dialect) {
            case POSTGRES, SQLITE -> "INSERT INTO entente_rm_relationship_fact (dyad, event_position, kind, body) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (dyad, event_position) DO NOTHING";
            case H2 -> "MERGE INTO entente_rm_relationship_fact t USING (VALUES (CAST(? AS VARCHAR(16)), "
                    + "CAST(? AS BIGINT), CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR))) s (dyad, event_position, kind, "
                    + "body) ON t.dyad = s.dyad AND t.event_position = s.event_position WHEN NOT MATCHED THEN "
                    + "INSERT (dyad, event_position, kind, body) VALUES (s.dyad, s.event_position, s.kind, s.body)";
        };
    }

    private String linkSql() {
        return switch (dialect) {
            case POSTGRES, SQLITE -> "INSERT INTO entente_rm_link (dyad, model, doc_key) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING";
            // Every column is in the key, so replacing a row that is there changes nothing.
            case H2 -> "MERGE INTO entente_rm_link (dyad, model, doc_key) KEY (dyad, model, doc_key) VALUES (?, ?, ?)";
        };
    }

    private void update(String sql, Object... parameters) {
        execute(connection -> {
            try (PreparedStatement statement = Sql.prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    private <T> T execute(Sql.Work<T> work) {
        return Sql.execute(connections, "Read-model store", work);
    }

    private String json(Object record) {
        try {
            return writer().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new SerializationException("Could not write " + record.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Rows are written without their null members (read back as null: the same records) and with the values that
     * recur across rows written from their JSON written once (ADR 0026); they are read with the mapper as given.
     */
    private ObjectMapper writer() {
        ObjectMapper made = writer;
        if (made == null) {
            ObjectMapper plain = mapper().copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
            made = plain.copy().registerModule(new SimpleModule("entente-recurring-values")
                    .addSerializer(Source.class, new RecurringValueSerializer<>(Source.class, plain))
                    .addSerializer(Dignitary.class, new RecurringValueSerializer<>(Dignitary.class, plain)));
            writer = made;
        }
        return made;
    }

    private <T> T read(String json, Class<T> type) {
        T read = StreamingRecordReader.read(json, type);
        if (read != null) {
            return read;
        }
        try {
            return mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SerializationException("Could not read a " + type.getSimpleName() + " from JSON", e);
        }
    }
}
