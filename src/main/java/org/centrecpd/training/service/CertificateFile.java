package org.centrecpd.training.service;

/** A certificate ready to download. */
public record CertificateFile(String fileName, String code, byte[] pdf) {
}
