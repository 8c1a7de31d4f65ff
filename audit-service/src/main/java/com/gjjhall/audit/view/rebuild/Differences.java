package com.gjjhall.audit.view.rebuild;

import java.util.List;

/**
 * How a rebuilt version compares with the live one.
 *
 * @param livePosition    the last log entry the live version reflected when compared
 * @param rebuiltPosition the last log entry the rebuilt version reflects
 * @param total           every differing row
 * @param shown           the first of them, by table and key
 */
public record Differences(int liveVersion, long livePosition, int rebuiltVersion, long rebuiltPosition, long total,
                         List<Difference> shown) {
}
