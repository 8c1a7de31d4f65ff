package com.gjjhall.identity.operator;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The operator logged in; {@code certificateSerialNumber} is null for centre staff (no certificate). */
@Revision("1")
public record LoginSucceeded(String operatorId, String unitId, String sessionId, String certificateSerialNumber,
                             Instant loggedInAt) {
}
