package org.centrecpd.organisation.service;

/**
 * A local authority, a provider or a centre group as the admin lists and edits them. For providers
 * and groups, {@code localAuthorityId} and {@code localAuthority} say whose they are (null for an
 * authority itself). {@code id} is null for a new one; {@code version} is the one the form was
 * opened with, so a save over someone else's is refused.
 */
public record StructureItem(Long id, long version, Long localAuthorityId, String localAuthority, String name) {

    public static StructureItem blank() {
        return new StructureItem(null, 0, null, null, "");
    }
}
