package com.gjjhall.account.view;

import java.util.List;

/** One page of a query: 0-based page number, its size and how many items there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static int size(Integer requested) {
        return requested == null ? 20 : Math.max(1, Math.min(requested, 200));
    }

    public static int page(Integer requested) {
        return requested == null ? 0 : Math.max(0, requested);
    }
}
