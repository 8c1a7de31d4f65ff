package com.gjjhall.identity.password;

import com.gjjhall.identity.IdentityError;
import com.gjjhall.servicekit.errors.BusinessException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Argon2id, by default at OWASP's minimum in its 7 MiB, 5 passes, 1 lane form (equal in defence to 19 MiB and 2
 * passes, lighter on memory and cache): tens of milliseconds per hash on purpose ({@code gjj.passwords.argon2.*} changes them; a stored hash keeps its own parameters and is
 * upgraded at the next correct login). Login capacity is bound by this hash, so the fastest implementation that
 * loads hashes: the platform's own (AVX2, built into the jar for Linux x86-64; {@link VectorArgon2id}), else the
 * reference libargon2 (2-2.5 times slower), else BouncyCastle's pure Java (twice slower again); each reads the
 * others' hashes.
 * At most {@code gjj.passwords.concurrent-hashes} run at once (default: one per core), so a burst of logins
 * queues instead of taking 7 MiB each and starving the processors; one that would wait longer than
 * {@code gjj.passwords.max-wait} is refused as busy (503) instead of timing out later. Neither a password
 * nor a hash is ever logged.
 */
@Component
public class PasswordHashing {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int LANES = 1;

    private static final Logger log = LoggerFactory.getLogger(PasswordHashing.class);

    private final Argon2id argon2;
    private final Argon2PasswordEncoder parameters;
    private final Semaphore slots;
    private final Duration maxWait;
    private final Timer hashing;

    public PasswordHashing(@Value("${gjj.passwords.argon2.memory-kib:7168}") int memoryKib,
                           @Value("${gjj.passwords.argon2.passes:5}") int passes,
                           @Value("${gjj.passwords.concurrent-hashes:0}") int concurrentHashes,
                           @Value("${gjj.passwords.max-wait:3s}") Duration maxWait, MeterRegistry meters) {
        this.argon2 = implementation(memoryKib, passes);
        this.parameters = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, LANES, memoryKib, passes);
        log.info("passwords: Argon2id {} KiB, {} passes, {}", memoryKib, passes, argon2.name());
        this.slots = new Semaphore(concurrentHashes > 0 ? concurrentHashes : Runtime.getRuntime().availableProcessors(), true);
        this.maxWait = maxWait;
        this.hashing = Timer.builder("identity.password.hashing")
                .description("Argon2id hashing and verification, without the wait for a free slot")
                .register(meters);
    }

    public String hash(String password) {
        return inSlot(() -> argon2.hash(password));
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        return inSlot(() -> argon2.matches(password, hash));
    }

    /** Whether a stored hash was made with weaker parameters than today's and should be made again. */
    public boolean isWeakerThanConfigured(String hash) {
        return parameters.upgradeEncoding(hash);
    }

    private static Argon2id implementation(int memoryKib, int passes) {
        try {
            return VectorArgon2id.load(SALT_BYTES, HASH_BYTES, memoryKib, passes, LANES);
        } catch (LinkageError | RuntimeException unavailable) {
            log.info("the platform's Argon2id is not built for this machine ({}); the reference libargon2 hashes",
                    unavailable.toString());
        }
        try {
            return NativeArgon2id.load(SALT_BYTES, HASH_BYTES, memoryKib, passes, LANES);
        } catch (LinkageError | RuntimeException unavailable) {
            log.warn("native Argon2 unavailable ({}); hashing in pure Java, about half as fast", unavailable.toString());
            return new JavaArgon2id(SALT_BYTES, HASH_BYTES, memoryKib, passes, LANES);
        }
    }

    private <T> T inSlot(Supplier<T> work) {
        try {
            if (!slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new BusinessException(IdentityError.BUSY);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException(IdentityError.BUSY);
        }
        try {
            return hashing.record(work);
        } finally {
            slots.release();
        }
    }
}
