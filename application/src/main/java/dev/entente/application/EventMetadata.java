package dev.entente.application;

/** The metadata keys Entente writes on the events it records. */
public final class EventMetadata {

    /**
     * The digest of the command of a batch that wrote the event ({@link EntenteEngine#apply}), so that every event
     * can be traced to the applied command recorded with the same digest. Absent on events sent one by one.
     */
    public static final String COMMAND_DIGEST = "entente.command";

    private EventMetadata() {
    }
}
