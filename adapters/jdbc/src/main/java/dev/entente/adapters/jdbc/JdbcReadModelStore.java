package dev.entente.adapters.jdbc;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.entente.adapters.json.EntenteJson;
import dev.entente.adapters.json.StreamingRecordReader;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.Annotations;
import dev.entente.application.readmodel.MeetingRecord;
import dev.entente.application.projection.ReadModelEventHandler;
import dev.entente.application.readmodel.RelationshipFact;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.relationship.RelationshipEvent;
import dev.entente.domain.shared.Country;
import dev.entente.domain.shared.Dignitary;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.shared.Source;
import dev.entente.domain.shared.WrittenDate;
import dev.entente.domain.visit.VisitId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.SerializationException;

/**
 * Read models as rows (ADR 0010): {@code entente_rm_document} (one JSON document per visit, agreement and
 * multilateral meeting), {@code entente_rm_relationship_fact} (one row per relationship event, appended),
 * {@code entente_rm_link} (dyad to visit, agreement or meeting), {@code entente_rm_party} (party to agreement, with its date of conclusion) and
 * {@code entente_rm_timeline}, each with the columns its queries filter on indexed. {@code entente_rm_schema} holds
 * the version of this layout; read models of an older layout are dropped and rebuilt from the history. Every call
 * takes its connection from the {@link ConnectionProvider}, so that it joins the transaction open on the thread.
 */
public final class JdbcReadModelStore implements ReadModelStore {

    private static final String VISIT = "visit";
    private static final String AGREEMENT = "agreement";
    private static final String MEETING = "meeting";
    /** The version of the layout of the read-model tables; read models of another version are rebuilt. */
    static final int SCHEMA_VERSION = 3;

    private static final List<String> TABLES = List.of("entente_rm_timeline", "entente_rm_link", "entente_rm_party",
            "entente_rm_relationship_fact", "entente_rm_document");

    /** A relationship event's class by its simple name, the {@code kind} its fact row is stored with. */
    private static final Map<String, Class<?>> RELATIONSHIP_EVENTS = Arrays.stream(
            RelationshipEvent.class.getPermittedSubclasses()).collect(Collectors.toMap(Class::getSimpleName, c -> c));

