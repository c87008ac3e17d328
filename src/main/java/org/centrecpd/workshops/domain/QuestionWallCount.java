package org.centrecpd.workshops.domain;

/** How many answers gave this question-wall outcome. */
public record QuestionWallCount(QuestionWall outcome, long count) {
}
