package org.centrecpd.organisation.ui;

/**
 * What the centre form edits (the dialog keeps the id and version). Public because Vaadin's binder
 * reads and creates the record by reflection.
 */
public record CentreFields(org.centrecpd.organisation.service.Choice localAuthority, String name, String address,
                           String postcode, String reference) {
}
