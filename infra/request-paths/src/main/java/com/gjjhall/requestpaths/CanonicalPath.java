package com.gjjhall.requestpaths;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one spelling of a request path that the gateway routes and every service authorises and dispatches:
 * each segment decoded and stripped of its path parameters ({@code ;x}) by Spring's own path parser, an
 * encoded slash read as a slash, empty and {@code .} segments dropped, {@code ..} resolved, no trailing slash,
 * then each segment encoded again. {@code /api;x/audit/%6Fps//log/} and {@code /api/audit/ops%2Flog} are both
 * {@code /api/audit/ops/log}: whatever a client writes, the path a rule is checked against is the path a
 * controller answers, so no spelling reaches what the plain path may not.
 */
public final class CanonicalPath {

    private CanonicalPath() {
    }

    public static String of(String rawPath) {
        Deque<String> segments = new ArrayDeque<>();
        for (PathContainer.Element element : PathContainer.parsePath(rawPath == null ? "" : rawPath).elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                for (String piece : segment.valueToMatch().split("/", -1)) {
                    if (piece.isEmpty() || piece.equals(".")) {
                        continue;
                    }
                    if (piece.equals("..")) {
                        segments.pollLast();
                    } else {
                        segments.addLast(piece);
                    }
                }
            }
        }
        if (segments.isEmpty()) {
            return "/";
        }
        StringBuilder canonical = new StringBuilder(rawPath.length());
        for (String segment : segments) {
            // A decoded ';' must not come back as a path parameter.
            canonical.append('/').append(UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8).replace(";", "%3B"));
        }
        return canonical.toString();
    }

    public static boolean isCanonical(String rawPath) {
        return of(rawPath).equals(rawPath);
    }
}
