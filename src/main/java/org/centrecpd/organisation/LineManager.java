package org.centrecpd.organisation;

/**
 * A line manager and why they are one: the centre manager of {@code centreName}, where the member of staff works
 * (see {@link org.centrecpd.organisation.service.AccessScope#myLineManagersAndWhere()}).
 */
public record LineManager(long personId, String fullName, String centreName) {
}
