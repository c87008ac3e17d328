package org.centrecpd.training;

/**
 * Training assigned to the staff of a centre (or a whole authority) as at a day: how many assignments were in
 * force, completed and overdue then, for one course and kind (required or recommended), or added up.
 * Published for the termly review's pack (reviews), which reads it through
 * {@code training.service.TermTraining}; the status of each assignment is {@link TrainingStatus}'s rule.
 */
public record CourseFigures(long courseId, String course, boolean required, long assigned, long completed, long overdue) {

    /** Whole per cent of assignments completed; 0 when nothing is assigned (as the roll-up counts it). */
    public int percentComplete() {
        return assigned == 0 ? 0 : (int) Math.floor(100.0 * completed / assigned);
    }

    /** Whole per cent of assignments overdue; 0 when nothing is assigned. */
    public int percentOverdue() {
        return assigned == 0 ? 0 : (int) Math.floor(100.0 * overdue / assigned);
    }

    /** These lines added up (course and kind left blank). */
    public static CourseFigures total(java.util.Collection<CourseFigures> lines) {
        return new CourseFigures(0, "", true, lines.stream().mapToLong(CourseFigures::assigned).sum(),
            lines.stream().mapToLong(CourseFigures::completed).sum(), lines.stream().mapToLong(CourseFigures::overdue).sum());
    }
}
