package com.gjjhall.identity.password;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The platform's own Argon2id gives RFC 9106's answer and the reference library's, so a hash stored by a node
 * running either is verified by the other; on the servers it uses the processor's AVX2 instructions.
 */
class VectorArgon2idTest {

    private static final String PASSWORD = "Demo@2026公积金𠮷";

    private static VectorArgon2id vector;

    @BeforeAll
    static void load() {
        // As identity-service's pom activates the native-argon2id profile.
        boolean builtHere = System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64")
                && Files.exists(Path.of("/usr/bin/gcc"));
        assumeTrue(builtHere, "the library is built for Linux x86-64 where gcc is");
        vector = VectorArgon2id.load(16, 32, 7168, 5, 1);
    }

    @Test
    void givesRfc9106sTestVector() {
        // RFC 9106 section 5.3: Argon2id, 32 KiB, 3 passes, 4 lanes, with a secret and associated data.
        byte[] tag = vector.tag(filled(32, 0x01), filled(16, 0x02), filled(8, 0x03), filled(12, 0x04), 32, 3, 4, 32);
        assertThat(HexFormat.of().formatHex(tag))
                .isEqualTo("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");
    }

    @Test
    void runsInAvx2WhereTheProcessorHasIt() throws Exception {
        boolean avx2 = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .anyMatch(line -> line.startsWith("flags") && Arrays.asList(line.split("\\s+")).contains("avx2"));
        assertThat(vector.name()).isEqualTo(avx2 ? "gjj-argon2id (AVX2)" : "gjj-argon2id (portable C)");
    }

    @Test
    void theReferenceLibraryAndThisOneVerifyEachOthersHashesAtEveryCost() {
        int[][] costs = {{7168, 5, 1}, {19456, 2, 1}, {64, 1, 1}, {100, 3, 2}, {1024, 1, 3}};
        for (int[] cost : costs) {
            Argon2id reference = NativeArgon2id.load(16, 32, cost[0], cost[1], cost[2]);
            Argon2id ours = VectorArgon2id.load(16, 32, cost[0], cost[1], cost[2]);
            String byReference = reference.hash(PASSWORD);
            String byOurs = ours.hash(PASSWORD);

            assertThat(byOurs).startsWith("$argon2id$v=19$m=" + cost[0] + ",t=" + cost[1] + ",p=" + cost[2] + "$");
            assertThat(ours.matches(PASSWORD, byReference)).as("reference hash at %s", Arrays.toString(cost)).isTrue();
            assertThat(reference.matches(PASSWORD, byOurs)).as("our hash at %s", Arrays.toString(cost)).isTrue();
            assertThat(ours.matches("Demo@2026", byReference)).isFalse();
            assertThat(reference.matches("Demo@2026", byOurs)).isFalse();
        }
    }

    @Test
    void aMalformedOrImpossibleStoredHashMatchesNothing() {
        String good = vector.hash(PASSWORD);
        assertThat(vector.matches(PASSWORD, good)).isTrue();
        assertThat(vector.matches(PASSWORD, good.replace("$v=19$", "$v=16$"))).isFalse();
        assertThat(vector.matches(PASSWORD, good.replace("$argon2id$", "$argon2i$"))).isFalse();
        assertThat(vector.matches(PASSWORD, good.replace("m=7168", "m=-1"))).isFalse();
        assertThat(vector.matches(PASSWORD, good.replace("p=1", "p=0"))).isFalse();
        assertThat(vector.matches(PASSWORD, "$argon2id$v=19$m=7168,t=5,p=1$broken")).isFalse();
        assertThat(vector.matches(PASSWORD, "$argon2id$v=19$m=7168,t=5,p=1$c2FsdHNhbHQ$!!")).isFalse();
        assertThat(vector.matches(PASSWORD, "not a hash")).isFalse();
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
