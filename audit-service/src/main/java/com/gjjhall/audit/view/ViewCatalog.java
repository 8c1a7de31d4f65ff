package com.gjjhall.audit.view;

import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every view of the service: each {@link LogProjection} bean, by name. */
@Component
public class ViewCatalog {

    private final Map<String, LogProjection> views = new LinkedHashMap<>();

    public ViewCatalog(List<LogProjection> projections) {
        for (LogProjection projection : projections) {
            if (!projection.name().matches("[a-z][a-z0-9_]{0,19}")) {
                throw new IllegalStateException("view name must be short lower-case letters, digits, _: " + projection.name());
            }
            if (views.put(projection.name(), projection) != null) {
                throw new IllegalStateException("two views are called " + projection.name());
            }
        }
    }

    public List<LogProjection> all() {
        return List.copyOf(views.values());
    }

    public Optional<LogProjection> find(String name) {
        return Optional.ofNullable(views.get(name));
    }
}
