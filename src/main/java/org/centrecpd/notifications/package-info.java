/**
 * One calendar and one notification centre (issue 32 §5): a person's calendar subscription (a secret ICS feed of
 * their bookings, due dates, renewal windows and review visits, gathered from workshops, training and reviews
 * through what they publish), their choice of which mail they get, the in-app list of notices behind the bell,
 * and the digest of what changed in a manager's or partner's scope. Sits on top of the modules it reads; nothing
 * depends on it (the mail sender in base asks it through {@link org.centrecpd.base.mail.MailPreferences}).
 */
package org.centrecpd.notifications;
