package dev.entente.engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every read-model table, each as text, for tests that compare the read models two paths built. */
final class ReadModelRows {

    /** The read-model tables, each with the columns that order its rows completely; the timeline last. */
    static final List<String> TABLES = List.of(
            "SELECT * FROM entente_rm_record ORDER BY model, doc_key",
            "SELECT * FROM entente_rm_relationship_fact ORDER BY dyad, event_position",
            "SELECT * FROM entente_rm_link ORDER BY dyad, model, doc_key",
            "SELECT * FROM entente_rm_party ORDER BY party, doc_key",
            "SELECT * FROM entente_rm_timeline ORDER BY dyad, event_position");

    /** Index of the timeline's rows in what {@link #of} returns. */
    static final int TIMELINE = 4;

    private ReadModelRows() {
    }

    /** The rows of each table of {@link #TABLES}, in that order, read through {@code connection}. */
    static List<List<String>> of(Connection connection) throws SQLException {
        List<List<String>> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String query : TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(query)) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            row.append(result.getString(c)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                tables.add(rows);
            }
        }
        return tables;
    }
}
