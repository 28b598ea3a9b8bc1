package dev.entente.domain.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name and revision an event is stored under. The name never changes once events were written with it, so a
 * class may be renamed or moved without breaking the history; a change other than adding a field needs a new
 * revision and an upcaster.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface StoredEvent {

    /** A stable name such as {@code agreement.signed}. */
    String name();

    /** The revision of the payload's shape, starting at {@code "1"}. */
    String revision() default "1";
}
