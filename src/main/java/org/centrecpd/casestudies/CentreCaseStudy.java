package org.centrecpd.casestudies;

import java.time.LocalDate;

/**
 * A case study about a centre, as the termly review's pack lists it: its title and where it is in review
 * ({@code status}: draft, changes requested, approved, published, withdrawn), with the day it was begun and,
 * once published, the day it was.
 */
public record CentreCaseStudy(long id, String title, String status, LocalDate begun, LocalDate published) {
}
