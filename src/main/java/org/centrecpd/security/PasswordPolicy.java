package org.centrecpd.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.centrecpd.base.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * What a password must be, after the UK National Cyber Security Centre's guidance: long enough (at
 * least {@value #MIN_LENGTH} characters), not one that attackers try first, and nothing else: no
 * required mix of capitals, digits and symbols, which makes passwords harder to remember and no
 * harder to guess ("Password1!" passes every composition rule). Applied wherever a password is set:
 * the set-password page (invitations and resets), the admin's first password and the first admin.
 * <p>
 * "Attackers try first" is a deny-list shipped with the app ({@code security/common-passwords.txt}:
 * common passwords and the words they are built on), checked after undoing the usual disguises:
 * capitals, digits and symbols tacked on at either end ("Summer2026!"), letter-for-digit swaps
 * ("P4ssw0rd"), a word said twice; plus keyboard and number runs, a single repeated character, and
 * the person's own e-mail address or this service's name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads at most 72 bytes; more would be ignored, so the form says so instead. */
    public static final int MAX_LENGTH = 64;
    private static final int MAX_BYTES = 72;
    private static final List<String> RUNS = List.of("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm",
        "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn", "1234567890", "01234567890123456789",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm", "qazwsxedcrfvtgbyhnujmikolp", "zaq1xsw2cde3vfr4bgt5nhy6mju7");
    private static final List<String> SERVICE_WORDS = List.of("centrecpd", "centercpd");

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("security/common-passwords.txt");
    }

    /** Refuses a password that breaks the rules, with a message that says which and what to do instead. */
    public void check(String password, String email) {
        problem(password, email).ifPresent(key -> {
            throw new RuleViolation(key, key.equals("password.tooShort") ? MIN_LENGTH : MAX_LENGTH);
        });
    }

    /** The translation key of what is wrong with this password ({0} is the length limit), if anything. */
    public Optional<String> problem(String password, String email) {
        if (password == null || password.isBlank()) {
            return Optional.of("password.required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT).strip();
        String letters = lettersOf(lower);
        if (isPersonal(letters, email)) {
            return Optional.of("password.personal");
        }
        if (isCommon(lower, letters)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    private boolean isCommon(String lower, String letters) {
        String compact = lower.replaceAll("\\s+", "");
        if (common.contains(lower) || common.contains(compact)) {
            return true;
        }
        if (compact.codePoints().distinct().count() <= 3 || isRun(compact) || isRun(compact.replaceAll("[^a-z0-9]", ""))) {
            return true;
        }
        if (letters.isEmpty()) {
            // Digits and symbols only: a date or a number pattern more often than not; refuse the obvious ones.
            String digits = compact.replaceAll("[^0-9]", "");
            return digits.codePoints().distinct().count() <= 4 || isRun(digits);
        }
        return common.contains(letters) || isRepeated(letters);
    }

    /** The password's letters once the usual disguises are undone: ends trimmed, digits read as letters. */
    private static String lettersOf(String lower) {
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        StringBuilder out = new StringBuilder(core.length());
        for (char c : core.toCharArray()) {
            char plain = switch (c) {
                case '0' -> 'o';
                case '1', '!', '|' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7', '+' -> 't';
                case '8' -> 'b';
                case '9' -> 'g';
                default -> c;
            };
            if (plain >= 'a' && plain <= 'z') {
                out.append(plain);
            }
        }
        return out.toString();
    }

    /** The same word (from the list, or of up to four letters) said two or more times: "summersummer", "abcabcabcabc". */
    private boolean isRepeated(String letters) {
        for (int size = 1; size <= letters.length() / 2; size++) {
            if (letters.length() % size != 0) {
                continue;
            }
            String unit = letters.substring(0, size);
            if (unit.repeat(letters.length() / size).equals(letters) && (size <= 4 || common.contains(unit))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRun(String text) {
        if (text.length() < 6) {
            return false;
        }
        for (String run : RUNS) {
            String twice = run + run;
            if (twice.contains(text) || new StringBuilder(twice).reverse().toString().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonal(String letters, String email) {
        if (SERVICE_WORDS.stream().anyMatch(letters::contains)) {
            return true;
        }
        if (email == null || !email.contains("@")) {
            return false;
        }
        String local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return local.length() >= 4 && letters.contains(local);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        var stream = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("The deny-list of common passwords is missing: " + resource);
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
