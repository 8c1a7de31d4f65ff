package com.gjjhall.softkey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many wrong PINs in a row a key file has seen, kept beside it ({@code <file>.pin-tries}). A real key
 * keeps this counter in tamper-resistant hardware; a file cannot, so the lock that follows the 6th wrong
 * PIN destroys the key material itself (see {@link SoftUsbKey}).
 */
final class PinTries {

    private final Path counter;

    private PinTries(Path counter) {
        this.counter = counter;
    }

    static PinTries of(Path keyFile) {
        return new PinTries(keyFile.resolveSibling(keyFile.getFileName() + ".pin-tries"));
    }

    int wrongPins() {
        try {
            if (!Files.exists(counter)) {
                return 0;
            }
            return Integer.parseInt(Files.readString(counter, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + counter, e);
        } catch (NumberFormatException e) {
            // A damaged counter counts as spent: guessing must not get cheaper by corrupting it.
            return SoftUsbKey.MAX_WRONG_PINS;
        }
    }

    void set(int wrongPins) {
        try {
            Files.writeString(counter, Integer.toString(wrongPins), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + counter, e);
        }
    }

    void reset() {
        set(0);
    }
}
