package org.centrecpd.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Tokens for links sent by e-mail (invitations, password resets, a copy of someone's data): 256 random bits from
 * {@link SecureRandom}, URL-safe; the database keeps only the SHA-256 hash, so whoever reads the database (or a
 * backup) cannot use a pending link. A plain hash is enough: the token is random and long, there is nothing to guess.
 */
public final class OneTimeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token as made here has 43 characters; anything far from that is not one (and is not hashed or looked up). */
    public static boolean plausible(String token) {
        return token != null && token.length() >= 20 && token.length() <= 100;
    }
}
