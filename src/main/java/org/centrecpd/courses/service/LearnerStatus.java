package org.centrecpd.courses.service;

/** Where the signed-in learner is with a course or a unit. */
public enum LearnerStatus {
    NOT_STARTED, IN_PROGRESS, COMPLETED;

    public String key() {
        return "courses.status." + name();
    }
}
