package dev.entente.crash;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The integrity check the suites make on a store: the suite's own reading of its tables through JDBC
 * ({@link StoreInspection#problems}) and {@code entente check}, which must exit 0.
 */
final class Integrity {

    private Integrity() {
    }

    /** What is wrong with the store; empty when both checks pass (and when there is no store at all). */
    static List<String> problems(Path store) {
        List<String> problems = new ArrayList<>(StoreInspection.problems(store));
        if (StoreInspection.exists(store)) {
            InProcess.Result check = InProcess.run("check", "--store", store.toString());
            if (check.exitCode() != 0 || check.escaped() != null) {
                problems.add("entente check --store " + store + " did not pass: " + check);
            }
        }
        return problems;
    }
}
