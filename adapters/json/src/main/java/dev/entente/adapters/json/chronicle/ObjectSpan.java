package dev.entente.adapters.json.chronicle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.util.Arrays;
import java.util.List;

/**
 * A JSON object found by the scan, to be bound later: the text it lies in, its character span, where it starts, and
 * its top-level members (the first of each name; for a command or a declared source only those the binder asks for),
 * in the order written. Lean, since every span of a chronicle lives
 * until the whole chronicle is read (issue 8, seventh session: a map of members and two locations for each of them
 * came to half the heap the read of 100,000 commands kept, all copied by the collector as the read went on): the
 * members are an array searched by name, and each keeps where it is as numbers, made into a {@link Location} only
 * when a message needs one.
 */
record ObjectSpan(String source, int start, int end, Location location, Member[] members) {

    /** The members in the order written. */
    List<Member> memberList() {
        return Arrays.asList(members);
    }

    /**
     * A top-level member: its name and value token, the value when it is a string of interest, and where its name and
     * value are, as the line and column Jackson reported them in a text that starts at {@code origin}.
     */
    record Member(String name, JsonToken token, String text, Location origin, int nameLine, int nameColumn,
                  int valueLine, int valueColumn) {

        /** A member whose name and value Jackson found at {@code nameAt} and {@code valueAt}. */
        static Member of(String name, JsonToken token, String text, Location origin, JsonLocation nameAt,
                         JsonLocation valueAt) {
            return new Member(name, token, text, origin, nameAt.getLineNr(), nameAt.getColumnNr(),
                    valueAt.getLineNr(), valueAt.getColumnNr());
        }

        Location nameLocation() {
            return JsonText.shift(origin, nameLine, nameColumn);
        }

        Location valueLocation() {
            return JsonText.shift(origin, valueLine, valueColumn);
        }
    }

    String text() {
        return source.substring(start, end);
    }

    /** The member {@code name}, or null. */
    Member member(String name) {
        for (Member member : members) {
            if (member.name().equals(name)) {
                return member;
            }
        }
        return null;
    }

    /** The text of a string member, or null when it is absent or not a string. */
    String string(String name) {
        Member member = member(name);
        return member == null ? null : member.text();
    }
}
