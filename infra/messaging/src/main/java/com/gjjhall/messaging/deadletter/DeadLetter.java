package com.gjjhall.messaging.deadletter;

/**
 * An event this service could not process after its retries, as parked on its dead-letter topic.
 *
 * @param position      where it sits on the dead-letter topic ({@code partition@offset})
 * @param originalTopic where it was first published
 * @param error         why processing failed, as the exception said
 */
public record DeadLetter(String position, String eventId, String eventType, String originalTopic,
                         String error, String payload) {
}
