package com.gjjhall.softkey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Makes soft USB key files: a PKCS#12 file (AES-256, PBKDF2) holding one private key and its certificate
 * chain, protected by the PIN. The issuer writes it once; {@link SoftUsbKey} opens it.
 */
public final class SoftUsbKeyFile {

    /** The one entry of a key file. */
    public static final String ALIAS = "gjj-usb-key";
    public static final int MIN_PIN_LENGTH = 6;
    public static final int MAX_PIN_LENGTH = 16;
    private static final String STORE_TYPE = "PKCS12-AES256-AES128";

    private SoftUsbKeyFile() {
    }

    /** The PKCS#12 bytes of a key file; {@code chain} starts with the key's own certificate. */
    public static byte[] create(PrivateKey key, List<X509Certificate> chain, char[] pin) {
        requireValidPin(pin);
        try {
            KeyStore store = KeyStore.getInstance(STORE_TYPE, Crypto.provider());
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, null, chain.toArray(Certificate[]::new));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, pin);
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a key file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a new key file (replacing any old one) with a fresh count of wrong PINs. */
    public static void write(Path file, byte[] pkcs12) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, pkcs12);
            PinTries.of(file).reset();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key file " + file, e);
        }
    }

    /** A PIN has 6 to 16 characters, as on bank USB keys. */
    public static void requireValidPin(char[] pin) {
        if (pin == null || pin.length < MIN_PIN_LENGTH || pin.length > MAX_PIN_LENGTH) {
            throw new IllegalArgumentException("PIN码须为" + MIN_PIN_LENGTH + "至" + MAX_PIN_LENGTH + "位");
        }
    }
}
