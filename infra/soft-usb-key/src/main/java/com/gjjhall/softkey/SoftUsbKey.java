package com.gjjhall.softkey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.Pfx;

/**
 * A soft USB key: a PIN-protected key file that behaves like a bank's USB key. Each wrong PIN is counted
 * before the PIN is tried (so an interrupted try still counts); the 6th wrong PIN in a row overwrites the
 * key material, and the key is locked for good. A right PIN resets the count.
 *
 * <p>What a file cannot do: stop someone who copied it beforehand from guessing offline. The file's key
 * derivation (PBKDF2, hundreds of thousands of rounds) makes each guess slow; a hardware key is the answer.
 */
public final class SoftUsbKey {

    public static final int MAX_WRONG_PINS = 6;
    static final String LOCKED_MARKER = "GJJ SOFT USB KEY: LOCKED AFTER " + MAX_WRONG_PINS + " WRONG PINS\n";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String NOT_A_KEY_FILE = "不是有效的证书文件: ";

    private final Path file;
    private final PinTries tries;

    private SoftUsbKey(Path file) {
        this.file = file;
        this.tries = PinTries.of(file);
    }

    public static SoftUsbKey open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("证书文件不存在: " + file);
        }
        return new SoftUsbKey(file);
    }

    public Path file() {
        return file;
    }

    public boolean isLocked() {
        return tries.wrongPins() >= MAX_WRONG_PINS || startsWithLockedMarker();
    }

    /** Wrong PINs left before the key locks. */
    public int triesLeft() {
        return isLocked() ? 0 : MAX_WRONG_PINS - tries.wrongPins();
    }

    /** Opens the key with its PIN. */
    public UnlockedKey unlock(char[] pin) throws WrongPinException, KeyLockedException {
        try (FileChannel guard = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock ignored = guard.lock()) {
            if (isLocked()) {
                throw new KeyLockedException();
            }
            byte[] content = Files.readAllBytes(file);
            if (!isKeyFile(content)) {
                throw new IllegalArgumentException(NOT_A_KEY_FILE + file);
            }
            int wrongSoFar = tries.wrongPins();
            tries.set(wrongSoFar + 1);
            KeyStore store;
            try {
                store = load(content, pin);
            } catch (IllegalArgumentException damaged) {
                // A file that is no key at all says nothing about the PIN: the try does not count.
                tries.set(wrongSoFar);
                throw damaged;
            } catch (UnrecoverableKeyException wrongPin) {
                if (wrongSoFar + 1 >= MAX_WRONG_PINS) {
                    destroyKeyMaterial(guard);
                    throw new KeyLockedException();
                }
                throw new WrongPinException(MAX_WRONG_PINS - wrongSoFar - 1);
            }
            tries.reset();
            return unlocked(store, pin);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the key file " + file, e);
        }
    }

    /** Sets a new PIN; the old one must be right (and counts as a try like any other). */
    public void changePin(char[] oldPin, char[] newPin) throws WrongPinException, KeyLockedException {
        SoftUsbKeyFile.requireValidPin(newPin);
        UnlockedKey key = unlock(oldPin);
        byte[] replaced = SoftUsbKeyFile.create(key.privateKey(), key.chain(), newPin);
        try {
            Files.write(file, replaced);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key file " + file, e);
        }
    }

    /** A PKCS#12 structure (PFX), read without the PIN: anything else is no key file, whatever PIN is given. */
    private static boolean isKeyFile(byte[] content) {
        try {
            Pfx.getInstance(ASN1Primitive.fromByteArray(content));
            return true;
        } catch (IOException | RuntimeException notPkcs12) {
            return false;
        }
    }

    private KeyStore load(byte[] content, char[] pin) throws UnrecoverableKeyException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", Crypto.provider());
            store.load(new ByteArrayInputStream(content), pin);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException wrongPin) {
                throw wrongPin;
            }
            throw new IllegalArgumentException(NOT_A_KEY_FILE + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(NOT_A_KEY_FILE + file, e);
        }
    }

    private UnlockedKey unlocked(KeyStore store, char[] pin) {
        try {
            PrivateKey key = (PrivateKey) store.getKey(SoftUsbKeyFile.ALIAS, pin);
            Certificate[] chain = store.getCertificateChain(SoftUsbKeyFile.ALIAS);
            if (key == null || chain == null || chain.length == 0) {
                throw new IllegalArgumentException("证书文件中没有证书和私钥: " + file);
            }
            return new UnlockedKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(NOT_A_KEY_FILE + file, e);
        }
    }

    /** Overwrites the file in place with random bytes, then leaves only the marker: no PIN opens it again. */
    private void destroyKeyMaterial(FileChannel channel) throws IOException {
        byte[] noise = new byte[(int) channel.size()];
        RANDOM.nextBytes(noise);
        channel.write(ByteBuffer.wrap(noise), 0);
        channel.force(true);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(LOCKED_MARKER.getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(true);
        tries.set(MAX_WRONG_PINS);
    }

    private boolean startsWithLockedMarker() {
        try {
            byte[] marker = LOCKED_MARKER.getBytes(StandardCharsets.US_ASCII);
            byte[] head = new byte[marker.length];
            try (var in = Files.newInputStream(file)) {
                return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
