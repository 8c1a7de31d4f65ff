package com.gjjhall.identity.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tokens' signatures must verify anywhere a standard ES256 verifier runs: the gateway, services, clients. */
class Es256SignerTest {

    private final ECKey key = generate();

    @Test
    void aSignedTokenVerifiesWithTheJdksOwnEs256AndNotWithAnotherKey() throws Exception {
        Es256Signer signer = new Es256Signer(key);
        for (int i = 0; i < 20; i++) {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256),
                    new JWTClaimsSet.Builder().subject("operator-" + i).build());
            jwt.sign(signer);
            SignedJWT received = SignedJWT.parse(jwt.serialize());
            assertThat(received.verify(new ECDSAVerifier(key.toPublicJWK()))).isTrue();
            assertThat(received.verify(new ECDSAVerifier(generate().toPublicJWK()))).isFalse();
        }
    }

    @Test
    void theSameMessageGetsTheSameSignatureWithoutARandomSource() throws Exception {
        Es256Signer signer = new Es256Signer(key);
        JWSHeader header = new JWSHeader(JWSAlgorithm.ES256);
        byte[] message = "header.payload".getBytes();
        assertThat(signer.sign(header, message)).isEqualTo(new Es256Signer(key).sign(header, message));
        assertThat(signer.sign(header, "header.other".getBytes())).isNotEqualTo(signer.sign(header, message));
        assertThat(signer.sign(header, message).decode()).hasSize(64);
    }

    @Test
    void onlyEs256WithAPrivateKeyIsSigned() {
        assertThatThrownBy(() -> new Es256Signer(key.toPublicJWK())).isInstanceOf(JOSEException.class);
        assertThatThrownBy(() -> new Es256Signer(key).sign(new JWSHeader(JWSAlgorithm.ES384), new byte[1]))
                .isInstanceOf(JOSEException.class);
    }

    private static ECKey generate() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("k").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
