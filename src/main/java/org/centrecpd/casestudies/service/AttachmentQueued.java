package org.centrecpd.casestudies.service;

/** An attachment was stored and waits for its text to be read (after the upload's transaction commits). */
public record AttachmentQueued(long attachmentId) {
}
