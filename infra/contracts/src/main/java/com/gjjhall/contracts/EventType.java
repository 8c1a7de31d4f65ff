package com.gjjhall.contracts;

/**
 * The logical type of a published event: {@code identity.UnitEnrolled.v1} has domain {@code identity},
 * name {@code UnitEnrolled}, version 1. Bank events are {@code bank.settlement.*} / {@code bank.instruction.*}.
 */
public record EventType(String domain, String name, int version) {

    public EventType {
        if (domain == null || domain.isBlank() || name == null || name.isBlank() || version < 1) {
            throw new IllegalArgumentException("incomplete event type: " + domain + "/" + name + "/" + version);
        }
    }

    public static EventType of(Class<? extends IntegrationEvent> eventClass) {
        PublishedEvent published = eventClass.getAnnotation(PublishedEvent.class);
        if (published == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @PublishedEvent");
        }
        int lastDot = published.name().lastIndexOf('.');
        if (lastDot <= 0) {
            throw new IllegalArgumentException("event name must be <domain>.<Name>: " + published.name());
        }
        return new EventType(published.name().substring(0, lastDot), published.name().substring(lastDot + 1),
                published.version());
    }

    /** Parses {@code identity.UnitEnrolled.v1}. */
    public static EventType parse(String text) {
        int versionDot = text.lastIndexOf(".v");
        int nameDot = versionDot > 0 ? text.lastIndexOf('.', versionDot - 1) : -1;
        if (nameDot <= 0) {
            throw new IllegalArgumentException("not an event type: " + text);
        }
        try {
            return new EventType(text.substring(0, nameDot), text.substring(nameDot + 1, versionDot),
                    Integer.parseInt(text.substring(versionDot + 2)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an event type: " + text, e);
        }
    }

    public String topic() {
        return Topics.forDomain(domain);
    }

    @Override
    public String toString() {
        return domain + "." + name + ".v" + version;
    }
}
