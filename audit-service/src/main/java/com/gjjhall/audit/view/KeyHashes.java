package com.gjjhall.audit.view;

/**
 * A compact set of 64-bit hashes of row keys: which rows a replay has written to the database. A key
 * whose hash is absent was certainly never written, so the replay needs no database round trip for it;
 * a rare false "present" costs one lookup that finds nothing. Eight bytes a key instead of a string.
 */
final class KeyHashes {

    private long[] slots = new long[1 << 12];
    private int size;

    void add(String key) {
        if (size * 2 >= slots.length) {
            grow();
        }
        if (insert(slots, hash(key))) {
            size++;
        }
    }

    boolean mayContain(String key) {
        long hash = hash(key);
        int mask = slots.length - 1;
        for (int i = (int) (hash ^ (hash >>> 32)) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if (slots[i] == hash) {
                return true;
            }
        }
        return false;
    }

    private boolean insert(long[] table, long hash) {
        int mask = table.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (table[i] != 0) {
            if (table[i] == hash) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = hash;
        return true;
    }

    private void grow() {
        long[] grown = new long[slots.length * 2];
        for (long hash : slots) {
            if (hash != 0) {
                insert(grown, hash);
            }
        }
        slots = grown;
    }

    /** FNV-1a over the key's characters; never 0, which marks an empty slot. */
    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }
}
