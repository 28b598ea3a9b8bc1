package dev.entente.domain.agreement;

/**
 * The kind of instrument. A memorandum (of understanding or of cooperation) and a joint declaration record
 * political commitments: they do not bind in law and are never ratified.
 */
public enum InstrumentKind {
    TREATY("treaty", true),
    AGREEMENT("agreement", true),
    PROTOCOL("protocol", true),
    PROGRAMME("programme", true),
    MEMORANDUM_OF_UNDERSTANDING("memorandum of understanding", false),
    MEMORANDUM_OF_COOPERATION("memorandum of cooperation", false),
    JOINT_DECLARATION("joint declaration", false);

    private final String label;
    private final boolean binding;

    InstrumentKind(String label, boolean binding) {
        this.label = label;
        this.binding = binding;
    }

    public String label() {
        return label;
    }

    /** Whether the instrument binds its parties in international law. */
    public boolean isBinding() {
        return binding;
    }

    /** Whether an instrument of this kind binds its parties: {@code stated} when the sources say, else the default. */
    public boolean binds(Boolean stated) {
        return stated == null ? binding : stated;
    }
}
