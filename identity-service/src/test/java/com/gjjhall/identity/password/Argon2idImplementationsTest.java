package com.gjjhall.identity.password;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The native and the pure-Java Argon2id are interchangeable: a hash stored by a node that ran one is verified
 * by a node that runs the other, including passwords outside ASCII.
 */
class Argon2idImplementationsTest {

    private static final String PASSWORD = "Demo@2026公积金𠮷";

    private final Argon2id nativeArgon2 = NativeArgon2id.load(16, 32, 19456, 2, 1);
    private final Argon2id javaArgon2 = new JavaArgon2id(16, 32, 19456, 2, 1);

    @Test
    void eachVerifiesTheOthersHashAndRefusesAnyOtherPassword() {
        String byNative = nativeArgon2.hash(PASSWORD);
        String byJava = javaArgon2.hash(PASSWORD);

        assertThat(byNative).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(byJava).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(javaArgon2.matches(PASSWORD, byNative)).isTrue();
        assertThat(nativeArgon2.matches(PASSWORD, byJava)).isTrue();
        assertThat(javaArgon2.matches("Demo@2026", byNative)).isFalse();
        assertThat(nativeArgon2.matches("Demo@2026", byJava)).isFalse();
    }

    @Test
    void aMalformedStoredHashMatchesNothing() {
        assertThat(nativeArgon2.matches(PASSWORD, "$argon2id$v=19$m=19456,t=2,p=1$broken")).isFalse();
        assertThat(nativeArgon2.matches(PASSWORD, "not a hash")).isFalse();
    }
}
