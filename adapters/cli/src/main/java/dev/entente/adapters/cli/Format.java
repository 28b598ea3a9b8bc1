package dev.entente.adapters.cli;

/** How results are printed: readable text (the default), JSON for scripts, or CSV for tables. */
enum Format {
    TEXT, JSON, CSV
}
