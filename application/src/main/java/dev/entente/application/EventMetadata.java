package dev.entente.application;

/** The metadata keys Entente writes on the events it records. */
public final class EventMetadata {

    /**
     * The digest of the command of a batch that wrote the event ({@link EntenteEngine#apply}), so that every event
     * can be traced to the applied command recorded with the same digest. Absent on events sent one by one.
     */
    public static final String COMMAND_DIGEST = "entente.command";

    /** The note recorded with the command that wrote the event (text); absent when there is none. */
    public static final String NOTE = dev.entente.application.readmodel.Annotations.NOTE;

    /**
     * The alternative claims recorded with the command that wrote the event: a list of objects with {@code field},
     * {@code value} and {@code sources} (each with {@code title}, {@code publisher}, {@code published} and an
     * optional {@code url}); absent when there are none.
     */
    public static final String ALTERNATIVES = dev.entente.application.readmodel.Annotations.ALTERNATIVES;

    /**
     * The stable key of the chronicle entry whose command wrote the event (ADR 0022): its explicit {@code id}, or its
     * type and ordinal among the chronicle's commands of that type to that aggregate, after the aggregate's id, e.g.
     * {@code visit:aliyev-pakistan-2024/RecordArrival#1}. Applying an edited entry matches its events by this key
     * and corrects them. Absent on events sent one by one and on events recorded before keys existed.
     */
    public static final String KEY = "entente.key";

    private EventMetadata() {
    }

    /**
     * Whether serialized metadata may hold {@code key}: false when its bytes do not contain the key's name at all,
     * which is what most events' metadata is, so that only the rest need be deserialized. Keys are ASCII, and a
     * multi-byte UTF-8 character never contains an ASCII byte, so the test is on the bytes as they are.
     */
    public static boolean mayHold(byte[] metadata, String key) {
        if (metadata == null) {
            return false;
        }
        int length = key.length();
        if (length == 0) {
            return true;
        }
        // The first character compared in the loop itself, the rest only where it matches: a question reads every
        // event's metadata before the JIT compiles this, and a call per byte made it several per cent of a
        // question's time in the interpreter (docs/adr/0034).
        char first = key.charAt(0);
        outer:
        for (int i = 0, last = metadata.length - length; i <= last; i++) {
            if (metadata[i] != first) {
                continue;
            }
            for (int j = 1; j < length; j++) {
                if (metadata[i + j] != key.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
