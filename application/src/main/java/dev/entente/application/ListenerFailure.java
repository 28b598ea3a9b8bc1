package dev.entente.application;

/**
 * A listener that still failed on an event after its last attempt: the engine reports it (see
 * {@link EngineBuilder#onListenerFailure}) and goes on with the next event.
 *
 * @param listener the listener's name ({@link EngineBuilder#onEvent(String, java.util.function.Consumer)}), or
 *        {@code listener #n} for the n-th listener added without one
 * @param event the event it failed on
 * @param attempts how many times it was called with the event
 * @param error what it threw the last time (an exception or an error other than the virtual machine's own)
 */
public record ListenerFailure(String listener, RecordedEvent event, int attempts, Throwable error) {
}
