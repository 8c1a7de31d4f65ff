package com.gjjhall.identity.password;

/**
 * Argon2id in the standard encoded form ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}): whichever
 * implementation made a hash, the other verifies it.
 */
interface Argon2id {

    String hash(String password);

    boolean matches(String password, String encodedHash);

    /** Which implementation this is, for the start-up log line. */
    String name();
}
