package dev.entente.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DuplicateKeyResolverTest {

    private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

    @Test
    void findsADuplicateKeyInTheNextExceptionOfABatchFailure() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
    }

    @Test
    void findsADuplicateKeyAmongTheCauses() {
        SQLException duplicate = new SQLException("Unique index or primary key violation", "23000");
        RuntimeException wrapped = new RuntimeException("append failed", new SQLException("batch", "HY000", duplicate));

        assertThat(resolver.isDuplicateKeyViolation(wrapped)).isTrue();
    }

    @Test
    void treatsAPostgresDeadlockOrSerializationFailureBetweenTwoAppendsAsTheSameConflict() {
        assertThat(resolver.isDuplicateKeyViolation(
                new SQLException("deadlock detected", "40P01"))).isTrue();
        BatchUpdateException batch = new BatchUpdateException("batch failed", new int[0]);
        batch.setNextException(new SQLException("could not serialize access", "40001"));
        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
    }

    @Test
    void doesNotMistakeOtherFailuresForADuplicateKey() {
        SQLException notNull = new SQLException("NULL not allowed", "23502");
        notNull.setNextException(new SQLException("connection lost", "08006"));

        assertThat(resolver.isDuplicateKeyViolation(notNull)).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL here"))).isFalse();
    }

    @Test
    void recognisesSqliteUniqueAndPrimaryKeyViolationsWhichCarryNoSqlState() {
        SQLiteException unique = new SQLiteException("UNIQUE constraint failed: DomainEventEntry.aggregateIdentifier",
                SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE);
        SQLiteException primaryKey = new SQLiteException("PRIMARY KEY constraint failed",
                SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY);
        assertThat(unique.getSQLState()).isNull();

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", unique))).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(primaryKey)).isTrue();
    }

    @Test
    void aReadOnlyOrBusyDatabaseIsNotADuplicateKey() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLiteException("attempt to write a readonly database",
                SQLiteErrorCode.SQLITE_READONLY))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLiteException("database is locked",
                SQLiteErrorCode.SQLITE_BUSY))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLiteException("NOT NULL constraint failed",
                SQLiteErrorCode.SQLITE_CONSTRAINT_NOTNULL))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("The database is read only", "90097"))).isFalse();
    }
}
