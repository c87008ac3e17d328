/**
 * Onboarding an authority from spreadsheets (issue 17): the organisation (authorities, providers,
 * groups, centres with their arrangements from a date) and staff (people and their jobs). Every
 * import is previewed without writing, then written in one transaction or not at all; re-importing
 * the same file changes nothing. Part of the organisation module: it writes through the module's
 * own effective-dated services, so history is kept exactly as for changes made by hand.
 */
package org.centrecpd.organisation.importing;
