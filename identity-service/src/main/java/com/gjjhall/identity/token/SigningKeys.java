package com.gjjhall.identity.token;

import com.gjjhall.identity.secrets.SecretBox;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The keys tokens are signed with (ES256). Created on first use and kept, sealed, in the database, so
 * every instance of identity-service signs with the same key and tokens survive a restart.
 */
@Component
public class SigningKeys {

    private final JdbcTemplate jdbc;
    private final SecretBox secrets;
    private static final long PUBLISHED_KEYS_MAX_AGE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private volatile ECKey current;
    private volatile CachedKeys published;

    public SigningKeys(JdbcTemplate jdbc, SecretBox secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** The key new tokens are signed with. */
    public ECKey current() {
        ECKey key = current;
        if (key == null) {
            synchronized (this) {
                if (current == null) {
                    current = loadOrCreate();
                }
                key = current;
            }
        }
        return key;
    }

    /**
     * The public keys tokens may be verified with: the JWK set the gateway and services fetch, and what this
     * service checks every request's token against, so it is read from the database at most once a minute.
     */
    public JWKSet publicKeys() {
        CachedKeys cached = published;
        long now = System.nanoTime();
        if (cached == null || now - cached.readAt() > PUBLISHED_KEYS_MAX_AGE_NANOS) {
            current();
            List<JWK> keys = jdbc.query("select public_jwk from signing_key where retired_at is null order by created_at",
                    (rs, i) -> parse(rs.getString(1)));
            cached = new CachedKeys(new JWKSet(keys), now);
            published = cached;
        }
        return cached.keys();
    }

    private record CachedKeys(JWKSet keys, long readAt) {
    }

    private ECKey loadOrCreate() {
        // An advisory lock keeps two instances starting together from creating two keys.
        jdbc.execute("select pg_advisory_lock(hashtext('gjj.signing_key'))");
        try {
            List<byte[]> sealed = jdbc.queryForList(
                    "select encrypted_private_key from signing_key where retired_at is null order by created_at desc limit 1",
                    byte[].class);
            if (!sealed.isEmpty()) {
                return (ECKey) parse(new String(secrets.open(sealed.get(0)), StandardCharsets.UTF_8));
            }
            ECKey key = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .generate();
            jdbc.update("insert into signing_key (key_id, public_jwk, encrypted_private_key) values (?, ?, ?)",
                    key.getKeyID(), key.toPublicJWK().toJSONString(),
                    secrets.seal(key.toJSONString().getBytes(StandardCharsets.UTF_8)));
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot create a token signing key", e);
        } finally {
            jdbc.execute("select pg_advisory_unlock(hashtext('gjj.signing_key'))");
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key is unreadable", e);
        }
    }
}
