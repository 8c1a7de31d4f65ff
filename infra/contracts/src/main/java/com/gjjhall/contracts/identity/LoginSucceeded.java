package com.gjjhall.contracts.identity;

import com.gjjhall.contracts.IntegrationEvent;
import com.gjjhall.contracts.PublishedEvent;

import java.time.Instant;

/** An operator logged in; the session is the token's id (jti), the certificate the one that signed the challenge (none for centre staff). */
@PublishedEvent(name = "identity.LoginSucceeded", version = 1)
public record LoginSucceeded(String operatorId, String unitId, String sessionId,
                             String certificateSerialNumber, Instant loggedInAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return operatorId;
    }
}
