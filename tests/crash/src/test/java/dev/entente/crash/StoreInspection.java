package dev.entente.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads an embedded store through plain JDBC, without the engine: how many events and applied-command rows it holds,
 * and whether its tables and indexes agree. Knows the two embedded databases by their files: H2
 * ({@code entente.mv.db}) and SQLite (a {@code .db}, {@code .sqlite} or {@code .sqlite3} file).
 */
final class StoreInspection {

    static final String EVENTS = "domainevententry";
    static final String APPLIED = "entente_applied_command";

    /** What the store holds: events and applied-command rows (zero when there is no store at all). */
    record Counts(long events, long appliedCommands) {

        static final Counts NONE = new Counts(0, 0);

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d events, %,d applied commands", events, appliedCommands);
        }
    }

    private StoreInspection() {
    }

    /** Whether there is a database file in {@code store}. */
    static boolean exists(Path store) {
        return databaseFile(store) != null;
    }

    static Counts counts(Path store) {
        if (!exists(store)) {
            return Counts.NONE;
        }
        try (Connection connection = connect(store)) {
            Map<String, String> tables = tables(connection);
            return new Counts(count(connection, tables.get(EVENTS)), count(connection, tables.get(APPLIED)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the rows of " + store + ": " + e.getMessage(), e);
        }
    }

    /**
     * What is wrong with the store at the level of its tables: every index read row by row must give the same rows
     * as a full scan of its table (the loss the issue saw was an index that kept rows the table had lost), SQLite's
     * own {@code integrity_check} must say ok, each aggregate's sequence numbers must run 0, 1, 2, … with no event
     * identifier twice, and each applied command naming an aggregate must find that aggregate's events. Empty when
     * nothing is wrong; a store that cannot be opened is one problem.
     */
    static List<String> problems(Path store) {
        List<String> problems = new ArrayList<>();
        if (!exists(store)) {
            return problems;
        }
        try (Connection connection = connect(store)) {
            boolean sqlite = isSqlite(connection);
            if (sqlite) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                    while (rows.next()) {
                        if (!rows.getString(1).equals("ok")) {
                            problems.add("integrity_check: " + rows.getString(1));
                        }
                    }
                }
            }
            Map<String, String> tables = tables(connection);
            for (String table : tables.values()) {
                indexesAgreeWithTheTable(connection, sqlite, table, problems);
            }
            if (tables.containsKey(EVENTS)) {
                sequencesAreContiguous(connection, tables.get(EVENTS), problems);
            }
            if (tables.containsKey(EVENTS) && tables.containsKey(APPLIED)) {
                appliedCommandsFindTheirEvents(connection, tables.get(APPLIED), tables.get(EVENTS), problems);
            }
        } catch (SQLException e) {
            problems.add("the store cannot be read through JDBC: " + e.getMessage());
        }
        return problems;
    }

    private static void indexesAgreeWithTheTable(Connection connection, boolean sqlite, String table,
                                                 List<String> problems) throws SQLException {
        String quoted = quote(table);
        long counted = count(connection, table);
        long scanned = rows(connection, "SELECT * FROM " + quoted + (sqlite ? " NOT INDEXED" : " USE INDEX ()"));
        if (scanned != counted) {
            problems.add(table + ": COUNT(*) gives " + counted + " rows, a full scan " + scanned);
        }
        for (Map.Entry<String, List<String>> index : indexes(connection, table).entrySet()) {
            String columns = String.join(", ", index.getValue().stream().map(StoreInspection::quote).toList());
            String hint = sqlite ? " INDEXED BY " + quote(index.getKey()) : " USE INDEX (" + quote(index.getKey()) + ")";
            long through = rows(connection, "SELECT " + columns + " FROM " + quoted + hint + " ORDER BY " + columns);
            if (through != scanned) {
                problems.add(table + ": index " + index.getKey() + " gives " + through + " rows, a full scan "
                        + scanned);
            }
        }
    }

    private static void sequencesAreContiguous(Connection connection, String events, List<String> problems)
            throws SQLException {
        Map<String, Long> next = new TreeMap<>();
        Set<String> eventIds = new HashSet<>();
        int reported = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT aggregateIdentifier, sequenceNumber, eventIdentifier FROM "
                     + quote(events) + " ORDER BY aggregateIdentifier, sequenceNumber")) {
            while (rows.next()) {
                String aggregate = rows.getString(1);
                long sequence = rows.getLong(2);
                long expected = next.getOrDefault(aggregate, 0L);
                if (sequence != expected && reported++ < 10) {
                    problems.add("aggregate " + aggregate + ": sequence " + sequence + " where " + expected
                            + " was due");
                }
                next.put(aggregate, sequence + 1);
                if (!eventIds.add(rows.getString(3)) && reported++ < 10) {
                    problems.add("event " + rows.getString(3) + " is stored twice");
                }
            }
        }
    }

    private static void appliedCommandsFindTheirEvents(Connection connection, String applied, String events,
                                                       List<String> problems) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + quote(applied) + " a WHERE "
                     + "a.aggregate_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + quote(events)
                     + " e WHERE e.aggregateIdentifier = a.aggregate_id)")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                problems.add(rows.getLong(1) + " applied commands name an aggregate that has no events");
            }
        }
    }

    /** The tables of the store by lower-case name, each with its name as the database spells it. */
    private static Map<String, String> tables(Connection connection) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String schema = rows.getString("TABLE_SCHEM");
                String name = rows.getString("TABLE_NAME");
                if (schema != null && schema.equalsIgnoreCase("INFORMATION_SCHEMA")
                        || name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
                    continue;
                }
                tables.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return tables;
    }

    /** The table's indexes, each with its columns in order. */
    private static Map<String, List<String>> indexes(Connection connection, String table) throws SQLException {
        Map<String, Map<Integer, String>> columns = new LinkedHashMap<>();
        try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
            while (rows.next()) {
                String index = rows.getString("INDEX_NAME");
                String column = rows.getString("COLUMN_NAME");
                if (index == null || column == null) {
                    continue;
                }
                columns.computeIfAbsent(index, name -> new TreeMap<>()).put(rows.getInt("ORDINAL_POSITION"), column);
            }
        }
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        columns.forEach((index, ordered) -> indexes.put(index, List.copyOf(ordered.values())));
        return indexes;
    }

    private static long count(Connection connection, String table) throws SQLException {
        if (table == null) {
            return 0;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + quote(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Reads every row and every column of a query: a count that cannot be answered from metadata. */
    private static long rows(Connection connection, String query) throws SQLException {
        long rows = 0;
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    result.getObject(column);
                }
                rows++;
            }
        }
        return rows;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static boolean isSqlite(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("sqlite");
    }

    private static Connection connect(Path store) throws SQLException {
        Path file = databaseFile(store);
        String name = file.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            String base = file.toAbsolutePath().toString();
            // Read-only: what a kill left on disk is inspected as it is, before any program opens it for writing.
            return DriverManager.getConnection("jdbc:h2:file:" + base.substring(0, base.length() - ".mv.db".length())
                    + ";ACCESS_MODE_DATA=r", "sa", "");
        }
        // Read-only too; SQLite reads a write-ahead log a kill left behind without writing it back.
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?mode=ro");
    }

    private static Path databaseFile(Path store) {
        if (!Files.isDirectory(store)) {
            return null;
        }
        Path h2 = store.resolve("entente.mv.db");
        if (Files.isRegularFile(h2)) {
            return h2;
        }
        try (Stream<Path> files = Files.list(store)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".db") || name.endsWith(".sqlite") || name.endsWith(".sqlite3");
            }).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
