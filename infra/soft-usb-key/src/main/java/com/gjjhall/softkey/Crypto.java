package com.gjjhall.softkey;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import java.security.Provider;
import java.security.Security;

/**
 * The BouncyCastle provider, registered once: it has SM2/SM3, and its P-256 is about ten times faster
 * than the JDK's own.
 */
public final class Crypto {

    private static final Provider PROVIDER;

    static {
        Provider registered = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (registered == null) {
            registered = new BouncyCastleProvider();
            Security.addProvider(registered);
        }
        PROVIDER = registered;
    }

    private Crypto() {
    }

    public static Provider provider() {
        return PROVIDER;
    }
}
