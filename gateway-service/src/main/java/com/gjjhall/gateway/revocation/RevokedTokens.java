package com.gjjhall.gateway.revocation;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens revoked by a logout before they expire (the jti of each), as identity-service announced them. A
 * revoked token is kept only until it would have expired anyway: after that the expiry check refuses it.
 */
public final class RevokedTokens {

    private final Map<String, Instant> expiryByTokenId = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile boolean caughtUp;

    public RevokedTokens(Clock clock) {
        this.clock = clock;
    }

    public void revoke(String tokenId, Instant expiresAt) {
        if (expiresAt.isAfter(clock.instant())) {
            expiryByTokenId.put(tokenId, expiresAt);
        }
    }

    public boolean isRevoked(String tokenId) {
        return tokenId != null && expiryByTokenId.containsKey(tokenId);
    }

    /** Drops what has expired since: the map holds at most a token lifetime's worth of logouts. */
    public void forgetExpired() {
        Instant now = clock.instant();
        expiryByTokenId.values().removeIf(expiry -> !expiry.isAfter(now));
    }

    public int size() {
        return expiryByTokenId.size();
    }

    /** Set once every revocation published before the gateway started has been read. */
    void markCaughtUp() {
        caughtUp = true;
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }
}
