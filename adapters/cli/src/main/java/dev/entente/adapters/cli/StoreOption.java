package dev.entente.adapters.cli;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that reads or writes the history. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR|JDBC-URL", defaultValue = "${env:ENTENTE_STORE}",
            description = "Where the history is kept: a directory for the embedded H2 database (default: ./"
                    + Store.DEFAULT_DIRECTORY + ", or $ENTENTE_STORE), or a jdbc:postgresql: URL.")
    String store;

    Store store() {
        return Store.of(store);
    }
}
