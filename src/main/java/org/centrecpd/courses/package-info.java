/**
 * Courses as files: the importer of the {@code courses/} folder (validation, versions by content,
 * {@code CourseAdminService}); "what can I take?" — the catalogue and a course's page
 * ({@code CatalogueService}); "how far am I?" — the unit player, progress, completion, CPD hours and
 * my courses in progress ({@code LearningService}). Reflective answers go to the learner's journal;
 * completion is announced with {@link org.centrecpd.courses.CourseCompleted}, kept in the event
 * publication registry until every listener has handled it.
 */
package org.centrecpd.courses;
