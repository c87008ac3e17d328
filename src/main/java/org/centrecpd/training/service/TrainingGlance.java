package org.centrecpd.training.service;

import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.centrecpd.training.TrainingStatus;
import org.centrecpd.training.domain.MyAssignment;
import org.springframework.stereotype.Service;

/** My training at a glance, for my home page: how much is left to do and what is due first. One statement. */
@Service
public class TrainingGlance {

    /** What I have left to do, and the first of it (by the day it is or was due). */
    public record ToDo(int count, Optional<Next> next) {
    }

    /** A course to do next: where to open it, and whether it is late and already started. */
    public record Next(String courseSlug, String courseTitle, LocalDate due, boolean late, boolean started) {
    }

    private final AssignmentService assignments;

    TrainingGlance(AssignmentService assignments) {
        this.assignments = assignments;
    }

    /** Assignments not completed (due, overdue, expired or in their renewal window), soonest due first. */
    @PermitAll
    public ToDo myToDo() {
        MyLearningPage learning = assignments.myLearning();
        LocalDate today = learning.today();
        List<MyAssignment> toDo = learning.assignments().stream().filter(a -> a.status(today) != TrainingStatus.COMPLETED)
            .sorted(Comparator.comparing((MyAssignment a) -> a.dueDate(today))).toList();
        return new ToDo(toDo.size(), toDo.stream().findFirst().map(a -> new Next(a.courseSlug(), a.courseTitle(), a.dueDate(today),
            a.status(today) == TrainingStatus.OVERDUE || a.status(today) == TrainingStatus.EXPIRED, a.started())));
    }
}
