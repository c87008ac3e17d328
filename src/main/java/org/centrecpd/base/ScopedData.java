package org.centrecpd.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository whose rows belong to centres or people, and so may be shown only within a
 * user's scope. {@code ModuleStructureTest} checks that only services taking their scope from
 * {@code AccessScope} use such a repository.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ScopedData {
}
