package org.centrecpd.base.privacy;

import java.util.List;
import org.centrecpd.base.export.Table;

/**
 * What a module holds about people, told to the {@code privacy} module, which collects every bean of this
 * type: the kinds of data (for the register and the retention schedule), a person's copy (subject access),
 * and removal when a kind is due or on a verified erasure request. Every module that owns personal tables
 * implements it (a test fails otherwise), so a new module cannot be left out of a copy or of retention.
 * <p>
 * The interface lives in {@code base} so that modules implement it without depending on {@code privacy},
 * which depends on all of them. Calls come from {@code privacy} only, after it has checked who may ask
 * (the person or an admin) or as the nightly job: implementations read and write their own tables and
 * check nothing themselves.
 */
public interface PersonalData {

    /** The kinds of personal data this module holds, each with why, on what basis and for how long. */
    List<DataKind> kinds();

    /**
     * Everything this module holds about the person, one table per kind (or more), only rows about them:
     * never another person's words about someone else.
     */
    List<Table> copyOf(DataSubject person);

    /**
     * Counts (and, when {@code apply}, deletes or anonymises as the kind says) the rows of {@code kind}
     * that are due: for {@link RetentionClock#AFTER_LEAVING} kinds, the rows of {@link Due#people()};
     * for {@link RetentionClock#AFTER_RECORDED} kinds, rows recorded before {@link Due#recordedBefore()},
     * except those about {@link Due#held()}. An erasure asks with the one person, whatever the clock.
     */
    long dispose(DataKind kind, Due due, boolean apply);
}
