package org.centrecpd.base;

/**
 * Something that does not exist <em>or that the current user may not see</em>. The two are
 * deliberately indistinguishable, so that an id in a URL never reveals that another centre's
 * record exists.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
