package dev.entente.adapters.json.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads {@code agreement.signed} revision 1, which listed {@code signatories} (each signing for their own country),
 * as revision 2, which lists {@code signatures} of a party and its (possibly unnamed) signatory.
 */
public final class AgreementSignedRevision1Upcaster extends SingleEventUpcaster {

    private static final String NAME = "agreement.signed";
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(NAME, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        SerializedType type = representation.getType();
        return NAME.equals(type.getName()) && "1".equals(type.getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class, AgreementSignedRevision1Upcaster::upcast);
    }

    private static JsonNode upcast(JsonNode payload) {
        ObjectNode event = ((ObjectNode) payload).deepCopy();
        JsonNode signatories = event.remove("signatories");
        ArrayNode signatures = event.putArray("signatures");
        if (signatories != null) {
            for (JsonNode signatory : signatories) {
                if (!signatory.isObject()) {
                    continue; // revision 1 dropped empty entries when it was read, so they signed nothing
                }
                ObjectNode signature = signatures.addObject();
                signature.set("signatory", signatory);
                // Revision 1 had no party of its own: every signatory signed for the country they served.
                signature.set("party", signatory.get("country"));
            }
        }
        return event;
    }
}
