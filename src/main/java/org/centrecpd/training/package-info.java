/**
 * Training: courses assigned to people (one by one, a whole centre, or job roles), with due dates,
 * required or recommended, optionally recurring; what is due for me ("My learning"); completion
 * per person and centre, and rolled up to group, provider and local authority, today or as at any
 * date. Completions come from the courses module's {@link org.centrecpd.courses.CourseCompleted};
 * scope from the organisation's AccessScope.
 */
package org.centrecpd.training;
