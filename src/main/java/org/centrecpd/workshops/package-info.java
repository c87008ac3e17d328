/**
 * Change-management workshops delivered live: sessions of a course of kind {@code workshop}, requests
 * from centres, booking with a waitlist, the facilitator's attendance register, calendar invites, and
 * the evaluation form at the end (answered once by those who attended, kept without their names; the
 * people who run the session see counts only).
 * Attendance completes the course through {@link org.centrecpd.courses.CourseAttendance}, so training
 * (assignments, matrix, certificates) sees it as it sees any completion.
 */
package org.centrecpd.workshops;
