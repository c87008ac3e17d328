package org.centrecpd.base;

/** Someone else saved the same record since it was opened; nothing was overwritten. */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String what, Throwable cause) {
        super(what + " was changed by someone else", cause);
    }
}
