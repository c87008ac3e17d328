package org.centrecpd.privacy.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.base.privacy.PersonalData;
import org.centrecpd.base.privacy.RetentionClock;
import org.springframework.stereotype.Service;

/**
 * Every module's {@link PersonalData}, collected: the kinds of data the platform holds (the register of
 * processing, the privacy notice and the retention schedule all read the same definitions), and who holds each.
 * Public reading: the privacy notice shows the register to anyone, signed in or not.
 */
@Service
public class PrivacyRegister {

    private final List<PersonalData> holders;
    private final Map<String, DataKind> kinds;
    private final Map<String, PersonalData> holderOf;

    PrivacyRegister(List<PersonalData> holders) {
        // The order retention applies them in: the person's record is anonymised last, after the rows that point to it.
        this.holders = holders.stream().sorted(Comparator.comparing((PersonalData h) -> h.kinds().stream()
            .anyMatch(k -> k.key().startsWith("organisation-")) ? 1 : 0).thenComparing(h -> h.getClass().getName())).toList();
        this.kinds = this.holders.stream().flatMap(h -> h.kinds().stream())
            .collect(Collectors.toMap(DataKind::key, Function.identity(), (a, b) -> {
                throw new IllegalStateException("Two kinds of personal data with the key " + a.key());
            }, java.util.LinkedHashMap::new));
        Map<String, PersonalData> owners = new java.util.HashMap<>();
        this.holders.forEach(h -> h.kinds().forEach(k -> owners.put(k.key(), h)));
        this.holderOf = Map.copyOf(owners);
    }

    /** Every kind of personal data, in the order the retention job applies them. */
    public List<DataKind> kinds() {
        return List.copyOf(kinds.values());
    }

    public DataKind kind(String key) {
        DataKind kind = kinds.get(key);
        if (kind == null) {
            throw new org.centrecpd.base.NotFoundException("Kind of data " + key);
        }
        return kind;
    }

    List<PersonalData> holders() {
        return holders;
    }

    PersonalData holderOf(DataKind kind) {
        return holderOf.get(kind.key());
    }

    /**
     * The register as Markdown, for {@code docs/privacy-register.md} (a test keeps that file equal to this): made from
     * the same definitions the retention job applies.
     */
    public String markdown() {
        StringBuilder out = new StringBuilder("""
            # Register of processing

            Generated from the code (each module's `PersonalData`): the retention job applies these same definitions.
            Refresh it with `./mvnw test -Dtest=PrivacyRegisterDocumentTest -Ddocs.refresh=true`. The periods are the
            defaults; an authority's admin may set others (Privacy, Retention), and the app's register shows them.

            | Kind of data | Why | Lawful basis | Who can see it | Where it is stored | How long (default) | On a request to erase |
            | --- | --- | --- | --- | --- | --- | --- |
            """);
        for (DataKind k : forReaders()) {
            out.append("| ").append(cell(k.name())).append(" | ").append(cell(k.purpose())).append(" | ").append(cell(k.basis().words()))
                .append(" | ").append(cell(k.whoSees())).append(" | ").append(cell(k.storedIn())).append(" | ")
                .append(k.defaultMonths()).append(k.clock() == RetentionClock.AFTER_LEAVING ? " months after leaving" : " months after it was recorded")
                .append(", then ").append(k.disposal().words().toLowerCase(Locale.ROOT)).append(" | ")
                .append(k.erasedOnRequest() ? "Erased at once" : "Kept: " + cell(k.keptOnErasure())).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** The register's kinds in the order a reader expects them (by name). */
    public List<DataKind> forReaders() {
        List<DataKind> sorted = new ArrayList<>(kinds.values());
        sorted.sort(Comparator.comparing(DataKind::name));
        return sorted;
    }
}
