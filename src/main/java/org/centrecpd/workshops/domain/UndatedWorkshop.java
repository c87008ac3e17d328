package org.centrecpd.workshops.domain;

/** A workshop with no session for me to book, and whether I am waiting to hear when one is scheduled. */
public record UndatedWorkshop(long courseId, String slug, String title, boolean interested) {
}
