package org.centrecpd.courses.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The order a learner sees a check's options in: shuffled per learner, stable per learner and question. */
class OptionOrderTest {

    private static final List<String> OPTIONS = List.of("A", "B", "C", "D");

    @Test
    void oneLearnerSeesTheSameOrderEveryTimeTheyComeBack() {
        List<String> first = OptionOrder.forLearner(42, "core-purpose/01-the-overall-aim.md#overall-aim-focus", OPTIONS);

        for (int visit = 0; visit < 5; visit++) {
            assertThat(OptionOrder.forLearner(42, "core-purpose/01-the-overall-aim.md#overall-aim-focus", OPTIONS))
                .containsExactlyElementsOf(first);
        }
        assertThat(first).containsExactlyInAnyOrderElementsOf(OPTIONS);
    }

    @Test
    void differentLearnersGetDifferentOrdersAndTheCorrectAnswerMoves() {
        Set<List<String>> orders = new HashSet<>();
        Set<Integer> positionsOfA = new HashSet<>();
        LongStream.rangeClosed(1, 40).forEach(person -> {
            List<String> order = OptionOrder.forLearner(person, "future-leaders/02-vision.md#good-innovation", OPTIONS);
            orders.add(order);
            positionsOfA.add(order.indexOf("A"));
        });

        // 40 learners over 24 possible orders: many distinct ones, and "A" in every position.
        assertThat(orders).hasSizeGreaterThan(10);
        assertThat(positionsOfA).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void oneLearnerDoesNotGetTheSameShuffleForEveryQuestion() {
        Set<List<String>> orders = new HashSet<>();
        for (int q = 0; q < 20; q++) {
            orders.add(OptionOrder.forLearner(7, "course/unit.md#q" + q, OPTIONS));
        }
        assertThat(orders).hasSizeGreaterThan(5);
    }
}
