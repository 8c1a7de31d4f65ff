package com.gjjhall.identity.token;

import com.gjjhall.servicekit.security.InvalidTokenException;
import com.gjjhall.servicekit.security.TokenVerifier;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * identity-service's own token check: the platform's (signature, expiry, claims) and then whether the
 * session was revoked by a logout. The gateway, the one door for clients, learns of revocations from
 * {@code identity.SessionRevoked.v1} and turns such tokens away before they reach any other service.
 */
class RevocationAwareTokenVerifier extends TokenVerifier {

    private final RevokedSessions revoked;

    RevocationAwareTokenVerifier(JWKSource<SecurityContext> keys, RevokedSessions revoked) {
        super(keys);
        this.revoked = revoked;
    }

    @Override
    protected void refuseIfEnded(String sessionId) {
        if (revoked.isRevoked(sessionId)) {
            throw new InvalidTokenException("token refused: the session was ended", null);
        }
    }
}
