package com.gjjhall.identity.password;

import com.gjjhall.servicekit.errors.BusinessException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class PasswordHashingTest {

    @Test
    void aPasswordMatchesItsArgon2idHashAndNothingElseDoes() {
        PasswordHashing hashing = new PasswordHashing(19456, 2, 1, Duration.ofSeconds(5), new SimpleMeterRegistry());
        String hash = hashing.hash("Demo@2026");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("Demo@2026");
        assertThat(hashing.matches("Demo@2026", hash)).isTrue();
        assertThat(hashing.matches("demo@2026", hash)).isFalse();
        assertThat(hashing.matches(null, hash)).isFalse();
    }

    @Test
    void aHashMadeWithWeakerParametersThanTodaysIsMarkedForRehashing() {
        PasswordHashing weaker = new PasswordHashing(4096, 1, 1, Duration.ofSeconds(5), new SimpleMeterRegistry());
        PasswordHashing today = new PasswordHashing(19456, 2, 1, Duration.ofSeconds(5), new SimpleMeterRegistry());
        String old = weaker.hash("Demo@2026");
        assertThat(today.matches("Demo@2026", old)).as("old hashes keep working").isTrue();
        assertThat(today.isWeakerThanConfigured(old)).isTrue();
        assertThat(today.isWeakerThanConfigured(today.hash("Demo@2026"))).isFalse();
    }

    @Test
    void whenEverySlotStaysBusyLongerThanTheWaitALoginIsRefusedAsBusyInsteadOfQueuedForLong() {
        PasswordHashing hashing = new PasswordHashing(19456, 2, 1, Duration.ofMillis(1), new SimpleMeterRegistry());
        String hash = hashing.hash("Demo@2026");
        AtomicBoolean stop = new AtomicBoolean();
        Thread occupier = new Thread(() -> {
            while (!stop.get()) {
                try {
                    hashing.matches("Demo@2026", hash);
                } catch (BusinessException ignored) {
                    // the other caller had the slot for a moment
                }
            }
        });
        occupier.start();
        AtomicReference<String> refusal = new AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                try {
                    hashing.matches("Demo@2026", hash);
                    return false;
                } catch (BusinessException e) {
                    refusal.set(e.code().name() + " " + e.code().status().value() + " " + e.code().message());
                    return true;
                }
            });
        } finally {
            stop.set(true);
        }
        assertThat(refusal.get()).isEqualTo("BUSY 503 系统繁忙，请稍后再试");
    }
}
