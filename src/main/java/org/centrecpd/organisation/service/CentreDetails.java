package org.centrecpd.organisation.service;

/**
 * A centre's own details as a form edits them (the reference is the authority's own, e.g. an Ofsted
 * URN: spreadsheet imports find the centre by it) (who runs it is its history, not a detail).
 * {@code id} is null for a new centre; {@code version} is the one the form was opened with.
 */
public record CentreDetails(Long id, long version, Long localAuthorityId, String name, String address, String postcode,
                            String reference) {

    public static CentreDetails blank() {
        return new CentreDetails(null, 0, null, "", "", "", "");
    }
}
