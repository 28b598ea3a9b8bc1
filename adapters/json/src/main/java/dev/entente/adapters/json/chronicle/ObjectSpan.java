package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Map;

/**
 * A JSON object found by the scan, to be bound later: the text it lies in, its character span, where it starts, and
 * its top-level members.
 */
record ObjectSpan(String source, int start, int end, Location location, Map<String, Member> members) {

    /** A top-level member: its name and value token, where each is, and the value when it is a string of interest. */
    record Member(String name, Location nameLocation, JsonToken token, String text, Location valueLocation) {
    }

    String text() {
        return source.substring(start, end);
    }

    Member member(String name) {
        return members.get(name);
    }

    /** The text of a string member, or null when it is absent or not a string. */
    String string(String name) {
        Member member = members.get(name);
        return member == null ? null : member.text();
    }
}
