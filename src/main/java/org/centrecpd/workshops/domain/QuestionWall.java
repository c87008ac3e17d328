package org.centrecpd.workshops.domain;

/**
 * What became of the question a participant brought to the questions wall (Handout F, question 3): the
 * close of the workshop goes through each one aloud, and a question still open leaves with a name and a date.
 */
public enum QuestionWall {
    ANSWERED, PARKED, STILL_OPEN, NONE_BROUGHT;

    public String key() {
        return "workshops.evaluation.wall." + name().toLowerCase().replace('_', '-');
    }
}
