package org.centrecpd.training.service;

/** A certificate file of external evidence, to download: its name, type and content. */
public record EvidenceFile(String name, String type, byte[] content) {
}
