package org.centrecpd.training.service;

import org.centrecpd.training.domain.MyAssignment;
import java.time.LocalDate;
import java.util.List;

/** My assignments as they stand today (the day is the application's clock's). */
public record MyLearningPage(LocalDate today, List<MyAssignment> assignments) {
}
