package org.centrecpd.workshops.service;

import org.centrecpd.workshops.domain.QuestionWall;

/**
 * A participant's answers to the evaluation form (Handout F).
 *
 * @param usefulness   how useful the session was for understanding what is changing and why, 1-5
 * @param confidence   how confident they now feel explaining the change to a family, 1-5
 * @param questionWall what became of the question they brought to the questions wall
 * @param suggestion   what we should change about this workshop (optional)
 */
public record EvaluationForm(Integer usefulness, Integer confidence, QuestionWall questionWall, String suggestion) {
}
