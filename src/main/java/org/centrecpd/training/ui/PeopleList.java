package org.centrecpd.training.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centrecpd.organisation.StaffMember;

/**
 * Names or e-mail addresses as people type or paste them ("Amara Osei", "amara.osei@ashbrook.example",
 * "Amara Osei <amara.osei@ashbrook.example>", a column copied from a spreadsheet), matched against a centre's
 * staff. An address or a whole name matches exactly; part of a name matches when it fits one person only.
 * Case and accents do not matter ("zoe" finds Zoë).
 */
record PeopleList(Set<StaffMember> found, List<String> notFound, List<String> ambiguous) {

    private static final Pattern SEPARATORS = Pattern.compile("[\\r\\n;,\\t]+");
    private static final Pattern ADDRESS_IN_BRACKETS = Pattern.compile("<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>");

    static PeopleList match(List<StaffMember> staff, String typed) {
        Set<StaffMember> found = new LinkedHashSet<>();
        List<String> notFound = new ArrayList<>();
        List<String> ambiguous = new ArrayList<>();
        for (String part : SEPARATORS.split(typed == null ? "" : typed)) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            Matcher bracketed = ADDRESS_IN_BRACKETS.matcher(entry);
            String wanted = plain(bracketed.find() ? bracketed.group(1) : entry);
            List<StaffMember> exact = staff.stream()
                .filter(s -> wanted.equals(plain(s.fullName())) || (s.email() != null && wanted.equals(plain(s.email())))).toList();
            List<StaffMember> matches = exact.isEmpty()
                ? staff.stream().filter(s -> plain(s.fullName()).contains(wanted)).toList() : exact;
            if (matches.size() == 1) {
                found.add(matches.getFirst());
            } else if (matches.isEmpty()) {
                notFound.add(entry);
            } else {
                ambiguous.add(entry);
            }
        }
        return new PeopleList(found, List.copyOf(notFound), List.copyOf(ambiguous));
    }

    private static String plain(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
