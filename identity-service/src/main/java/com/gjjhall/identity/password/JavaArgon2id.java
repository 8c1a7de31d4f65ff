package com.gjjhall.identity.password;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** BouncyCastle's pure-Java Argon2, through Spring Security's encoder: runs everywhere, about half as fast. */
final class JavaArgon2id implements Argon2id {

    private final Argon2PasswordEncoder encoder;

    JavaArgon2id(int saltBytes, int hashBytes, int memoryKib, int passes, int lanes) {
        this.encoder = new Argon2PasswordEncoder(saltBytes, hashBytes, lanes, memoryKib, passes);
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String encodedHash) {
        return encoder.matches(password, encodedHash);
    }

    @Override
    public String name() {
        return "BouncyCastle (pure Java)";
    }
}
