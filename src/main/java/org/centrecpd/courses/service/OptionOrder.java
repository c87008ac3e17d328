package org.centrecpd.courses.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which a learner sees the options of a knowledge check. Shuffled, so that the
 * correct answer cannot be learnt by position (or passed on as "it's always the second one"), and
 * stable for one learner and one question, so the options do not jump about when the learner comes
 * back to the unit. The seed is a digest of the person and the question's key; {@link Random}'s
 * algorithm is fixed by its specification, so the order survives restarts and upgrades.
 */
final class OptionOrder {

    private OptionOrder() {
    }

    /**
     * @param questionKey identifies the question across versions of the course (course, unit file and id)
     * @return the options in this learner's order (a new list; the input is left alone)
     */
    static <T> List<T> forLearner(long personId, String questionKey, List<T> options) {
        List<T> shuffled = new ArrayList<>(options);
        Collections.shuffle(shuffled, new Random(seed(personId, questionKey)));
        return List.copyOf(shuffled);
    }

    private static long seed(long personId, String questionKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(personId).array());
            sha.update(questionKey.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(sha.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
