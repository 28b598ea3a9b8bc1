package dev.entente.adapters.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entente.application.readmodel.AgreementRecord;
import dev.entente.application.readmodel.RelationshipRecord;
import dev.entente.application.readmodel.TimelineEntry;
import dev.entente.application.readmodel.VisitRecord;
import dev.entente.application.spi.ReadModelStore;
import dev.entente.domain.agreement.AgreementId;
import dev.entente.domain.shared.Dyad;
import dev.entente.domain.visit.VisitId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.serialization.SerializationException;

/**
 * Read models in three tables, each record a JSON document: {@code entente_rm_document} (one row per visit, agreement
 * and relationship), {@code entente_rm_link} (dyad to visit or agreement) and {@code entente_rm_timeline}. Every call
 * takes its connection from the {@link ConnectionProvider}, so that it joins the transaction open on the thread.
 */
public final class JdbcReadModelStore implements ReadModelStore {

    private static final String VISIT = "visit";
    private static final String AGREEMENT = "agreement";
    private static final String RELATIONSHIP = "relationship";

    private final ConnectionProvider connections;
    private final Dialect dialect;
    private final ObjectMapper mapper;

    public JdbcReadModelStore(ConnectionProvider connections, Dialect dialect, ObjectMapper mapper) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** Creates the tables that are absent; safe to call on every start. */
    public void createSchema() {
        // H2 keeps a CLOB apart from its row and copies it through a reader on every write; a VARCHAR (up to a
        // billion characters in H2 2.x) stays in the row, which makes folding thousands of documents much faster.
        String text = dialect == Dialect.H2 ? "VARCHAR" : "TEXT";
        // SQLite has no date type; a day number sorts and compares chronologically for every LocalDate, the
        // unbounded ends of a timeline query included (as text, "+999999999-12-31" would sort first).
        String date = dialect == Dialect.SQLITE ? "INTEGER" : "DATE";
        execute(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS entente_rm_document ("
                        + "model VARCHAR(32) NOT NULL, doc_key VARCHAR(255) NOT NULL, body " + text + " NOT NULL, "
                        + "PRIMARY KEY (model, doc_key))");
                statement.execute("CREATE TABLE IF NOT EXISTS entente_rm_link ("
                        + "dyad VARCHAR(16) NOT NULL, model VARCHAR(32) NOT NULL, doc_key VARCHAR(255) NOT NULL, "
                        + "PRIMARY KEY (dyad, model, doc_key))");
                statement.execute("CREATE TABLE IF NOT EXISTS entente_rm_timeline ("
                        + "dyad VARCHAR(16) NOT NULL, occurred_on " + date + " NOT NULL, event_position BIGINT NOT NULL, "
                        + "body " + text + " NOT NULL, PRIMARY KEY (dyad, event_position))");
                statement.execute("CREATE INDEX IF NOT EXISTS entente_rm_timeline_by_date "
                        + "ON entente_rm_timeline (dyad, occurred_on, event_position)");
            }
            return null;
        });
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
        return document(RELATIONSHIP, dyad.toString(), RelationshipRecord.class);
    }

    @Override
    public void save(VisitRecord visit) {
        saveDocument(VISIT, visit.id().value(), visit);
    }

    @Override
    public void save(AgreementRecord agreement) {
        saveDocument(AGREEMENT, agreement.id().value(), agreement);
    }

    @Override
    public void save(RelationshipRecord relationship) {
        saveDocument(RELATIONSHIP, relationship.dyad().toString(), relationship);
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
    public List<AgreementRecord> agreements() {
        return query("SELECT body FROM entente_rm_document WHERE model = ?", AgreementRecord.class, AGREEMENT);
    }

    @Override
    public List<VisitRecord> visits() {
        return query("SELECT body FROM entente_rm_document WHERE model = ?", VisitRecord.class, VISIT);
    }

    @Override
    public List<RelationshipRecord> relationships() {
        return query("SELECT body FROM entente_rm_document WHERE model = ?", RelationshipRecord.class, RELATIONSHIP);
    }

    @Override
    public List<Dyad> dyads() {
        // Sorted here rather than in SQL: the canonical order must not depend on the database's collation.
        TreeSet<Dyad> dyads = new TreeSet<>(Comparator.comparing(Dyad::toString));
        execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT doc_key FROM entente_rm_document WHERE model = ? "
                            + "UNION SELECT dyad FROM entente_rm_link")) {
                statement.setString(1, RELATIONSHIP);
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
        update(appendSql(), entry.dyad().toString(), day(entry.occurredOn()), entry.position(), json(entry));
    }

    private String appendSql() {
        return switch (dialect) {
            case POSTGRES, SQLITE -> "INSERT INTO entente_rm_timeline (dyad, occurred_on, event_position, body) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (dyad, event_position) DO NOTHING";
            case H2 -> "MERGE INTO entente_rm_timeline t USING (VALUES (CAST(? AS VARCHAR(16)), CAST(? AS DATE), "
                    + "CAST(? AS BIGINT), CAST(? AS VARCHAR))) s (dyad, occurred_on, event_position, body) "
                    + "ON t.dyad = s.dyad AND t.event_position = s.event_position WHEN NOT MATCHED THEN "
                    + "INSERT (dyad, occurred_on, event_position, body) "
                    + "VALUES (s.dyad, s.occurred_on, s.event_position, s.body)";
        };
    }

    /** A batch's changes in three statements, each sent as one JDBC batch. */
    @Override
    public void write(Changes changes) {
        execute(connection -> {
            List<Object[]> documents = new ArrayList<>();
            changes.visits().forEach(v -> documents.add(new Object[] {VISIT, v.id().value(), json(v)}));
            changes.agreements().forEach(a -> documents.add(new Object[] {AGREEMENT, a.id().value(), json(a)}));
            changes.relationships().forEach(r -> documents.add(new Object[] {RELATIONSHIP, r.dyad().toString(), json(r)}));
            List<Object[]> links = new ArrayList<>();
            changes.visitLinks().forEach(l -> links.add(new Object[] {l.dyad().toString(), VISIT, l.visit().value()}));
            changes.agreementLinks().forEach(l -> links.add(
                    new Object[] {l.dyad().toString(), AGREEMENT, l.agreement().value()}));
            List<Object[]> entries = new ArrayList<>();
            changes.timeline().forEach(e -> entries.add(
                    new Object[] {e.dyad().toString(), day(e.occurredOn()), e.position(), json(e)}));
            batch(connection, saveDocumentSql(), documents);
            batch(connection, linkSql(), links);
            batch(connection, appendSql(), entries);
            return null;
        });
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
        return query("SELECT body FROM entente_rm_timeline WHERE dyad = ? AND occurred_on BETWEEN ? AND ? "
                + "ORDER BY occurred_on, event_position", TimelineEntry.class, dyad.toString(), day(from), day(to));
    }

    /** A day as the timeline table keeps it: a DATE, or on SQLite the day number. */
    private Object day(LocalDate date) {
        return dialect == Dialect.SQLITE ? (Object) date.toEpochDay() : date;
    }

    @Override
    public List<TimelineEntry> timeline(Dyad dyad) {
        return query("SELECT body FROM entente_rm_timeline WHERE dyad = ? ORDER BY event_position",
                TimelineEntry.class, dyad.toString());
    }

    @Override
    public void clear() {
        execute(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM entente_rm_timeline");
                statement.executeUpdate("DELETE FROM entente_rm_link");
                statement.executeUpdate("DELETE FROM entente_rm_document");
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
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new SerializationException("Could not write " + record.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SerializationException("Could not read a " + type.getSimpleName() + " from JSON", e);
        }
    }
}
