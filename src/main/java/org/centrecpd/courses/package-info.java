/**
 * Courses as files: the importer of the {@code courses/} folder (validation, versions by content),
 * the catalogue, the unit player, progress and completion. Reflective answers go to the learner's
 * journal; completion is announced with {@link org.centrecpd.courses.CourseCompleted}.
 */
package org.centrecpd.courses;
