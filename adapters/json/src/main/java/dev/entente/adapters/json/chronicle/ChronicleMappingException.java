package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A problem that has its own chronicle code, such as an unknown source id, raised from inside Jackson so that it
 * carries the path and location of the offending value. A null code means "already reported elsewhere".
 */
final class ChronicleMappingException extends JsonMappingException {

    private final String code;

    ChronicleMappingException(JsonParser parser, String message, String code) {
        super(parser, message);
        this.code = code;
    }

    /** A command that cites a source whose declaration was refused: that error is reported once, at the declaration. */
    static ChronicleMappingException alreadyReported(JsonParser parser) {
        return new ChronicleMappingException(parser, "cites a source whose declaration has errors", null);
    }

    String code() {
        return code;
    }
}
