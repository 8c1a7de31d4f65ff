package com.gjjhall.endtoend.identity;

import com.gjjhall.testkit.Infrastructure;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * identity-service's real token-signing key, unsealed with the master key the test gave it (as its SecretBox
 * does: AES-256-GCM under SHA-256 of the master key), so a test can make a token that is genuinely signed
 * but expired: the one thing the running service never hands out.
 */
final class PlatformSigningKey {

    private PlatformSigningKey() {
    }

    static String expiredToken(Infrastructure infrastructure, IdentityPlatform platform, String operatorId,
                               String unitId, String... roles) throws Exception {
        ECKey key = load(infrastructure, platform);
        Instant issued = Instant.now().minusSeconds(3600);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer("gjj-hall/identity").subject(operatorId).claim("unit", unitId).claim("login", operatorId)
                .claim("roles", List.of(roles)).jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issued)).notBeforeTime(Date.from(issued))
                .expirationTime(Date.from(issued.plusSeconds(1800)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static ECKey load(Infrastructure infrastructure, IdentityPlatform platform) throws Exception {
        byte[] sealed;
        try (var connection = DriverManager.getConnection(infrastructure.jdbcUrl(platform.database),
                infrastructure.username(), infrastructure.password());
             ResultSet rs = connection.createStatement().executeQuery(
                     "select encrypted_private_key from signing_key where retired_at is null order by created_at desc limit 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("identity-service has no signing key yet");
            }
            sealed = rs.getBytes(1);
        }
        byte[] derived = MessageDigest.getInstance("SHA-256")
                .digest(("gjj-hall/secret-box/v1:" + platform.masterKey).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(128, sealed, 0, 12));
        return ECKey.parse(new String(cipher.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.UTF_8));
    }
}
