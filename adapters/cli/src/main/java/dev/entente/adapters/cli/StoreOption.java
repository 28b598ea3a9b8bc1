package dev.entente.adapters.cli;

import picocli.CommandLine.Option;

/** The {@code --store} and {@code --read-only} options shared by every command that reads or writes the history. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR|JDBC-URL", defaultValue = "${env:ENTENTE_STORE}",
            description = "Where the history is kept: a directory for the embedded SQLite database (default: ./"
                    + Store.DEFAULT_DIRECTORY + ", or $ENTENTE_STORE), or a jdbc:postgresql: URL.")
    String store;

    @Option(names = "--read-only", description = "Open the store only to read it: questions are answered from the "
            + "read models as they stand, and a command that would write refuses at once.")
    boolean readOnly;

    Store store() {
        return Store.of(store, readOnly);
    }
}
