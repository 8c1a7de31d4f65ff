package com.gjjhall.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable logical name and version of a published event, e.g. {@code identity.UnitEnrolled} v1,
 * written on the wire as {@code identity.UnitEnrolled.v1}. Never derived from the Java class name, so
 * classes can move and be renamed freely.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublishedEvent {

    /** {@code <domain>.<EventName>}; the domain names the topic it is published on. */
    String name();

    int version();
}
