package org.centrecpd.workshops.domain;

/** How many answers gave a rating {@code level} (1-5). */
public record RatingCount(int level, long count) {
}
