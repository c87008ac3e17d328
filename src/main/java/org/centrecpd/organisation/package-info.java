/**
 * Local authorities, providers (lead agencies), centre groups, centres and the people who work in
 * them, with history: a centre's provider and group are effective-dated, and people's employment
 * has start and end dates. Decides scope ({@code service.AccessScope}).
 */
package org.centrecpd.organisation;
