package com.gjjhall.identity.password;

import com.sun.jna.Library;
import com.sun.jna.Native;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The platform's own Argon2id ({@code src/main/c/argon2id.c}, built into the jar for Linux x86-64), whose block
 * compression runs in AVX2 registers where the processor has them: 11-15 ms a 7 MiB x 5 hash on this
 * platform's machines where the reference libargon2 takes 24-34 ms, with the same output (RFC 9106; {@code VectorArgon2idTest}). The salt
 * and the encoded form ({@code $argon2id$v=19$m=…,t=…,p=…$salt$tag}) are made here.
 */
final class VectorArgon2id implements Argon2id {

    private static final String LIBRARY_RESOURCE = "/native/linux-x86-64/libgjj-argon2id.so";
    private static final int VERSION = 19;
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder BASE64_DECODER = Base64.getDecoder();

    /** The C functions, through JNA. */
    interface Functions extends Library {

        int gjj_argon2id_raw(byte[] password, int passwordLength, byte[] salt, int saltLength, byte[] secret,
                             int secretLength, byte[] associated, int associatedLength, int passes, int memoryKib,
                             int lanes, byte[] tag, int tagLength);

        int gjj_argon2id_vectorized();
    }

    /** The cost parameters and salt of a stored hash, and its tag. */
    record Encoded(int memoryKib, int passes, int lanes, byte[] salt, byte[] tag) {

        static Optional<Encoded> parse(String encoded) {
            // "", "argon2id", "v=19", "m=…,t=…,p=…", salt, tag
            String[] parts = encoded.split("\\$", -1);
            if (parts.length != 6 || !parts[0].isEmpty() || !parts[1].equals("argon2id")
                    || !parts[2].equals("v=" + VERSION)) {
                return Optional.empty();
            }
            String[] costs = parts[3].split(",", -1);
            if (costs.length != 3 || !costs[0].startsWith("m=") || !costs[1].startsWith("t=")
                    || !costs[2].startsWith("p=")) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Encoded(Integer.parseInt(costs[0].substring(2)),
                        Integer.parseInt(costs[1].substring(2)), Integer.parseInt(costs[2].substring(2)),
                        BASE64_DECODER.decode(parts[4]), BASE64_DECODER.decode(parts[5])));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }

        /** What RFC 9106 allows: anything else stored is not a hash this service made. */
        boolean withinLimits() {
            return lanes >= 1 && lanes <= 0xFFFFFF && passes >= 1 && memoryKib >= 8 * lanes && salt.length >= 8
                    && tag.length >= 4;
        }

        String text() {
            return "$argon2id$v=" + VERSION + "$m=" + memoryKib + ",t=" + passes + ",p=" + lanes + "$"
                    + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(tag);
        }
    }

    private final Functions functions;
    private final SecureRandom random = new SecureRandom();
    private final int saltBytes;
    private final int hashBytes;
    private final int memoryKib;
    private final int passes;
    private final int lanes;

    private VectorArgon2id(Functions functions, int saltBytes, int hashBytes, int memoryKib, int passes, int lanes) {
        this.functions = functions;
        this.saltBytes = saltBytes;
        this.hashBytes = hashBytes;
        this.memoryKib = memoryKib;
        this.passes = passes;
        this.lanes = lanes;
    }

    /** Loads the library from the jar now; fails where it was not built (another platform, no compiler). */
    static VectorArgon2id load(int saltBytes, int hashBytes, int memoryKib, int passes, int lanes) {
        Path library = extractedLibrary();
        Functions functions = Native.load(library.toString(), Functions.class);
        return new VectorArgon2id(functions, saltBytes, hashBytes, memoryKib, passes, lanes);
    }

    private static Path extractedLibrary() {
        try (InputStream in = VectorArgon2id.class.getResourceAsStream(LIBRARY_RESOURCE)) {
            if (in == null) {
                throw new UnsupportedOperationException("no " + LIBRARY_RESOURCE + " in this build");
            }
            Path file = Files.createTempFile("gjj-argon2id", ".so");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String hash(String password) {
        byte[] salt = new byte[saltBytes];
        random.nextBytes(salt);
        return new Encoded(memoryKib, passes, lanes, salt, tag(password, salt, memoryKib, passes, lanes, hashBytes))
                .text();
    }

    @Override
    public boolean matches(String password, String encodedHash) {
        return Encoded.parse(encodedHash)
                .filter(Encoded::withinLimits)
                .map(stored -> MessageDigest.isEqual(stored.tag(), tag(password, stored.salt(), stored.memoryKib(),
                        stored.passes(), stored.lanes(), stored.tag().length)))
                .orElse(false);
    }

    /** The raw tag; RFC 9106's secret and associated data are for its test vector only. */
    byte[] tag(String password, byte[] salt, int memoryKib, int passes, int lanes, int tagLength) {
        return tag(password.getBytes(StandardCharsets.UTF_8), salt, new byte[0], new byte[0], memoryKib, passes, lanes,
                tagLength);
    }

    byte[] tag(byte[] password, byte[] salt, byte[] secret, byte[] associated, int memoryKib, int passes, int lanes,
               int tagLength) {
        byte[] tag = new byte[tagLength];
        try {
            int result = functions.gjj_argon2id_raw(password, password.length, salt, salt.length, secret,
                    secret.length, associated, associated.length, passes, memoryKib, lanes, tag, tagLength);
            if (result == -1) {
                throw new IllegalArgumentException("Argon2id parameters out of range: m=" + memoryKib + ",t="
                        + passes + ",p=" + lanes);
            }
            if (result != 0) {
                throw new OutOfMemoryError("no memory for an Argon2id hash of " + memoryKib + " KiB");
            }
            return tag;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    @Override
    public String name() {
        return "gjj-argon2id (" + (functions.gjj_argon2id_vectorized() == 1 ? "AVX2" : "portable C") + ")";
    }
}
