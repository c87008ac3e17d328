/**
 * Privacy under UK GDPR: subject access requests and the copy of a person's data (built from every module's
 * {@link org.centrecpd.base.privacy.PersonalData}), the retention schedule per authority and the nightly job that
 * applies it, legal holds, erasure on request, the register of processing and the privacy notice. Sits on top of
 * every module that holds personal data; nothing depends on it.
 */
package org.centrecpd.privacy;