    private final ConnectionProvider connections;
    private final Dialect dialect;
    private final Supplier<ObjectMapper> mappers;
    private volatile ObjectMapper mapper;
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
            boolean old = Sql.tableExists(connection, "entente_rm_document") && storedVersion(connection) < SCHEMA_VERSION;
            try (Statement statement = connection.createStatement()) {
                if (old) {
                    for (String table : TABLES) {
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
                statement.execute("CREATE TABLE IF NOT EXISTS entente_rm_document ("
                        + "model VARCHAR(32) NOT NULL, doc_key VARCHAR(255) NOT NULL, body " + text + " NOT NULL, "
                        + "PRIMARY KEY (model, doc_key))");
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
                statement.execute("CREATE TABLE IF NOT EXISTS entente_rm_timeline ("
                        + "dyad VARCHAR(16) NOT NULL, occurred_on " + date + " NOT NULL, "
                        + "event_position BIGINT NOT NULL, body " + text + " NOT NULL, PRIMARY KEY "
                        + (keyedInQueryOrder ? "(dyad, occurred_on, event_position))" : "(dyad, event_position))"));
                if (!keyedInQueryOrder) {
                    statement.execute("CREATE INDEX IF NOT EXISTS entente_rm_party_by_date "
                            + "ON entente_rm_party (party, concluded_on)");
                    statement.execute("CREATE INDEX IF NOT EXISTS entente_rm_timeline_by_date "
                            + "ON entente_rm_timeline (dyad, occurred_on, event_position)");
                }
                if (storedVersion(connection) < SCHEMA_VERSION) {
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
        return execute(connection -> storedVersion(connection) == SCHEMA_VERSION);
    }

    /** The version in {@code entente_rm_schema}; 0 when the table or its row is missing (the first layout). */
    private static int storedVersion(Connection connection) throws SQLException {
        if (!Sql.tableExists(connection, "entente_rm_schema")) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM entente_rm_schema")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    @Override
    public Optional<VisitRecord> visit(VisitId id) {
        return document(VISIT, id.value(), VisitRecord.class);
    }

    @Override
    public Optional<AgreementRecord> agreement(AgreementId id) {
        return document(AGREEMENT, id.value(), AgreementRecord.class);
    }

    @Override
    public Optional<RelationshipRecord> relationship(Dyad dyad) {
        List<RelationshipFact> facts = facts("SELECT dyad, event_position, kind, body FROM entente_rm_relationship_fact "
                + "WHERE dyad = ? ORDER BY event_position", dyad.toString());
        return facts.isEmpty() ? Optional.empty() : Optional.of(RelationshipRecord.of(dyad, facts));
    }

    @Override
    public void save(VisitRecord visit) {
        saveDocument(VISIT, visit.id().value(), visit);
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
        return linked(dyad, VISIT, VisitRecord.class);
    }

    @Override
    public List<AgreementRecord> agreementsOf(Dyad dyad) {
        return linked(dyad, AGREEMENT, AgreementRecord.class);
    }

    @Override
    public List<MeetingRecord> meetingsOf(Dyad dyad) {
        return linked(dyad, MEETING, MeetingRecord.class);
    }

    @Override
    public List<AgreementRecord> agreements() {
        return query("SELECT body FROM entente_rm_document WHERE model = ?", AgreementRecord.class, AGREEMENT);
    }

    @Override
    public List<AgreementRecord> agreementsWith(Country party, LocalDate concludedBy) {
        return query("SELECT d.body FROM entente_rm_party p JOIN entente_rm_document d "
                + "ON d.model = ? AND d.doc_key = p.doc_key WHERE p.party = ? AND p.concluded_on <= ?",
                AgreementRecord.class, AGREEMENT, party.code(), day(concludedBy));
    }

    @Override
    public List<VisitRecord> visits() {
        return query("SELECT body FROM entente_rm_document WHERE model = ?", VisitRecord.class, VISIT);
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

    @Override
    public void append(TimelineEntry entry) {
        update(appendSql(), entry.dyad().toString(), day(entry.occurredOn()), entry.position(),
                json(TimelineBody.of(entry)));
    }

    private String appendSql() {
        return switch (dialect) {
            case POSTGRES, SQLITE -> "INSERT INTO entente_rm_timeline (dyad, occurred_on, event_position, body) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING";
            case H2 -> "MERGE INTO entente_rm_timeline t USING (VALUES (CAST(? AS VARCHAR(16)), CAST(? AS DATE), "
                    + "CAST(? AS BIGINT), CAST(? AS VARCHAR))) s (dyad, occurred_on, event_position, body) "
                    + "ON t.dyad = s.dyad AND t.event_position = s.event_position WHEN NOT MATCHED THEN "
                    + "INSERT (dyad, occurred_on, event_position, body) "
                    + "VALUES (s.dyad, s.occurred_on, s.event_position, s.body)";
        };
    }

    /** A batch's changes in five statements, each sent as one JDBC batch. */
    @Override
    public void write(Changes changes) {
        prepare(changes).write();
    }

    /**
     * The rows' JSON made here, the statements left for the write. Each row's JSON is independent of the others': a
     * large batch's is made on several threads (ADR 0028).
     */
    @Override
    public PreparedWrite prepare(Changes changes) {
        List<Object[]> documents = new ArrayList<>(changes.visits().size() + changes.agreements().size()
                + changes.meetings().size());
        documents.addAll(rowsOf(changes.visits(), v -> new Object[] {VISIT, v.id().value(), json(v)}));
        documents.addAll(rowsOf(changes.agreements(), a -> new Object[] {AGREEMENT, a.id().value(), json(a)}));
        documents.addAll(rowsOf(changes.meetings(), m -> new Object[] {MEETING, m.id().value(), json(m)}));
        List<Object[]> facts = rowsOf(changes.relationshipFacts(), f -> new Object[] {f.dyad().toString(),
            f.position(), f.event().getClass().getSimpleName(), json(f.event())});
        List<Object[]> entries = rowsOf(changes.timeline(), e -> new Object[] {e.dyad().toString(),
            day(e.occurredOn()), e.position(), json(TimelineBody.of(e))});
        return () -> execute(connection -> {
            List<Object[]> parties = new ArrayList<>();
            changes.agreements().forEach(a -> a.parties().forEach(party -> parties.add(
                    new Object[] {party.code(), a.id().value(), day(a.concludedOn())})));
            List<Object[]> links = new ArrayList<>();
            changes.visitLinks().forEach(l -> links.add(new Object[] {l.dyad().toString(), VISIT, l.visit().value()}));
            changes.agreementLinks().forEach(l -> links.add(
                    new Object[] {l.dyad().toString(), AGREEMENT, l.agreement().value()}));
            changes.meetings().forEach(m -> m.held().dyads().forEach(dyad -> links.add(
                    new Object[] {dyad.toString(), MEETING, m.id().value()})));
            if (dialect == Dialect.H2) {
                batch(connection, saveDocumentSql(), documents);
                batch(connection, partySql(), parties);
                batch(connection, factSql(), facts);
                batch(connection, linkSql(), links);
                batch(connection, appendSql(), entries);
            } else {
                // The same statements with many rows each: a row per statement costs a round of parsing, binding
                // and stepping through the driver that is worth more than the row itself (a bulk replay writes a
                // few rows per event).
                rows(connection, "INSERT INTO entente_rm_document (model, doc_key, body) VALUES ",
                        " ON CONFLICT (model, doc_key) DO UPDATE SET body = excluded.body", documents);
                rows(connection, "INSERT INTO entente_rm_party (party, doc_key, concluded_on) VALUES ",
                        " ON CONFLICT DO NOTHING", parties);
                rows(connection, "INSERT INTO entente_rm_relationship_fact (dyad, event_position, kind, body) VALUES ",
                        " ON CONFLICT (dyad, event_position) DO NOTHING", facts);
                rows(connection, "INSERT INTO entente_rm_link (dyad, model, doc_key) VALUES ",
                        " ON CONFLICT DO NOTHING", links);
                rows(connection, "INSERT INTO entente_rm_timeline (dyad, occurred_on, event_position, body) VALUES ",
                        " ON CONFLICT DO NOTHING", entries);
            }
            return null;
        });
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
        return entries("SELECT dyad, occurred_on, event_position, body FROM entente_rm_timeline WHERE dyad = ? "
                + "AND occurred_on BETWEEN ? AND ? ORDER BY occurred_on, event_position", dyad.toString(), day(from),
                day(to));
    }

    /** A day as the timeline table keeps it: a DATE, or on SQLite the day number. */
    private Object day(LocalDate date) {
        return dialect == Dialect.SQLITE ? (Object) date.toEpochDay() : date;
    }

    @Override
    public List<TimelineEntry> timeline(Dyad dyad) {
        return entries("SELECT dyad, occurred_on, event_position, body FROM entente_rm_timeline WHERE dyad = ? "
                + "ORDER BY event_position", dyad.toString());
    }

    /** Timeline entries from rows of (dyad, occurred_on, event_position, body). */
    private List<TimelineEntry> entries(String sql, Object... parameters) {
        return execute(connection -> {
            List<TimelineEntry> entries = new ArrayList<>();
            try (PreparedStatement statement = Sql.prepare(connection, sql, parameters);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    LocalDate occurredOn = dialect == Dialect.SQLITE ? LocalDate.ofEpochDay(rows.getLong(2))
                            : rows.getObject(2, LocalDate.class);
                    entries.add(read(rows.getString(4), TimelineBody.class)
                            .entry(Dyad.parse(rows.getString(1)), occurredOn, rows.getLong(3)));
                }
            }
            return List.copyOf(entries);
        });
    }

    /**
     * What a timeline row's body holds: the entry without its dyad, date and position, which are the row's key
     * columns (ADR 0026). A date as written and annotations are left out when there are none, as in the entry's JSON.
     */
    record TimelineBody(String kind, String subject, String summary, List<Source> sources,
                        WrittenDate dateAsWritten,
                        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EntenteJson.NoAnnotations.class)
                        Annotations annotations) {

        static TimelineBody of(TimelineEntry entry) {
            return new TimelineBody(entry.kind(), entry.subject(), entry.summary(), entry.sources(),
                    entry.dateAsWritten(), entry.annotations());
        }

        TimelineEntry entry(Dyad dyad, LocalDate occurredOn, long position) {
            return new TimelineEntry(dyad, occurredOn, position, kind, subject, summary, sources, dateAsWritten,
                    annotations);
        }
    }

    /**
     * Empties every read-model table, in the transaction open on the thread. PostgreSQL truncates (transactional there);
     * SQLite empties a table without a WHERE clause by dropping its pages; H2's TRUNCATE would commit the open
     * transaction, so H2 deletes.
     */
    @Override
    public void clear() {
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

    private <T> Optional<T> document(String model, String key, Class<T> type) {
        return query("SELECT body FROM entente_rm_document WHERE model = ? AND doc_key = ?", type, model, key)
                .stream().findFirst();
    }

    private void saveDocument(String model, String key, Object record) {
        update(saveDocumentSql(), model, key, json(record));
    }

    private String saveDocumentSql() {
        return switch (dialect) {
            case POSTGRES, SQLITE -> "INSERT INTO entente_rm_document (model, doc_key, body) VALUES (?, ?, ?) "
                    + "ON CONFLICT (model, doc_key) DO UPDATE SET body = excluded.body";
            case H2 -> "MERGE INTO entente_rm_document (model, doc_key, body) KEY (model, doc_key) VALUES (?, ?, ?)";
        };
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

    private <T> List<T> linked(Dyad dyad, String model, Class<T> type) {
        return query("SELECT d.body FROM entente_rm_link l JOIN entente_rm_document d "
                + "ON d.model = l.model AND d.doc_key = l.doc_key WHERE l.dyad = ? AND l.model = ?", type,
                dyad.toString(), model);
    }

    private void update(String sql, Object... parameters) {
        execute(connection -> {
            try (PreparedStatement statement = Sql.prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    private <T> List<T> query(String sql, Class<T> type, Object... parameters) {
        return execute(connection -> {
            List<T> results = new ArrayList<>();
            try (PreparedStatement statement = Sql.prepare(connection, sql, parameters);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    results.add(read(rows.getString(1), type));
                }
            }
            return List.copyOf(results);
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
