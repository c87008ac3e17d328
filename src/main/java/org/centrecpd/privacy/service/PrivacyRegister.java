package org.centrecpd.privacy.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centrecpd.base.privacy.DataKind;
import org.centrecpd.base.privacy.PersonalData;
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

    /** The register's kinds in the order a reader expects them (by name). */
    public List<DataKind> forReaders() {
        List<DataKind> sorted = new ArrayList<>(kinds.values());
        sorted.sort(Comparator.comparing(DataKind::name));
        return sorted;
    }
}
