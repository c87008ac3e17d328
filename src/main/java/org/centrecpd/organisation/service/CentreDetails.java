package org.centrecpd.organisation.service;

/**
 * A centre's own details as a form edits them (who runs it is its history, not a detail).
 * {@code id} is null for a new centre; {@code version} is the one the form was opened with.
 */
public record CentreDetails(Long id, long version, Long localAuthorityId, String name, String address, String postcode) {

    public static CentreDetails blank() {
        return new CentreDetails(null, 0, null, "", "", "");
    }
}
