package org.centrecpd.reviews.domain;

/** Staff in post at the end of a term, and who joined and left during it. */
public record StaffMoves(long inPost, long joiners, long leavers) {
}
