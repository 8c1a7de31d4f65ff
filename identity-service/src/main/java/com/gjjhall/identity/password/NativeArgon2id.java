package com.gjjhall.identity.password;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;

import java.nio.charset.StandardCharsets;

/** The reference implementation (libargon2) through JNA. */
final class NativeArgon2id implements Argon2id {

    private final Argon2 argon2;
    private final int memoryKib;
    private final int passes;
    private final int lanes;

    private NativeArgon2id(Argon2 argon2, int memoryKib, int passes, int lanes) {
        this.argon2 = argon2;
        this.memoryKib = memoryKib;
        this.passes = passes;
        this.lanes = lanes;
    }

    /** Loads the native library now, so a platform without it fails here and not at the first login. */
    static NativeArgon2id load(int saltBytes, int hashBytes, int memoryKib, int passes, int lanes) {
        Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, saltBytes, hashBytes);
        NativeArgon2id loaded = new NativeArgon2id(argon2, memoryKib, passes, lanes);
        loaded.argon2.hash(1, 8, 1, new char[] {'x'}, StandardCharsets.UTF_8);
        return loaded;
    }

    @Override
    public String hash(String password) {
        char[] chars = password.toCharArray();
        try {
            return argon2.hash(passes, memoryKib, lanes, chars, StandardCharsets.UTF_8);
        } finally {
            argon2.wipeArray(chars);
        }
    }

    @Override
    public boolean matches(String password, String encodedHash) {
        char[] chars = password.toCharArray();
        try {
            return argon2.verify(encodedHash, chars, StandardCharsets.UTF_8);
        } catch (IllegalStateException malformed) {
            return false;
        } finally {
            argon2.wipeArray(chars);
        }
    }

    @Override
    public String name() {
        return "libargon2 (native)";
    }
}
